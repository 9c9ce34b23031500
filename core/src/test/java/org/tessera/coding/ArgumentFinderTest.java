package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tessera.coding.HandParses.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.cameo.CameoTable;
import org.tessera.data.WordClasses;

class ArgumentFinderTest {
    private static final ArgumentFinder FINDER = new ArgumentFinder(VerbClass.bundled());
    private static final PatternMatcher MATCHER = new PatternMatcher(EventLexicon.bundled(CameoTable.load()));

    /** Sentence, trigger, the words of the sources, the words of the targets (under the best pattern there). */
    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(RUSSIA_IMPOSED_SANCTIONS_ON_JAPAN, "imposed", List.of("Russia"), List.of("Japan")),
                Arguments.of(SANCTIONS_WERE_IMPOSED_ON_JAPAN_BY_RUSSIA, "imposed", List.of("Russia"), List.of("Japan")),
                Arguments.of(RUSSIA_VOWED_TO_IMPOSE_SANCTIONS_ON_JAPAN, "impose", List.of("Russia"), List.of("Japan")),
                Arguments.of(MOSCOW_URGED_BERLIN_TO_LIFT_SANCTIONS, "lift", List.of("Berlin"), List.of()),
                Arguments.of(MOSCOW_URGED_BERLIN_TO_LIFT_SANCTIONS, "urged", List.of("Moscow"), List.of("Berlin")),
                Arguments.of(THE_EU_EXTENDED_SANCTIONS_IMPOSED_ON_RUSSIA, "imposed", List.of("EU"), List.of("Russia")),
                Arguments.of(NATIONS_SENDING_AID_TO_UKRAINE_MET, "sending", List.of("Nations"), List.of("Ukraine")),
                Arguments.of(PUTIN_HELD_TALKS_WITH_ABE, "held", List.of("Putin"), List.of("Abe")),
                Arguments.of(THE_EU_LIFTED_SANCTIONS_ON_BELARUS, "lifted", List.of("EU"), List.of("Belarus")),
                Arguments.of(MOSCOW_INVITED_ABE_TO_VISIT_RUSSIA, "visit", List.of("Abe"), List.of("Russia")),
                // "is opposed to": the pattern names the passive-looking subject as the source.
                Arguments.of(ATHENS_IS_OPPOSED_TO_THE_PLAN, "opposed", List.of("Athens"), List.of("plan")),
                // A stative passive keeps its subject as the doer; a plain passive with no agent names none.
                Arguments.of(TROOPS_WERE_ENGAGED_IN_FIGHTING_WITH_REBELS, "engaged", List.of("Troops"), List.of("rebels")),
                Arguments.of(TROOPS_WERE_ATTACKED_IN_THE_CAPITAL, "attacked", List.of(), List.of("Troops")));
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @MethodSource("sentences")
    void sourcesAndTargets(String conllu, String trigger, List<String> sources, List<String> targets) {
        ParseView view = view(conllu);
        PatternMatch m = MATCHER.at(view, token(view, trigger)).get(0);
        assertEquals(sources, words(view, FINDER.sources(view, m)));
        assertEquals(targets, words(view, FINDER.targets(view, m)));
    }

    @Test
    void objectControlComesFromTheVerbClassesGiven() {
        ParseView view = view(MOSCOW_URGED_BERLIN_TO_LIFT_SANCTIONS);
        int lift = token(view, "lift");
        ArgumentFinder noControl = new ArgumentFinder(WordClasses.of(VerbClass.class, Map.of("urge", Set.of(VerbClass.IRREALIS))));
        assertEquals(List.of("Moscow"), words(view, noControl.subjects(view, lift, 0)));
        assertEquals(List.of("Berlin"), words(view, FINDER.subjects(view, lift, 0)));
    }

    @Test
    void aNounEventBorrowsTheSubjectOfTheVerbItIsTheObjectOf() {
        ParseView view = view(OFFICIALS_DISCUSSED_THE_FORTHCOMING_VISIT);
        PatternMatch m = MATCHER.at(view, token(view, "visit")).get(0);
        // Its own source slots give only the adjective, which names no actor; the coder then asks the governing verb.
        assertEquals(List.of("forthcoming"), words(view, FINDER.sources(view, m)));
        assertEquals(List.of("Officials"), words(view, FINDER.governingSubjects(view, m)));
    }

    @Test
    void theObjectOfACriticismDidWhatItsForGerundSays() {
        ParseView view = view(OSLO_CRITICISED_STOCKHOLM_FOR_CLOSING_THE_BORDER);
        assertEquals(List.of("Stockholm"), words(view, FINDER.subjects(view, token(view, "closing"), 0)));
        assertEquals(List.of("Oslo"), words(view, FINDER.subjects(view, token(view, "criticised"), 0)));
    }

    private static List<String> words(ParseView view, List<Integer> tokens) {
        return tokens.stream().map(i -> view.token(i).word()).toList();
    }

    /** "Sweden sent inspectors to the plant in Iran": "in" hangs on the verb. */
    private static final String SWEDEN_SENT_INSPECTORS_TO_THE_PLANT_IN_IRAN = """
            1 Sweden     Sweden     PROPN NNP _ 2 nsubj  _ NER=COUNTRY
            2 sent       send       VERB  VBD _ 0 root   _ _
            3 inspectors inspector  NOUN  NNS _ 2 obj    _ _
            4 to         to         ADP   IN  _ 6 case   _ _
            5 the        the        DET   DT  _ 6 det    _ _
            6 plant      plant      NOUN  NN  _ 2 obl:to _ _
            7 in         in         ADP   IN  _ 8 case   _ _
            8 Iran       Iran       PROPN NNP _ 2 obl:in _ NER=COUNTRY
            """;

    @Test
    void everyTargetSlotThatHoldsWordsIsATierInThePatternsOrder() {
        ParseView view = view(SWEDEN_SENT_INSPECTORS_TO_THE_PLANT_IN_IRAN);
        PatternMatch m = MATCHER.at(view, token(view, "sent")).get(0);
        assertEquals(List.of(List.of("plant"), List.of("Iran")), FINDER.targetTiers(view, m).stream().map(t -> words(view, t)).toList());
        assertEquals(List.of("plant"), words(view, FINDER.targets(view, m)));
    }
}
