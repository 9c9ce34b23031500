package org.tessera.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tessera.eval.GoldFile;
import org.tessera.eval.GoldScorer;
import org.tessera.eval.Score;
import org.tessera.json.EventJson;
import org.tessera.model.Event;
import org.tessera.model.Modality;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.testkit.Contract;
import org.tessera.testkit.SharedNlp;

/**
 * The shared corpus end to end: every seed page codes to contract JSON, the dev gold scores above
 * the floor the coder has committed to, sport and entertainment news do not turn into wars, and
 * sport news gives almost no asserted events at all.
 */
class SharedCorpusIT {
    private static final Path SHARED = Path.of("../../shared");
    private static final double PRECISION_FLOOR = 0.60;
    private static final double RECALL_FLOOR = 0.50;
    /** The coder's target for sport news: under one asserted event in ten articles. */
    private static final double SPORT_EVENTS_PER_ARTICLE = 0.10;
    /** Every so many sport files: a sample spread over the whole set that keeps the test to a few minutes on two cores. */
    private static final int SPORT_SAMPLE_STEP = 10;

    private static List<DocumentResult> code(List<Path> inputs) {
        List<String> errors = new ArrayList<>();
        List<RawDocument> docs = BatchRunner.expand(inputs, 20_000_000, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        Pipeline p = SharedNlp.locatingPipeline();
        return docs.stream().map(p::process).toList();
    }

    @Test
    void everySeedPageCodesToContractJsonWithEventsFromEveryEnglishArticle() throws IOException {
        Path seeds = SHARED.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "shared corpus not beside the project");
        EventJson json = new EventJson();
        ObjectMapper mapper = new ObjectMapper();
        List<DocumentResult> results = code(List.of(seeds));
        assertEquals(3, results.size());
        int events = 0;
        for (DocumentResult r : results) {
            assertFalse(r.failed(), r.error());
            for (Event e : r.events().toList()) {
                JsonNode node = mapper.readTree(json.toLine(e));
                assertTrue(Contract.violations(node).isEmpty(), Contract.violations(node) + " in " + node);
                String clean = r.document().cleanText();
                assertEquals(e.sentence(), clean.substring(e.spanStart(), e.spanEnd()).replaceAll("\\s+", " ").trim(), "span");
                events++;
            }
            assertTrue(r.events().findAny().isPresent(), "no events from " + r.id());
        }
        assertTrue(events > 20, "events: " + events);
    }

    @Test
    void devGoldScoresAboveTheFloor() throws IOException {
        Path gold = SHARED.resolve("gold/dev-events.jsonl");
        assumeTrue(Files.isRegularFile(gold), "shared gold not beside the project");
        List<Path> pages;
        try (Stream<Path> s = Files.list(SHARED.resolve("corpus/seeds"))) {
            pages = s.filter(p -> p.getFileName().toString().matches("00[01]_.*\\.txt")).sorted().toList();
        }
        List<Event> events = code(pages).stream().flatMap(DocumentResult::events).toList();
        Score score = GoldScorer.score(GoldFile.read(gold), events);
        System.out.println("dev gold: " + score.line());
        System.err.println("dev gold: " + score.line());
        assertTrue(score.precision() >= PRECISION_FLOOR, score.line());
        assertTrue(score.recall() >= RECALL_FLOOR, score.line());
    }

    @Test
    void sportAndEntertainmentNewsDoNotTurnIntoWarsAndTreaties() throws IOException {
        Path bbc = SHARED.resolve("corpus/bbc-2004-2005/news");
        assumeTrue(Files.isDirectory(bbc), "BBC corpus not beside the project");
        List<Path> sample = new ArrayList<>();
        for (String section : List.of("sport", "entertainment")) {
            try (Stream<Path> s = Files.list(bbc.resolve(section))) {
                s.sorted().limit(15).forEach(sample::add);
            }
        }
        List<DocumentResult> results = code(sample);
        int articles = results.stream().mapToInt(r -> (int) r.articles().stream().filter(ArticleResult::wasCoded).count()).sum();
        List<Event> material = results.stream().flatMap(DocumentResult::events)
                .filter(e -> e.action().code().quad() == 4 || e.action().code().root().equals("05")
                        || e.action().code().root().equals("06") || e.action().code().root().equals("07"))
                .toList();
        material.forEach(e -> System.err.println("sport/entertainment event: " + e.action().code().code() + " " + e.sentence()));
        assertTrue(articles >= 25, "articles: " + articles);
        assertTrue(material.size() <= 3, "material conflict or cooperation events in sport/entertainment: " + material.size());
    }

    @Test
    void bbcSportArticlesGiveUnderATenthOfAnAssertedEventEach() throws IOException {
        Path sport = SHARED.resolve("corpus/bbc-2004-2005/news/sport");
        assumeTrue(Files.isDirectory(sport), "BBC corpus not beside the project");
        List<Path> all;
        try (Stream<Path> s = Files.list(sport)) {
            all = s.sorted().toList();
        }
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SPORT_SAMPLE_STEP) sample.add(all.get(i));
        List<DocumentResult> results = code(sample);
        int articles = results.stream().mapToInt(r -> (int) r.articles().stream().filter(ArticleResult::wasCoded).count()).sum();
        List<Event> asserted = results.stream().flatMap(DocumentResult::events).filter(e -> e.modality() == Modality.ASSERTED).toList();
        double perArticle = articles == 0 ? 0 : (double) asserted.size() / articles;
        String line = String.format(Locale.ROOT, "BBC sport: %d articles of %d files, %d asserted events, %.3f each",
                articles, all.size(), asserted.size(), perArticle);
        asserted.forEach(e -> System.err.println("sport event: " + e.action().code().code() + " " + e.sentence()));
        System.out.println(line);
        System.err.println(line);
        assertTrue(articles >= sample.size() * 9 / 10, "most sampled files coded: " + line);
        assertTrue(perArticle < SPORT_EVENTS_PER_ARTICLE, line);
    }
}
