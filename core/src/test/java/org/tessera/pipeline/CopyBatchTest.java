package org.tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.model.RawDocument;

/**
 * Copies within one batch on several threads, over the toy language (no CoreNLP): each original
 * is annotated once, every copy after it is found before annotation and names it, whatever order
 * the workers reach them in.
 */
class CopyBatchTest {
    private static final String[] COUNTRIES = {"Aland", "Borduria", "Cadonia", "Syldavia", "Freedonia", "Latveria", "Genovia", "Ruritania"};

    private static final String[] VERBS = {"warns", "threatens", "praises", "thanks", "visits", "accuses"};

    /** Eight sentences of the toy language; each story its own verb, so no two share a shingle. */
    private static String story(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++)
            b.append(COUNTRIES[(n + i) % COUNTRIES.length]).append(' ').append(VERBS[n]).append(' ').append(COUNTRIES[(n * 3 + i * 5 + 1) % COUNTRIES.length]).append(". ");
        return b.toString().trim();
    }

    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, id, (text + "\n").getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    @Test
    void eachOriginalIsAnnotatedOnceAndItsCopiesOnThreeThreadsAreFound() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Pipeline pipeline = new PipelineAssembly(PipelineConfig.defaults().withoutRepostCache(), List.of(new ToyLanguageTest.Toy()), quiet)
                .pipeline();
        List<RawDocument> docs = new ArrayList<>();
        for (int n = 0; n < 6; n++) docs.add(doc("original-" + n, story(n)));
        for (int n = 0; n < 6; n++) docs.add(doc("copy-" + n, story(n) + " Aland warns Genovia. Genovia thanks Aland."));
        for (int n = 5; n >= 0; n--) docs.add(doc("repost-" + n, story(n)));
        List<DocumentResult> results = new ArrayList<>();
        int failed = new BatchRunner(pipeline, 3, new CopyFinder(signature -> Optional.empty()))
                .run(docs, results::add, new ProgressMeter(quiet, docs.size(), false));

        assertEquals(0, failed);
        assertEquals(docs.stream().map(RawDocument::id).toList(), results.stream().map(DocumentResult::id).toList(), "input order");
        assertTrue(results.get(0).articles().get(0).wasCoded(), "the toy language codes the text: " + results.get(0).notes());
        assertEquals(6, pipeline.articlesAnnotated());
        assertEquals(12, pipeline.copiesReused());
        for (DocumentResult r : results) {
            ArticleResult a = r.articles().get(0);
            if (r.id().startsWith("original-")) {
                assertFalse(a.isCopy());
                assertFalse(a.events().isEmpty());
            } else {
                assertTrue(a.isCopy(), r.id());
                assertEquals("original-" + r.id().replaceAll("\\D", "") + "#0", a.copyOf().original());
            }
        }
    }
}
