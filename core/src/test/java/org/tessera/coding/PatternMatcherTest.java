package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tessera.coding.HandParses.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.cameo.CameoTable;

class PatternMatcherTest {
    private static final PatternMatcher MATCHER = new PatternMatcher(EventLexicon.bundled(CameoTable.load()));

    /** Sentence, trigger, the pattern that wins there and its CAMEO code ("" for none). */
    static Stream<Arguments> sentences() {
        return Stream.concat(Stream.of(
                Arguments.of(RUSSIA_IMPOSED_SANCTIONS_ON_JAPAN, "imposed", "reduce.sanctions-impose", "163"),
                Arguments.of(SANCTIONS_WERE_IMPOSED_ON_JAPAN_BY_RUSSIA, "imposed", "reduce.sanctions-impose", "163"),
                Arguments.of(THE_EU_EXTENDED_SANCTIONS_IMPOSED_ON_RUSSIA, "imposed", "reduce.sanctions-impose", "163"),
                Arguments.of(THE_EU_LIFTED_SANCTIONS_ON_BELARUS, "lifted", "yield.ease-sanctions", "085"),
                Arguments.of(PUTIN_HELD_TALKS_WITH_ABE, "held", "consult.hold-talks", "046"),
                Arguments.of(ABE_VISITED_MOSCOW_ON_APRIL_15, "visited", "consult.visit", "042"),
                Arguments.of(OFFICIALS_DISCUSSED_THE_FORTHCOMING_VISIT, "visit", "consult.visit-noun", "042"),
                Arguments.of(MOSCOW_INVITED_ABE_TO_VISIT_RUSSIA, "invited", "intent.meet-invite", "036"),
                Arguments.of(PUTIN_ATE_LUNCH, "ate", "", ""),
                Arguments.of(PUTIN_ATE_LUNCH, "Putin", "", "")), ArmedConflictPatternsTest.winners());
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @MethodSource("sentences")
    void bestPatternAtTheTrigger(String conllu, String trigger, String id, String cameo) {
        ParseView view = view(conllu);
        List<PatternMatch> fits = MATCHER.at(view, token(view, trigger));
        assertEquals(id, fits.isEmpty() ? "" : fits.get(0).pattern().id());
        assertEquals(cameo, fits.isEmpty() ? "" : fits.get(0).pattern().cameo());
    }
}
