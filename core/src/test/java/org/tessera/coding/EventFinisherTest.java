package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.cameo.CameoTable;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.DateSource;
import org.tessera.model.Event;
import org.tessera.model.Evidence;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.testkit.Conllu;

/** The one finishing step on hand-written parses: modality and its cue, date, place, confidence and the merge rule. */
class EventFinisherTest {
    private static final CameoTable CAMEO = CameoTable.load();
    private static final Actor RUSSIA = new Actor("Russia", "Russia", "RUS", "", ActorRule.COUNTRY, "Russia");
    private static final Actor MOSCOW = new Actor("Moscow", "Russia", "RUS", "GOV", ActorRule.CAPITAL, "Moscow");
    private static final Actor UKRAINE = new Actor("Ukraine", "Ukraine", "UKR", "", ActorRule.COUNTRY, "Ukraine");
    private static final Actor HE = new Actor("he", "", "RUS", "GOV", ActorRule.PRONOUN_PERSON, "RUSGOV");

    /** "Russia will not attack Ukraine on Monday" and friends: trigger at token 3 unless said otherwise. */
    private static final String WILL_NOT = """
            1 Russia Russia PROPN NNP _ 4 nsubj _ NER=COUNTRY
            2 will will AUX MD _ 4 aux _ _
            3 not not PART RB _ 4 advmod _ _
            4 attack attack VERB VB _ 0 root _ _
            5 Ukraine Ukraine PROPN NNP _ 4 obj _ NER=COUNTRY
            """;
    private static final String ON_MONDAY = """
            1 Russia Russia PROPN NNP _ 2 nsubj _ NER=COUNTRY
            2 attacked attack VERB VBD _ 0 root _ _
            3 Ukraine Ukraine PROPN NNP _ 2 obj _ NER=COUNTRY
            4 on on ADP IN _ 5 case _ _
            5 Monday Monday PROPN NNP _ 2 obl:on _ NER=DATE|Time=DATE:2021-03-08
            """;

    private final EventFinisher finisher = new EventFinisher(ModalityDetector.bundled(), EventLocator.NONE);

    private static CandidateEvent candidate(int trigger, String code, Actor source, Actor target, int specificity, boolean nominal,
                                            boolean inherited) {
        Evidence e = new Evidence("test", "test." + code, code, "test:1", source.resolution(), target == null ? null : target.resolution(),
                inherited, false, "", 0, trigger, List.of());
        return new CandidateEvent(trigger, CAMEO.get(code), "attack", source, target, specificity, nominal, e);
    }

    private List<Event> finish(String conllu, List<CandidateEvent> candidates) {
        AnnotatedArticle a = Conllu.article("finisher", new PartialDate(2021, 3, 10), conllu);
        return finisher.finish(new ParseView(a.sentences().get(0)), a, candidates);
    }

    @Test
    void modalityAndItsCueComeFromTheParse() {
        Event e = finish(WILL_NOT, List.of(candidate(3, "190", RUSSIA, UKRAINE, 1, false, false))).get(0);
        assertEquals(Modality.NEGATED, e.modality());
        assertEquals("negation:not", e.evidence().modalityCue());
        assertTrue(e.evidenceText().endsWith("modality=negated (negation:not)"), e.evidenceText());
    }

    @Test
    void aTimeExpressionOnTheTriggerDatesTheEventElseTheArticleDoes() {
        Event monday = finish(ON_MONDAY, List.of(candidate(1, "190", RUSSIA, UKRAINE, 1, false, false))).get(0);
        assertEquals("2021-03-08", monday.date().toString());
        assertEquals(DateSource.TEXT, monday.dateSource());
        Event plain = finish(WILL_NOT, List.of(candidate(3, "190", RUSSIA, UKRAINE, 1, false, false))).get(0);
        assertEquals("2021-03-10", plain.date().toString());
        assertEquals(DateSource.DOCUMENT, plain.dateSource());
        assertEquals("Russia attacked Ukraine on Monday", monday.sentence());
        assertEquals(0, monday.sentenceIndex());
    }

    @Test
    void sameDyadAndRootIsOneEventTheMoreConfidentKept() {
        List<Event> events = finish(ON_MONDAY, List.of(
                candidate(1, "190", RUSSIA, UKRAINE, 0, true, true),   // a weak candidate first
                candidate(1, "193", RUSSIA, UKRAINE, 3, false, false), // same root 19, stronger
                candidate(1, "112", RUSSIA, UKRAINE, 1, false, false), // another root: kept
                candidate(1, "190", UKRAINE, RUSSIA, 1, false, false)));  // the other direction: kept
        assertEquals(List.of("RUS>UKR 193", "RUS>UKR 112", "UKR>RUS 190"),
                events.stream().map(e -> e.source().code() + ">" + e.target().code() + " " + e.action().code().code()).toList());
    }

    @Test
    void confidenceFallsForPronounsInheritedSubjectsNounsAndNoTarget() {
        double named = finish(ON_MONDAY, List.of(candidate(1, "190", MOSCOW, UKRAINE, 1, false, false))).get(0).confidence();
        double pronoun = finish(ON_MONDAY, List.of(candidate(1, "190", HE, UKRAINE, 1, false, false))).get(0).confidence();
        double inherited = finish(ON_MONDAY, List.of(candidate(1, "190", MOSCOW, UKRAINE, 1, false, true))).get(0).confidence();
        double noun = finish(ON_MONDAY, List.of(candidate(1, "190", MOSCOW, UKRAINE, 1, true, false))).get(0).confidence();
        double alone = finish(ON_MONDAY, List.of(candidate(1, "190", MOSCOW, null, 1, false, false))).get(0).confidence();
        double negated = finish(WILL_NOT, List.of(candidate(3, "190", MOSCOW, UKRAINE, 1, false, false))).get(0).confidence();
        for (double lower : new double[]{pronoun, inherited, noun, alone, negated}) assertTrue(lower < named, lower + " < " + named);
    }

    @Test
    void theLocatorPlacesEachEventAtItsTrigger() {
        List<Integer> triggers = new ArrayList<>();
        EventFinisher placing = new EventFinisher(ModalityDetector.bundled(), (e, s, trigger, a) -> {
            triggers.add(trigger);
            return new Location("Kyiv", "UKR", 50.45, 30.52, 703448L);
        });
        AnnotatedArticle a = Conllu.article("finisher", null, ON_MONDAY);
        Event e = placing.finish(new ParseView(a.sentences().get(0)), a, List.of(candidate(1, "190", RUSSIA, UKRAINE, 1, false, false))).get(0);
        assertEquals("Kyiv", e.location().name());
        assertEquals(List.of(1), triggers);
        assertNull(finish(ON_MONDAY, List.of(candidate(1, "190", RUSSIA, UKRAINE, 1, false, false))).get(0).location());
    }

    /** A locator that says every action falls on Kyiv. */
    private static final EventLocator STRIKES_KYIV = new EventLocator() {
        @Override
        public Location locate(Event event, org.tessera.model.AnnotatedSentence sentence, int trigger, AnnotatedArticle article) {
            return null;
        }

        @Override
        public Location struck(org.tessera.model.AnnotatedSentence sentence, int trigger, AnnotatedArticle article) {
            return new Location("Kyiv", "UKR", 50.45, 30.52, 703448L);
        }
    };

    @Test
    void aOneActorAttackOnAPlaceAbroadTargetsThePlacesCountry() {
        EventFinisher placing = new EventFinisher(ModalityDetector.bundled(), STRIKES_KYIV);
        AnnotatedArticle a = Conllu.article("finisher", new PartialDate(2021, 3, 10), ON_MONDAY);
        Actor own = new Actor("", "", "RUS", "", ActorRule.OWN_COUNTRY, "RUSMIL");
        Actor troops = new Actor("troops", "Russia", "RUS", "MIL", ActorRule.TITLE, "troops");
        Event shelled = placing.finish(new ParseView(a.sentences().get(0)), a, List.of(candidate(1, "194", troops, own, 1, false, false))).get(0);
        assertEquals("UKR", shelled.target().code());
        assertEquals(ActorRule.PLACE, shelled.target().ruleKind());
        assertTrue(shelled.evidenceText().contains("target=place:Kyiv"), shelled.evidenceText());
        // A protest keeps its own country; a named target is never replaced.
        Event protest = placing.finish(new ParseView(a.sentences().get(0)), a, List.of(candidate(1, "141", troops, own, 1, false, false))).get(0);
        assertEquals("RUS", protest.target().code());
        Event named = placing.finish(new ParseView(a.sentences().get(0)), a, List.of(candidate(1, "194", troops, RUSSIA, 1, false, false))).get(0);
        assertEquals("RUS", named.target().code());
    }

    /** "Russia will cut aid to Ukraine", and with a condition: "... unless Ukraine pays". Trigger at token 2. */
    private static final String WILL_CUT = """
            1 Russia Russia PROPN NNP _ 3 nsubj _ NER=COUNTRY
            2 will will AUX MD _ 3 aux _ _
            3 cut cut VERB VB _ 0 root _ _
            4 aid aid NOUN NN _ 3 obj _ _
            5 to to ADP IN _ 6 case _ _
            6 Ukraine Ukraine PROPN NNP _ 3 obl:to _ NER=COUNTRY
            """;
    private static final String WILL_CUT_UNLESS = WILL_CUT + """
            7 unless unless SCONJ IN _ 9 mark _ _
            8 Ukraine Ukraine PROPN NNP _ 9 nsubj _ NER=COUNTRY
            9 pays pay VERB VBZ _ 3 advcl _ _
            """;

    /** The table's mirror for the two codes used here: a promised cut is a threat (1311), a promised attack one too (138). */
    private static final EventFinisher.FamilyMirror THREATS = (c, f) -> f == ActionFrame.INTENT
            ? java.util.Optional.of(CAMEO.get(c.code().equals("162") ? "1311" : "138")) : java.util.Optional.empty();

    private Event finishMirrored(String conllu, CandidateEvent c) {
        AnnotatedArticle a = Conllu.article("finisher", new PartialDate(2021, 3, 10), conllu);
        return new EventFinisher(ModalityDetector.bundled(), EventLocator.NONE, THREATS).finish(new ParseView(a.sentences().get(0)), a, List.of(c)).get(0);
    }

    @Test
    void anAnnouncedReductionIsTheMeasureUnlessAConditionMakesItAThreat() {
        Event decided = finishMirrored(WILL_CUT, candidate(2, "162", RUSSIA, UKRAINE, 1, false, false));
        assertEquals("162", decided.action().code().code());
        assertEquals(Modality.ASSERTED, decided.modality());
        assertEquals("decided:aux:will", decided.evidence().modalityCue());
        Event threat = finishMirrored(WILL_CUT_UNLESS, candidate(2, "162", RUSSIA, UKRAINE, 1, false, false));
        assertEquals("1311", threat.action().code().code());
        // Other roots keep the family's mirror: a promised attack is a threat.
        Event attack = finishMirrored(WILL_CUT, candidate(2, "190", RUSSIA, UKRAINE, 1, false, false));
        assertEquals("138", attack.action().code().code());
        assertEquals("intent:aux:will", attack.evidence().modalityCue());
    }

    private static final String CANADA_WILL_JOIN_THE_SANCTIONS = """
            1 Canada    Canada   PROPN NNP _ 3 nsubj _ NER=COUNTRY
            2 will      will     AUX   MD  _ 3 aux   _ _
            3 join      join     VERB  VB  _ 0 root  _ _
            4 the       the      DET   DT  _ 5 det   _ _
            5 sanctions sanction NOUN  NNS _ 3 obj   _ _
            6 .         .        PUNCT .   _ 3 punct _ _
            """;
    private static final String HE_TOURS_IRAN = """
            1 He    he    PRON  PRP _ 2 nsubj _ _
            2 tours tour  VERB  VBZ _ 0 root  _ _
            3 Iran  Iran  PROPN NNP _ 2 obj   _ NER=COUNTRY
            4 .     .     PUNCT .   _ 2 punct _ _
            """;
    private static final String ANKARA_REJECTS_THE_PLAN = """
            1 3      3      NUM   CD  _ 2 nummod _ _
            2 Ankara Ankara PROPN NNP _ 3 nsubj  _ NER=CITY
            3 rejects reject VERB VBZ _ 0 root   _ _
            4 the    the    DET   DT  _ 5 det    _ _
            5 plan   plan   NOUN  NN  _ 3 obj    _ _
            """;
    private static final Actor CANADA = new Actor("Canada", "Canada", "CAN", "", ActorRule.COUNTRY, "Canada");
    private static final Actor IRAN = new Actor("Iran", "Iran", "IRN", "", ActorRule.COUNTRY, "Iran");
    /** The INTENT family of a sanction is a threat, as verbal-families.tsv has it; of a visit, an intent to meet. */
    private static final EventFinisher.FamilyMirror FAMILIES = (material, family) -> family != ActionFrame.INTENT ? java.util.Optional.empty()
            : java.util.Optional.of(CAMEO.get(material.root().equals("16") ? "1312" : "036"));

    private static List<Event> finishAll(EventFinisher f, PartialDate date, List<CandidateEvent> candidates, String... sentences) {
        AnnotatedArticle a = Conllu.article("finisher", date, sentences);
        return f.finish(new ParseView(a.sentences().get(sentences.length - 1)), a, candidates);
    }

    private static String coded(Event e) {
        return e.action().code().code() + " " + e.modality().json() + " " + e.evidence().modalityCue();
    }

    @Test
    void aPromiseToJoinOthersSanctionsIsTheSanctionAndAPromiseToJoinTheirFightingAThreat() {
        EventFinisher f = new EventFinisher(ModalityDetector.bundled(), EventLocator.NONE, FAMILIES);
        PartialDate d = new PartialDate(2021, 3, 10);
        assertEquals("163 asserted decided:aux:will",
                coded(finishAll(f, d, List.of(candidate(2, "163", CANADA, IRAN, 1, false, false)), CANADA_WILL_JOIN_THE_SANCTIONS).get(0)));
        // Joining others' fighting is no measure of its own: a promise of force stays a threat.
        EventFinisher threats = new EventFinisher(ModalityDetector.bundled(), EventLocator.NONE, (material, family) ->
                family == ActionFrame.INTENT ? java.util.Optional.of(CAMEO.get("138")) : java.util.Optional.empty());
        assertEquals("138 asserted intent:aux:will",
                coded(finishAll(threats, d, List.of(candidate(2, "190", CANADA, IRAN, 1, false, false)), CANADA_WILL_JOIN_THE_SANCTIONS).get(0)));
    }

    @Test
    void aScheduleIsFutureButNobodyAnnouncesIt() {
        EventFinisher f = new EventFinisher(ModalityDetector.bundled(), EventLocator.NONE, FAMILIES);
        PartialDate d = new PartialDate(2021, 3, 10);
        Event body = finishAll(f, d, List.of(candidate(1, "042", HE, IRAN, 1, false, false)), ON_MONDAY, HE_TOURS_IRAN).get(0);
        assertEquals("042 future schedule:tours", coded(body));
        Event headline = finishAll(f, d, List.of(candidate(1, "042", HE, IRAN, 1, false, false)), HE_TOURS_IRAN).get(0);
        assertEquals("042 asserted ", coded(headline));
    }

    @Test
    void anEventOfARegimeThatHadEndedIsHistoryTheArticleRecalls() {
        Actor nazi = new Actor("Nazi Germany", "Germany", "DEU", "", ActorRule.COUNTRY, "Germany");
        Actor successors = new Actor("the former Soviet republics", "", "RUS", "", ActorRule.COUNTRY, "Soviet");
        List<CandidateEvent> invasion = List.of(candidate(1, "192", nazi, RUSSIA, 1, true, false));
        assertEquals(List.of(), finishAll(finisher, new PartialDate(2018, 6, 22), invasion, ON_MONDAY));
        assertEquals(List.of(), finishAll(finisher, null, invasion, ON_MONDAY));
        assertEquals(1, finishAll(finisher, new PartialDate(1941, 6, 23), invasion, ON_MONDAY).size());
        assertEquals(1, finishAll(finisher, new PartialDate(2018, 6, 22), List.of(candidate(1, "057", RUSSIA, successors, 1, false, false)), ON_MONDAY).size());
    }

    @Test
    void aNumberedHeadingGivesNoEventAndTheSameWordsWithAFullStopDo() {
        List<CandidateEvent> rejects = List.of(candidate(2, "120", MOSCOW, UKRAINE, 1, false, false));
        assertEquals(List.of(), finishAll(finisher, null, rejects, ANKARA_REJECTS_THE_PLAN));
        assertEquals(1, finishAll(finisher, null, rejects, ANKARA_REJECTS_THE_PLAN + "6 . . PUNCT . _ 3 punct _ _\n").size());
    }

    private static final String THE_1979_INVASION_OF_AFGHANISTAN = """
            1 The         the         DET   DT  _ 4 det    _ _
            2 Soviet      Soviet      ADJ   JJ  _ 4 amod   _ NER=NATIONALITY
            3 1979        1979        NUM   CD  _ 4 nummod _ NER=DATE|Time=DATE:1979
            4 invasion    invasion    NOUN  NN  _ 7 nsubj  _ _
            5 of          of          ADP   IN  _ 6 case   _ _
            6 Afghanistan Afghanistan PROPN NNP _ 4 nmod   _ NER=COUNTRY
            7 ended       end         VERB  VBD _ 0 root   _ _
            8 detente     detente     NOUN  NN  _ 7 obj    _ _
            9 .           .           PUNCT .   _ 7 punct  _ _
            """;

    @Test
    void aNounEventDatedYearsBeforeTheArticleIsBackgroundAndARecentOneIsNews() {
        Actor afghanistan = new Actor("Afghanistan", "Afghanistan", "AFG", "", ActorRule.COUNTRY, "Afghanistan");
        List<CandidateEvent> invasion = List.of(candidate(3, "192", RUSSIA, afghanistan, 1, true, false));
        assertEquals(List.of(), finishAll(finisher, new PartialDate(2019, 6, 1), invasion, THE_1979_INVASION_OF_AFGHANISTAN));
        Event recent = finishAll(finisher, new PartialDate(1980, 1, 5), invasion, THE_1979_INVASION_OF_AFGHANISTAN).get(0);
        assertEquals("1979", recent.date().toString());
        assertEquals(DateSource.TEXT, recent.dateSource());
        // Told by a verb, the same past is narrated and stays an event of its date.
        List<CandidateEvent> ended = List.of(candidate(6, "192", RUSSIA, afghanistan, 1, false, false));
        assertEquals(1, finishAll(finisher, new PartialDate(2019, 6, 1), ended, THE_1979_INVASION_OF_AFGHANISTAN).size());
    }
}
