package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tessera.coding.HandParses.token;
import static org.tessera.coding.HandParses.view;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.cameo.CameoTable;

/**
 * The lexicon's patterns of material conflict where the construction, not the verb, decides the
 * code: an agentless demobilization (the force demobilized yields), an attack with a mob's weapons
 * (an assault, not military force), bombs counted by a quantity noun, an object the parser hung off a
 * weekday ("lifted Friday a blockade"). Hand parses of our own sentences.
 */
class ArmedConflictPatternsTest {
    private static final PatternMatcher MATCHER = new PatternMatcher(EventLexicon.bundled(CameoTable.load()));

    static final String UNITS_WERE_DEMOBILIZED = """
            1 Rebel       rebel       ADJ   JJ  _ 2 amod       _ _
            2 units       unit        NOUN  NNS _ 4 nsubj:pass _ _
            3 were        be          AUX   VBD _ 4 aux:pass   _ _
            4 demobilized demobilize  VERB  VBN _ 0 root       _ SpaceAfter=No
            5 .           .           PUNCT .   _ 4 punct      _ _
            """;

    static final String UNITS_WERE_DEMOBILIZED_BY_THE_ARMY = """
            1 Rebel       rebel       ADJ   JJ  _ 2 amod       _ _
            2 units       unit        NOUN  NNS _ 4 nsubj:pass _ _
            3 were        be          AUX   VBD _ 4 aux:pass   _ _
            4 demobilized demobilize  VERB  VBN _ 0 root       _ _
            5 by          by          ADP   IN  _ 7 case       _ _
            6 the         the         DET   DT  _ 7 det        _ _
            7 army        army        NOUN  NN  _ 4 obl        _ SpaceAfter=No
            8 .           .           PUNCT .   _ 4 punct      _ _
            """;

    static final String THE_ARMY_DEMOBILIZED_UNITS = """
            1 The         the         DET   DT  _ 2 det        _ _
            2 army        army        NOUN  NN  _ 3 nsubj      _ _
            3 demobilized demobilize  VERB  VBD _ 0 root       _ _
            4 rebel       rebel       ADJ   JJ  _ 5 amod       _ _
            5 units       unit        NOUN  NNS _ 3 obj        _ SpaceAfter=No
            6 .           .           PUNCT .   _ 3 punct      _ _
            """;

    static final String GUNMEN_ARMED_WITH_AXES_ATTACKED_A_VILLAGE = """
            1 Gunmen      gunman      NOUN  NNS _ 5 nsubj      _ _
            2 armed       armed       ADJ   JJ  _ 1 amod       _ _
            3 with        with        ADP   IN  _ 4 case       _ _
            4 axes        axe         NOUN  NNS _ 2 obl        _ _
            5 attacked    attack      VERB  VBD _ 0 root       _ _
            6 a           a           DET   DT  _ 7 det        _ _
            7 village     village     NOUN  NN  _ 5 obj        _ SpaceAfter=No
            8 .           .           PUNCT .   _ 5 punct      _ _
            """;

    static final String GUNMEN_ATTACKED_A_VILLAGE = """
            1 Gunmen      gunman      NOUN  NNS _ 2 nsubj      _ _
            2 attacked    attack      VERB  VBD _ 0 root       _ _
            3 a           a           DET   DT  _ 4 det        _ _
            4 village     village     NOUN  NN  _ 2 obj        _ SpaceAfter=No
            5 .           .           PUNCT .   _ 2 punct      _ _
            """;

    static final String REBELS_EXPLODED_A_STRING_OF_BOMBS = """
            1 Rebels      rebel       NOUN  NNS _ 2 nsubj      _ _
            2 exploded    explode     VERB  VBD _ 0 root       _ _
            3 a           a           DET   DT  _ 4 det        _ _
            4 string      string      NOUN  NN  _ 2 obj        _ _
            5 of          of          ADP   IN  _ 6 case       _ _
            6 bombs       bomb        NOUN  NNS _ 4 nmod       _ SpaceAfter=No
            7 .           .           PUNCT .   _ 2 punct      _ _
            """;

    static final String THE_ARMY_LIFTED_FRIDAY_A_BLOCKADE = """
            1 The         the         DET   DT  _ 2 det        _ _
            2 army        army        NOUN  NN  _ 3 nsubj      _ _
            3 lifted      lift        VERB  VBD _ 0 root       _ _
            4 Friday      Friday      PROPN NNP _ 3 obl:tmod   _ NER=DATE
            5 a           a           DET   DT  _ 6 det        _ _
            6 blockade    blockade    NOUN  NN  _ 4 dep        _ SpaceAfter=No
            7 .           .           PUNCT .   _ 3 punct      _ _
            """;

    /** Sentence, trigger, the pattern that wins there and its CAMEO code: run by {@link PatternMatcherTest}. */
    static Stream<Arguments> winners() {
        return Stream.of(
                Arguments.of(UNITS_WERE_DEMOBILIZED, "demobilized", "yield.demobilized", "0873"),
                Arguments.of(UNITS_WERE_DEMOBILIZED_BY_THE_ARMY, "demobilized", "yield.demobilize", "0873"),
                Arguments.of(THE_ARMY_DEMOBILIZED_UNITS, "demobilized", "yield.demobilize", "0873"),
                Arguments.of(GUNMEN_ARMED_WITH_AXES_ATTACKED_A_VILLAGE, "attacked", "assault.attack-mob-armed", "180"),
                Arguments.of(GUNMEN_ATTACKED_A_VILLAGE, "attacked", "fight.attack", "190"),
                Arguments.of(REBELS_EXPLODED_A_STRING_OF_BOMBS, "exploded", "assault.bomb-series", "183"),
                Arguments.of(THE_ARMY_LIFTED_FRIDAY_A_BLOCKADE, "lifted", "yield.ease-blockade", "0872"));
    }

    /** The agentless passive names the force demobilized as the one that yields. */
    @ParameterizedTest(name = "source of: {0}")
    @MethodSource("demobilizations")
    void theForceDemobilizedIsTheSource(String conllu, String source) {
        ParseView view = view(conllu);
        PatternMatch m = MATCHER.at(view, token(view, "demobilized")).get(0);
        List<Integer> sources = new ArgumentFinder(VerbClass.bundled()).sources(view, m);
        assertEquals(List.of(token(view, source)), sources);
    }

    static Stream<Arguments> demobilizations() {
        return Stream.of(Arguments.of(UNITS_WERE_DEMOBILIZED, "units"), Arguments.of(UNITS_WERE_DEMOBILIZED_BY_THE_ARMY, "army"),
                Arguments.of(THE_ARMY_DEMOBILIZED_UNITS, "army"));
    }
}
