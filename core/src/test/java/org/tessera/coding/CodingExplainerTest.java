package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.Event;
import org.tessera.model.PartialDate;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.testkit.Conllu;
import org.tessera.testkit.TestLanguage;

/** {@code explain} shows the actors {@code code} used: the same memory carries a person into the next sentence's pronoun. */
class CodingExplainerTest {
    private static final String NAMED = """
            1 Alexander Alexander PROPN NNP _ 2 compound _ NER=PERSON
            2 Lukashenko Lukashenko PROPN NNP _ 3 nsubj _ NER=PERSON
            3 spoke speak VERB VBD _ 0 root _ _
            4 in in ADP IN _ 5 case _ _
            5 Minsk Minsk PROPN NNP _ 3 obl:in _ NER=CITY|SpaceAfter=No
            6 . . PUNCT . _ 3 punct _ _
            """;
    private static final String PRONOUN = """
            1 He he PRON PRP _ 2 nsubj _ _
            2 accused accuse VERB VBD _ 0 root _ _
            3 Poland Poland PROPN NNP _ 2 obj _ NER=COUNTRY|SpaceAfter=No
            4 . . PUNCT . _ 2 punct _ _
            """;

    private final ArticleCoder coder = PipelineAssembly.standard(PipelineConfig.defaults(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).coder(TestLanguage.ENGLISH);

    @Test
    void aPronounResolvesInExplainAsInCode() {
        AnnotatedArticle article = Conllu.article("memory", new PartialDate(2021, 3, 10), NAMED, PRONOUN);
        List<Event> events = coder.code(article);
        assertEquals(List.of("BLRGOV>POL 112 pronoun:person->BLRGOV"),
                events.stream().map(e -> e.source().code() + ">" + e.target().code() + " " + e.action().code().code() + " "
                        + e.source().rule()).toList());
        String explained = new CodingExplainer(coder).explain(article);
        assertTrue(explained.contains("actor: He [He] -> BLRGOV (pronoun:person->BLRGOV)"), explained);
        assertTrue(explained.contains("EVENT BLRGOV -> POL 112 asserted"), explained);
    }
}
