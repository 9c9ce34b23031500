package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.cameo.CameoTable;
import org.tessera.store.HandCodedDocument.Coded;
import org.tessera.store.HandCodedDocument.Coding;
import org.tessera.tone.DocumentTone;
import org.tessera.tone.ToneScorer;

/** Tone through the store: computed per article as it is written, read back per mention, exported as GDELT's tone columns. No CoreNLP. */
class StoreToneTest {
    private static final Pattern EXTRAS = Pattern.compile("<DOCTONE>([^,]+),([^,]+),([^,]+),([^,]+),(\\d+),(\\d+),(\\d+)</DOCTONE>");

    @TempDir
    Path tmp;
    private final ToneScorer scorer = ToneScorer.afinn165();

    private record ArticleTone(long id, String text, DocumentTone stored) {
    }

    private static List<ArticleTone> articleTones(EventStore store) {
        return store.query("t", "SELECT article_id, text, tone_words, tone_positive, tone_negative FROM articles ORDER BY article_id", ps -> {
        }, rs -> new ArticleTone(rs.getLong(1), rs.getString(2), new DocumentTone(rs.getInt(3), rs.getInt(4), rs.getInt(5))));
    }

    @Test
    void everyArticleIsStoredWithTheToneOfItsText() {
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            List<ArticleTone> all = articleTones(store);
            assertEquals(StoreFixture.ARTICLES, all.size());
            for (ArticleTone a : all) assertEquals(scorer.score(a.text()), a.stored(), a.text());
            assertTrue(all.stream().anyMatch(a -> a.stored().positiveWords() > 0), "no article with a positive word");
            assertTrue(all.stream().anyMatch(a -> a.stored().negativeWords() > 0), "no article with a negative word");
        }
    }

    @Test
    void eachMentionCarriesTheToneOfItsOwnArticle() {
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            Map<Long, DocumentTone> byArticle = new HashMap<>();
            for (ArticleTone a : articleTones(store)) byArticle.put(a.id(), a.stored());
            int reposted = 0;
            for (StoredEvent e : store.events(EventQuery.all())) {
                List<StoredMention> mentions = store.mentions(e.id());
                for (StoredMention m : mentions) assertEquals(byArticle.get(m.articleId()), m.tone());
                if (mentions.size() == 2) {
                    reposted++;
                    // The two sites' headers and footers differ in their words, so the two documents' tones do.
                    assertNotEquals(mentions.get(0).tone(), mentions.get(1).tone());
                }
            }
            assertEquals(2, reposted);
        }
    }

    @Test
    void theGdeltExportCarriesTheDocumentsToneInAvgToneMentionDocToneAndExtras() throws Exception {
        CameoTable cameo = CameoTable.load();
        List<Coded> docs = new ArrayList<>(StoreFixture.documents());
        // welcomed +2, agreement +1: 2 positive words of 4, tone +50. A root-level code, written 040 by GDELT.
        docs.add(HandCodedDocument.of(cameo, "welcome.txt").article("https://tone.example/welcome", "2024-07-01", "",
                "Russia welcomed the agreement.", Coding.of(0, "RUS", "BLR", "04", "welcomed")).coded());
        Path out = tmp.resolve("gdelt");
        Map<Long, DocumentTone> byArticle = new HashMap<>();
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store, docs);
            for (ArticleTone a : articleTones(store)) byArticle.put(a.id(), a.stored());
            new Exporter(store).gdelt(out);
        }
        List<String[]> events = rows(out.resolve("events.tsv"));
        List<String[]> mentions = rows(out.resolve("mentions.tsv"));
        assertEquals(StoreFixture.EVENTS + 1, events.size());
        assertEquals(StoreFixture.MENTIONS + 1, mentions.size());
        Map<String, List<Double>> mentionTones = new HashMap<>();
        for (String[] m : mentions) {
            double tone = Double.parseDouble(m[13]);
            mentionTones.computeIfAbsent(m[0], k -> new ArrayList<>()).add(tone);
            Matcher x = EXTRAS.matcher(m[15]);
            assertTrue(x.matches(), m[15]);
            assertEquals(tone, Double.parseDouble(x.group(1)), 1e-9, "Extras' tone is MentionDocTone");
            DocumentTone t = new DocumentTone(Integer.parseInt(x.group(5)), Integer.parseInt(x.group(6)), Integer.parseInt(x.group(7)));
            assertTrue(byArticle.containsValue(t), t + " is no article's tone");
            assertEquals(t.tone(), tone, 5e-5);
            assertEquals(t.positiveScore(), Double.parseDouble(x.group(2)), 5e-5);
            assertEquals(t.negativeScore(), Double.parseDouble(x.group(3)), 5e-5);
            assertEquals(t.polarity(), Double.parseDouble(x.group(4)), 5e-5);
        }
        for (String[] e : events) {
            double mean = mentionTones.get(e[0]).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertEquals(mean, Double.parseDouble(e[34]), 1e-4, "AvgTone of event " + e[0]);
        }
        String[] welcome = events.get(events.size() - 1);
        assertEquals(List.of("040", "040", "04", "1"), List.of(welcome[26], welcome[27], welcome[28], welcome[29]));
        assertEquals("50", welcome[34]);
        String[] welcomeMention = mentions.get(mentions.size() - 1);
        assertEquals("50", welcomeMention[13]);
        assertEquals("<DOCTONE>50,50,0,50,4,2,0</DOCTONE>", welcomeMention[15]);
        assertTrue(events.stream().anyMatch(e -> Double.parseDouble(e[34]) < 0), "no event of negative tone");
    }

    @Test
    void aStoreOfSchemaVersionOneOpensAndExportsTheToneOfItsStoredTexts() throws Exception {
        Path db = tmp.resolve("db");
        try (EventStore store = EventStore.open(db)) {
            StoreFixture.fill(store);
            new Exporter(store).gdelt(tmp.resolve("before"));
        }
        // What a store written before tone looks like: no tone columns, version 1.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.resolve("events.duckdb")); Statement s = c.createStatement()) {
            for (String col : List.of("tone_words", "tone_positive", "tone_negative")) s.execute("ALTER TABLE articles DROP COLUMN " + col);
            s.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(List.of(Integer.toString(Schema.VERSION)), store.query("t", "SELECT value FROM meta WHERE key = 'schema_version'", ps -> {
            }, rs -> rs.getString(1)));
            assertEquals(List.of(0L), store.query("t", "SELECT count(tone_words) FROM articles", ps -> {
            }, rs -> rs.getLong(1)), "old rows keep NULL: nothing is rewritten on open");
            new Exporter(store).gdelt(tmp.resolve("after"));
        }
        for (String f : List.of("events.tsv", "mentions.tsv"))
            assertEquals(Files.readString(tmp.resolve("before").resolve(f)), Files.readString(tmp.resolve("after").resolve(f)), f);
    }

    private static List<String[]> rows(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream().map(l -> l.split("\t", -1)).toList();
    }
}
