package org.tessera.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.RawDocument;
import org.tessera.nlp.AnnotatorConfig;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.testkit.SharedNlp;

/**
 * The parser never sees a sentence over {@code --max-parse-tokens}: a 5,000-word run-on
 * "sentence" is annotated without a parse in bounded time, and the sentences around it are still
 * coded. An article over the per-article time budget is abandoned with a note and counted, and
 * the pipeline goes on with the next document.
 */
class ParserLimitsIT {
    private static final String GOOD = "Russian Foreign Minister Sergei Lavrov met Belarusian President Alexander Lukashenko in Minsk on Monday.";

    @Test
    void aFiveThousandWordSentenceIsNotParsedAndDoesNotHang() {
        StringBuilder b = new StringBuilder("Talks in Minsk\n\n").append(GOOD).append("\n\n");
        String[] words = {"officials", "from", "Moscow", "and", "Minsk", "discussed", "gas", "prices", "grain", "quotas", "while"};
        for (int i = 0; i < 5000; i++) b.append(words[i % words.length]).append(i % 50 == 49 ? ", " : " ");
        b.append("\n\n").append(GOOD.replace("Monday", "Tuesday")).append('\n');
        long t0 = System.nanoTime();
        DocumentResult r = SharedNlp.pipeline().process(doc("run-on.txt", b.toString()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ParserLimitsIT: 5,000-word sentence annotated in %.1f s%n", seconds);
        assertFalse(r.failed(), r.error());
        assertTrue(seconds < 90, "took " + seconds + " s");
        ArticleResult a = r.articles().get(0);
        assertNull(a.skipped(), a.skipped());
        int limit = AnnotatorConfig.defaults().maxParseTokens();
        int longest = 0;
        for (AnnotatedSentence s : a.annotated().sentences()) {
            longest = Math.max(longest, s.tokens().size());
            if (s.parsed()) assertTrue(s.tokens().size() <= limit, "parsed a sentence of " + s.tokens().size() + " tokens");
        }
        assertTrue(longest > limit, "the run-on sentence was cut before annotation: longest " + longest);
        assertTrue(a.events().size() >= 2, "the short sentences around it are still coded: " + a.events());
    }

    @Test
    void anArticleOverItsTimeBudgetIsAbandonedWithANoteAndTheNextOneIsCoded() {
        PipelineConfig tight = new PipelineConfig(IntakeOptions.defaults(), AnnotatorConfig.defaults(), null, 1, Duration.ofMillis(1));
        Pipeline pipeline = SharedNlp.assembly(tight).pipeline();
        StringBuilder b = new StringBuilder("A long day of talks\n\n");
        for (int i = 0; i < 40; i++) b.append(GOOD.replace("Monday", "day " + (i + 1))).append(' ');
        long t0 = System.nanoTime();
        DocumentResult r = pipeline.process(doc("slow.txt", b.toString()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertFalse(r.failed(), r.error());
        assertTrue(seconds < 5, "the worker waited " + seconds + " s for an abandoned article");
        assertEquals(1, pipeline.timedOut());
        assertTrue(r.articles().get(0).skipped().contains("time budget"), r.articles().get(0).skipped());
        assertEquals(1, r.notes().size(), r.notes().toString());
        String note = r.notes().get(0);
        assertTrue(note.startsWith("slow.txt: article 0 (A long day of talks) skipped: over the time budget"), note);
        assertFalse(note.contains("\n"), note);

        Pipeline roomy = SharedNlp.assembly(new PipelineConfig(IntakeOptions.defaults(), AnnotatorConfig.defaults(), null, 1,
                Duration.ofSeconds(120))).pipeline();
        DocumentResult next = roomy.process(doc("next.txt", "Next\n\n" + GOOD + "\n"));
        assertNull(next.articles().get(0).skipped());
        assertFalse(next.articles().get(0).events().isEmpty(), "the next article is coded as usual");
        assertEquals(0, roomy.timedOut());
    }

    private static RawDocument doc(String name, String text) {
        return new RawDocument(name, name, text.getBytes(StandardCharsets.UTF_8), "text/plain", Instant.parse("2021-03-01T00:00:00Z"));
    }
}
