package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tessera.coding.HandParses.*;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.data.WordClasses;
import org.tessera.model.Modality;
import org.tessera.testkit.Conllu;

class ModalityDetectorTest {
    private static final ModalityDetector DETECTOR = ModalityDetector.bundled();

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(RUSSIA_IMPOSED_SANCTIONS_ON_JAPAN, "imposed", Modality.ASSERTED, ""),
                Arguments.of(RUSSIA_DID_NOT_IMPOSE_SANCTIONS, "impose", Modality.NEGATED, "negation:not"),
                Arguments.of(TOKYO_NEVER_RECOGNISED_THE_CLAIM, "recognised", Modality.NEGATED, "negation:never"),
                Arguments.of(PUTIN_WILL_VISIT_TOKYO, "visit", Modality.FUTURE, "aux:will"),
                Arguments.of(THE_EU_COULD_IMPOSE_SANCTIONS, "impose", Modality.HYPOTHETICAL, "aux:could"),
                Arguments.of(IF_THEY_IMPOSE_SANCTIONS_MOSCOW_WILL_RETALIATE, "impose", Modality.HYPOTHETICAL, "mark:if"),
                Arguments.of(IF_THEY_IMPOSE_SANCTIONS_MOSCOW_WILL_RETALIATE, "retaliate", Modality.FUTURE, "aux:will"),
                Arguments.of(LAVROV_REFUSED_TO_MEET_KISHIDA, "meet", Modality.NEGATED, "governor:refuse"),
                Arguments.of(LAVROV_REFUSED_TO_MEET_KISHIDA, "refused", Modality.ASSERTED, ""),
                Arguments.of(MOSCOW_INVITED_ABE_TO_VISIT_RUSSIA, "visit", Modality.HYPOTHETICAL, "governor:invite"),
                Arguments.of(ABE_PLANS_TO_VISIT_MOSCOW, "visit", Modality.FUTURE, "governor:plan"),
                Arguments.of(MINSK_MANAGED_TO_SIGN_THE_DEAL, "sign", Modality.ASSERTED, ""),
                Arguments.of(LAVROV_SAID_THAT_JAPAN_IMPOSED_SANCTIONS, "imposed", Modality.REPORTED, "speech:say"),
                Arguments.of(LAVROV_ANNOUNCED_THAT_RUSSIA_WOULD_SUPPORT_THE_PLAN, "support", Modality.FUTURE, "aux:would"),
                Arguments.of(SEOUL_SEEKS_TIES_AND_KISHIDA_ARRIVED, "arrived", Modality.ASSERTED, ""),
                Arguments.of(UNLIKELY_THAT_THE_MINISTER_WILL_BACK_DOWN, "back", Modality.HYPOTHETICAL, "governor:unlikely"),
                Arguments.of(JAPAN_IMPOSED_SANCTIONS_ACCORDING_TO_OFFICIALS, "imposed", Modality.REPORTED, "according to"),
                Arguments.of(OFFICIALS_DISCUSSED_THE_FORTHCOMING_VISIT, "visit", Modality.FUTURE, "modifier:forthcoming"),
                Arguments.of(THE_EU_WEIGHED_POSSIBLE_SANCTIONS, "sanctions", Modality.HYPOTHETICAL, "modifier:possible"));
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @MethodSource("sentences")
    void modalityAndItsCue(String conllu, String trigger, Modality modality, String cue) {
        ParseView view = view(conllu);
        assertEquals(new ModalityReading(modality, cue), DETECTOR.detect(view, token(view, trigger)));
    }

    @Test
    void aNegatedFutureIsAnAnnouncedRefusalAndAPlainNegationIsNot() {
        ParseView refusal = view(AMMAN_SAID_IT_WILL_NOT_ACCEPT_REFUGEES);
        assertEquals(true, DETECTOR.negatedFuture(refusal, token(refusal, "accept")));
        assertEquals(new ModalityReading(Modality.NEGATED, "negation:not"), DETECTOR.detect(refusal, token(refusal, "accept")));
        ParseView past = view(RUSSIA_DID_NOT_IMPOSE_SANCTIONS);
        assertEquals(false, DETECTOR.negatedFuture(past, token(past, "impose")));
        ParseView future = view(PUTIN_WILL_VISIT_TOKYO);
        assertEquals(false, DETECTOR.negatedFuture(future, token(future, "visit")));
    }

    @Test
    void theWordsComeFromTheListsGiven() {
        // With "refuse" read as an intent verb instead, "refused to meet" becomes a plan to meet.
        ModalityDetector other = new ModalityDetector(ModalityCue.bundled(),
                WordClasses.of(VerbClass.class, Map.of("refuse", Set.of(VerbClass.INTENT))));
        ParseView view = view(LAVROV_REFUSED_TO_MEET_KISHIDA);
        assertEquals(new ModalityReading(Modality.FUTURE, "governor:refuse"), other.detect(view, token(view, "meet")));
        // Without "could" among the modal auxiliaries, "could impose" is asserted.
        ModalityDetector noModals = new ModalityDetector(WordClasses.of(ModalityCue.class, Map.of()), VerbClass.bundled());
        ParseView could = view(THE_EU_COULD_IMPOSE_SANCTIONS);
        assertEquals(new ModalityReading(Modality.ASSERTED, ""), noModals.detect(could, token(could, "impose")));
    }

    /** "He tours Chile and Peru." as the sentence {@code index} of an article, without its full stop unless {@code stop}. */
    private static ParseView tours(int index, boolean stop, String verb, String lemma, String pos) {
        String conllu = """
                1 He    he    PRON  PRP _ 2 nsubj _ _
                2 %s    %s    VERB  %s  _ 0 root  _ _
                3 Chile Chile PROPN NNP _ 2 obj   _ NER=COUNTRY
                4 and   and   CCONJ CC  _ 5 cc    _ _
                5 Peru  Peru  PROPN NNP _ 3 conj  _ NER=COUNTRY
                """.formatted(verb, lemma, pos)
                + (stop ? "6 . . PUNCT . _ 2 punct _ _\n" : "");
        return new ParseView(Conllu.sentence(index, 0, conllu));
    }

    @Test
    void aTravelVerbsBarePresentInRunningTextIsASchedule() {
        assertEquals(new ModalityReading(Modality.FUTURE, "schedule:tours"), DETECTOR.detect(tours(3, true, "tours", "tour", "VBZ"), 1));
        // A headline tells the past in the present: the first line, or a line without a full stop.
        assertEquals(new ModalityReading(Modality.ASSERTED, ""), DETECTOR.detect(tours(0, true, "tours", "tour", "VBZ"), 1));
        assertEquals(new ModalityReading(Modality.ASSERTED, ""), DETECTOR.detect(tours(3, false, "tours", "tour", "VBZ"), 1));
        // The past tense is the past; a verb of another kind in the present is not a trip's plan.
        assertEquals(new ModalityReading(Modality.ASSERTED, ""), DETECTOR.detect(tours(3, true, "toured", "tour", "VBD"), 1));
        assertEquals(new ModalityReading(Modality.ASSERTED, ""), DETECTOR.detect(tours(3, true, "praises", "praise", "VBZ"), 1));
        assertEquals(true, ModalityDetector.bySchedule("schedule:tours"));
        assertEquals(false, ModalityDetector.bySchedule("aux:will"));
    }

    @Test
    void aParticipleSetOffAfterItsClauseSharesItsRealityEvenUnderAVerbOfAsking() {
        ParseView v = view("""
                1 Biden  Biden  PROPN NNP _ 2 nsubj _ NER=PERSON
                2 called call   VERB  VBD _ 0 root  _ _
                3 Macron Macron PROPN NNP _ 2 obj   _ NER=PERSON
                4 ,      ,      PUNCT ,   _ 2 punct _ _
                5 urging urge   VERB  VBG _ 2 dep   _ _
                6 him    he     PRON  PRP _ 5 obj   _ _
                7 to     to     PART  TO  _ 8 mark  _ _
                8 stay   stay   VERB  VB  _ 5 xcomp _ _
                9 .      .      PUNCT .   _ 2 punct _ _
                """);
        assertEquals(new ModalityReading(Modality.ASSERTED, ""), DETECTOR.detect(v, token(v, "urging")));
        assertEquals(new ModalityReading(Modality.HYPOTHETICAL, "governor:urge"), DETECTOR.detect(v, token(v, "stay")));
    }
}
