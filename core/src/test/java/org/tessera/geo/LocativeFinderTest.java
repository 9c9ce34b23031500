package org.tessera.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.data.WordClasses;
import org.tessera.model.AnnotatedSentence;
import org.tessera.testkit.Conllu;

class LocativeFinderTest {
    private static final LocativeFinder FINDER = LocativeFinder.bundled();

    private static final String TALKS_IN_MINSK = """
            1 Putin Putin PROPN NNP _ 2 nsubj _ NER=PERSON
            2 held  hold  VERB  VBD _ 0 root  _ _
            3 talks talk  NOUN  NNS _ 2 obj   _ _
            4 in    in    ADP   IN  _ 5 case  _ _
            5 Minsk Minsk PROPN NNP _ 2 obl:in _ NER=CITY|SpaceAfter=No
            6 .     .     PUNCT .   _ 2 punct _ _
            """;
    private static final String VISITED_MOSCOW = """
            1 Abe     Abe    PROPN NNP _ 2 nsubj _ NER=PERSON
            2 visited visit  VERB  VBD _ 0 root  _ _
            3 Moscow  Moscow PROPN NNP _ 2 obj   _ NER=CITY|SpaceAfter=No
            4 .       .      PUNCT .   _ 2 punct _ _
            """;
    private static final String FLEW_TO_TOKYO = """
            1 Lavrov Lavrov PROPN NNP _ 2 nsubj _ NER=PERSON
            2 flew   fly    VERB  VBD _ 0 root  _ _
            3 to     to     ADP   IN  _ 4 case  _ _
            4 Tokyo  Tokyo  PROPN NNP _ 2 obl:to _ NER=CITY|SpaceAfter=No
            5 .      .      PUNCT .   _ 2 punct _ _
            """;
    private static final String WROTE_TO_TOKYO = """
            1 Lavrov Lavrov PROPN NNP _ 2 nsubj _ NER=PERSON
            2 wrote  write  VERB  VBD _ 0 root  _ _
            3 to     to     ADP   IN  _ 4 case  _ _
            4 Tokyo  Tokyo  PROPN NNP _ 2 obl:to _ NER=CITY|SpaceAfter=No
            5 .      .      PUNCT .   _ 2 punct _ _
            """;
    private static final String MOSCOW_WARNED_KYIV = """
            1 Moscow Moscow PROPN NNP _ 2 nsubj _ NER=CITY
            2 warned warn   VERB  VBD _ 0 root  _ _
            3 Kyiv   Kyiv   PROPN NNP _ 2 obj   _ NER=CITY|SpaceAfter=No
            4 .      .      PUNCT .   _ 2 punct _ _
            """;

    /** Sentence, trigger index, the place names found, closest first. */
    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(TALKS_IN_MINSK, 1, List.of("Minsk")),
                Arguments.of(VISITED_MOSCOW, 1, List.of("Moscow")),
                Arguments.of(FLEW_TO_TOKYO, 1, List.of("Tokyo")),
                Arguments.of(WROTE_TO_TOKYO, 1, List.of()),
                Arguments.of(MOSCOW_WARNED_KYIV, 1, List.of()));
    }

    @ParameterizedTest(name = "token {1} of: {0}")
    @MethodSource("sentences")
    void placesOfTheEvent(String conllu, int trigger, List<String> places) {
        assertEquals(places, texts(FINDER, Conllu.sentence(conllu), trigger));
    }

    @Test
    void theWordsComeFromTheListGiven() {
        LocativeFinder writing = new LocativeFinder(WordClasses.of(LocativeWord.class, Map.of("write", Set.of(LocativeWord.TRAVEL))));
        assertEquals(List.of("Tokyo"), texts(writing, Conllu.sentence(WROTE_TO_TOKYO), 1));
        assertEquals(List.of(), texts(writing, Conllu.sentence(TALKS_IN_MINSK), 1));
    }

    @Test
    void aPlaceTheTriggerActsOnIsItsObjectNeverItsSubjectOrALocative() {
        assertEquals(List.of("Kyiv"), FINDER.objects(Conllu.sentence(MOSCOW_WARNED_KYIV), 1).stream().map(PlaceMention::text).toList());
        assertEquals(List.of(), FINDER.objects(Conllu.sentence(TALKS_IN_MINSK), 1));
        assertEquals(List.of(), FINDER.objects(Conllu.sentence(FLEW_TO_TOKYO), 1));
        assertEquals(List.of(), FINDER.objects(Conllu.sentence(MOSCOW_WARNED_KYIV), 2));
    }

    private static List<String> texts(LocativeFinder finder, AnnotatedSentence s, int trigger) {
        return finder.find(s, trigger).stream().map(PlaceMention::text).toList();
    }
}
