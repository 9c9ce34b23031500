package org.tessera.intake;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.RawDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tessera.testkit.TestLanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs intake over the shared seed pages (not copied into the project) and checks the outline by eye and by rule. */
class SeedCorpusTest {
    private static final Path SEEDS = Path.of("../../shared/corpus/seeds");
    private static final Pattern ANY_DATE = Pattern.compile("(?i)published\\s+on\\s+\\S*\\d");

    /**
     * How many articles each seed page holds, as intake cuts them today: two story pages, each with the
     * "Continue Reading" stories expanded under it, and a search page listing twelve items.
     */
    private static final Map<String, Integer> ARTICLES_PER_SEED = Map.of(
            "000_8ad4e4ae109d3e63.txt", 4, "001_addd72679c365470.txt", 4, "003_8076a20fc9273f11.txt", 12);

    @Test
    void everySeedPageComesApartIntoItsArticles() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed corpus not present");
        Intake intake = new Intake(IntakeOptions.defaults());
        for (Map.Entry<String, Integer> e : ARTICLES_PER_SEED.entrySet()) {
            Path f = SEEDS.resolve(e.getKey());
            CleanDocument doc = intake.clean(new RawDocument(e.getKey(), f.toString(), Files.readAllBytes(f), "text/plain", null));
            assertEquals(e.getValue(), doc.articles().size(), e.getKey());
        }
    }

    @Test
    void seedPagesSplitIntoCleanEnglishArticles() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(SEEDS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty());
        Intake intake = new Intake(IntakeOptions.defaults());
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            CleanDocument doc = intake.clean(new RawDocument(f.getFileName().toString(), f.toString(), bytes, "text/plain", null));
            System.err.println("== " + f.getFileName() + ": " + doc.articles().size() + " articles");
            for (Article a : doc.articles()) {
                System.err.printf("  [%d] %s | %s (%s) | %s | %d chars%n", a.index(), a.title(), a.date(), a.dateOrigin().json(),
                        a.language(), a.text().length());
                String[] paras = a.text().split("\n\n");
                System.err.println("      first: " + paras[Math.min(1, paras.length - 1)].substring(0, Math.min(90, paras[Math.min(1, paras.length - 1)].length())));
                System.err.println("      last:  " + paras[paras.length - 1].substring(0, Math.min(90, paras[paras.length - 1].length())));
            }
            // A search-results page lists more than the usual 1-4 articles; each listed entry is a real article.
            int max = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("results found") ? 12 : 4;
            assertTrue(doc.articles().size() >= 1 && doc.articles().size() <= max, f + ": " + doc.articles().size() + " articles");
            for (Article a : doc.articles()) {
                assertEquals(TestLanguage.ENGLISH, a.language(), f + " #" + a.index());
                assertFalse(a.title().isBlank(), f + " #" + a.index() + " has no title");
                for (String line : a.text().split("\n\n")) {
                    assertFalse(line.equalsIgnoreCase("Continue Reading"), f + " #" + a.index());
                    assertFalse(line.equalsIgnoreCase("Connect with us"), f + " #" + a.index());
                }
                assertEquals(doc.cleanText().substring(a.offset(), a.offset() + a.text().length()), a.text());
                String top = a.text().substring(0, Math.min(400, a.text().length()));
                if (ANY_DATE.matcher(top).find()) assertEquals(DocumentDateOrigin.PAGE, a.dateOrigin());
            }
        }
    }
}
