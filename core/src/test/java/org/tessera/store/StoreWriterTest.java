package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Event;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.DocumentResult;
import org.tessera.store.HandCodedDocument.Coded;

/** The real writer into a real DuckDB and Lucene store, fed hand-coded documents: no CoreNLP. */
class StoreWriterTest {
    @TempDir
    Path tmp;

    @Test
    void everyDocumentArticleSentenceEventAndMentionIsStored() {
        List<Coded> docs = StoreFixture.documents();
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreWriter w = store.writer();
            List<StoreWriter.Stored> stored = new ArrayList<>();
            for (Coded c : docs) stored.add(w.write(c.raw(), c.result()));
            assertTrue(stored.stream().allMatch(StoreWriter.Stored::added), stored.toString());
            assertEquals(new StoreWriter.Stored(true, 1, 1, 0, 2), stored.get(3), "the repost's copy adds mentions only");
            assertEquals(new StoreWriter.Stored(true, 0, 0, 0, 0), stored.get(6), "an unreadable document is stored empty");
            long sentences = docs.stream().flatMap(c -> c.result().articles().stream()).mapToInt(ArticleResult::sentenceCount).sum();
            assertEquals(new StoreCounts(StoreFixture.DOCUMENTS, StoreFixture.ARTICLES, StoreFixture.STORIES, sentences,
                    StoreFixture.EVENTS, StoreFixture.MENTIONS), store.counts());
            assertEquals("fixture:broken.html: not a readable page", store.query("t", "SELECT error FROM documents WHERE doc_id = 'broken.html'",
                    ps -> {
                    }, rs -> rs.getString(1)).get(0));
            assertEquals("language de", store.query("t", "SELECT skipped FROM articles WHERE doc_id = 'brussels.txt' AND article_index = 1",
                    ps -> {
                    }, rs -> rs.getString(1)).get(0));
        }
    }

    @Test
    void storedEventsAreTheCodedEventsWithTheirSentenceAndIdsInInputOrder() {
        List<Coded> docs = StoreFixture.documents();
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store, docs);
            List<StoredEvent> stored = store.events(EventQuery.all().withLimit(100, 0));
            stored = stored.stream().sorted(java.util.Comparator.comparingLong(StoredEvent::id)).toList();
            List<Event> coded = new ArrayList<>();
            for (Coded c : docs) if (!c.raw().id().equals("eastwire-7")) c.result().events().forEach(coded::add);
            assertEquals(coded, stored.stream().map(StoredEvent::event).toList());
            for (int i = 0; i < stored.size(); i++) assertEquals(i + 1, stored.get(i).id());
            // Each event points at the sentence it was coded from, which is the stored sentence's text.
            for (StoredEvent s : stored) {
                String text = store.query("t", "SELECT s.text FROM sentences s JOIN events e ON e.article_id = s.article_id "
                        + "AND e.sentence_index = s.sentence_index WHERE e.event_id = ?", ps -> ps.setLong(1, s.id()), rs -> rs.getString(1)).get(0);
                assertEquals(s.event().sentence(), text);
            }
            StoredEvent brussels = stored.stream().filter(s -> s.event().doc().equals("brussels.txt")).findFirst().orElseThrow();
            assertEquals("https://brussels-report.example/eu-belarus", brussels.sourceUrl());
            StoredEvent tokyo = stored.stream().filter(s -> s.event().doc().equals("tokyo-sanctions.txt")).findFirst().orElseThrow();
            assertEquals("tokyo-sanctions.txt", tokyo.sourceUrl(), "without a URL the document id stands in");
        }
    }

    @Test
    void writingTheSameDocumentAgainStoresNothingTwiceEvenAfterReopening() {
        List<Coded> docs = StoreFixture.documents();
        Path db = tmp.resolve("db");
        List<String> once;
        try (EventStore store = EventStore.open(db)) {
            StoreFixture.fill(store, docs);
            once = StoreFixture.dump(store);
            for (Coded c : docs) assertFalse(store.writer().write(c.raw(), c.result()).added(), c.raw().id());
            assertEquals(once, StoreFixture.dump(store));
        }
        try (EventStore store = EventStore.open(db)) {
            Set<String> keys = docs.stream().map(c -> StoreWriter.documentKey(c.raw())).collect(Collectors.toSet());
            assertEquals(keys, store.writer().documentKeys());
            // A lookup of some keys finds just the stored ones among them, past the chunk of parameters per statement too.
            List<String> asked = new ArrayList<>(keys);
            for (int i = 0; i < 1200; i++) asked.add("not-stored-" + i);
            java.util.Collections.reverse(asked);
            assertEquals(keys, store.writer().storedKeys(asked));
            assertEquals(Set.of(), store.writer().storedKeys(List.of()));
            for (Coded c : docs) assertEquals(StoreWriter.Stored.ALREADY, store.writer().write(c.raw(), c.result()));
            assertEquals(once, StoreFixture.dump(store));
        }
    }

    @Test
    void theSameIdWithOtherContentIsAnotherDocument() {
        Coded a = StoreFixture.documents().get(0);
        Coded b = StoreFixture.documents().get(1);
        Coded sameIdOtherBytes = new Coded(new org.tessera.model.RawDocument(a.raw().id(), a.raw().origin(), b.raw().content(), "", null), b.result());
        assertNotEquals(StoreWriter.documentKey(a.raw()), StoreWriter.documentKey(sameIdOtherBytes.raw()));
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            assertTrue(store.writer().write(a.raw(), a.result()).added());
            assertTrue(store.writer().write(sameIdOtherBytes.raw(), sameIdOtherBytes.result()).added());
            assertEquals(2, store.counts().documents());
        }
    }

    @Test
    void aStoreWrittenInTwoRunsEqualsOneWrittenInOne() {
        List<Coded> docs = StoreFixture.documents();
        List<String> whole = dumpOf("whole", docs);
        Path db = tmp.resolve("resumed");
        try (EventStore store = EventStore.open(db)) {
            StoreFixture.fill(store, docs.subList(0, 3)); // stops between the two copies of the repost
        }
        try (EventStore store = EventStore.open(db)) {
            StoreFixture.fill(store, docs);
            assertEquals(whole, StoreFixture.dump(store));
        }
    }

    @Test
    void aDocumentThatFailsHalfWayLeavesNoRowAndTheNextTakesItsIds() {
        List<Coded> docs = StoreFixture.documents();
        List<String> clean = dumpOf("clean", docs.subList(0, 2));
        List<String> firstOnly = dumpOf("first-only", docs.subList(0, 1));
        // Two sentences with one index break the sentences table's key after the document row went in.
        Coded good = docs.get(1);
        ArticleResult ar = good.result().articles().get(0);
        List<AnnotatedSentence> s = ar.annotated().sentences();
        List<AnnotatedSentence> clash = List.of(s.get(0), s.get(0));
        ArticleResult broken = new ArticleResult(ar.article(), new AnnotatedArticle(ar.article(), clash, List.of()), ar.events(), null);
        DocumentResult r = good.result();
        DocumentResult bad = new DocumentResult(r.id(), r.origin(), r.document(), List.of(broken), r.notes(), null);
        try (EventStore store = EventStore.open(tmp.resolve("failed"))) {
            StoreWriter w = store.writer();
            w.write(docs.get(0).raw(), docs.get(0).result());
            StoreException e = assertThrows(StoreException.class, () -> w.write(good.raw(), bad));
            assertTrue(e.getMessage().startsWith(good.raw().origin() + ": cannot store"), e.getMessage());
            assertEquals(firstOnly, StoreFixture.dump(store), "the failed document left rows");
            assertTrue(w.write(good.raw(), good.result()).added());
            w.flush();
            assertEquals(clean, StoreFixture.dump(store));
        }
    }

    @Test
    void documentsSharingTransactionsGiveTheRowsOfOneTransactionEach() {
        List<Coded> docs = StoreFixture.documents();
        List<String> single = dumpOf("single", docs);
        List<String> told = new ArrayList<>();
        try (EventStore store = EventStore.open(tmp.resolve("batched"))) {
            StoreWriter w = store.writer();
            StoreWriter.Batch three = new StoreWriter.Batch(3, 60_000);
            for (Coded c : docs) w.stage(c.raw(), c.result(), three, s -> told.add(c.raw().id()));
            assertEquals(6, told.size(), "two full transactions of three are committed, the seventh document waits");
            assertEquals(6, store.counts().documents(), "a reader sees only committed documents");
            w.flush();
            assertEquals(docs.stream().map(c -> c.raw().id()).toList(), told);
            assertEquals(single, StoreFixture.dump(store));
        }
    }

    @Test
    void aDocumentFailingInASharedTransactionKeepsTheDocumentsStagedBeforeIt() {
        List<Coded> docs = StoreFixture.documents();
        List<String> clean = dumpOf("clean", docs.subList(0, 2));
        Coded good = docs.get(1);
        ArticleResult ar = good.result().articles().get(0);
        AnnotatedSentence first = ar.annotated().sentences().get(0);
        ArticleResult broken = new ArticleResult(ar.article(), new AnnotatedArticle(ar.article(), List.of(first, first), List.of()), ar.events(), null);
        DocumentResult r = good.result();
        DocumentResult bad = new DocumentResult(r.id(), r.origin(), r.document(), List.of(broken), r.notes(), null);
        List<String> told = new ArrayList<>();
        try (EventStore store = EventStore.open(tmp.resolve("failed"))) {
            StoreWriter w = store.writer();
            StoreWriter.Batch many = new StoreWriter.Batch(50, 60_000);
            w.stage(docs.get(0).raw(), docs.get(0).result(), many, s -> told.add(docs.get(0).raw().id()));
            assertThrows(StoreException.class, () -> w.stage(good.raw(), bad, many, s -> told.add("the failed one")));
            assertEquals(List.of(docs.get(0).raw().id()), told, "the document staged before the failure is stored again and committed");
            w.stage(good.raw(), good.result(), many, s -> told.add(good.raw().id()));
            w.flush();
            assertEquals(clean, StoreFixture.dump(store));
        }
    }

    private List<String> dumpOf(String name, List<Coded> docs) {
        try (EventStore store = EventStore.open(tmp.resolve(name))) {
            StoreFixture.fill(store, docs);
            return StoreFixture.dump(store);
        }
    }

    @Test
    void aRepostUnderOtherChromeJoinsTheStoryAndAddsOneMentionPerEvent() {
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            StoreFixture.fill(store);
            record Row(long article, long story, double similarity, boolean hasMinhash) {
            }
            List<Row> rows = store.query("t", "SELECT article_id, story_id, similarity, minhash IS NOT NULL FROM articles "
                    + "WHERE doc_id IN ('courier-1', 'eastwire-7') ORDER BY article_id", ps -> {
            }, rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getBoolean(4)));
            assertEquals(2, rows.size());
            Row first = rows.get(0);
            Row copy = rows.get(1);
            assertEquals(first.article(), first.story());
            assertEquals(1.0, first.similarity());
            assertTrue(first.hasMinhash());
            assertEquals(first.article(), copy.story(), "the copy joins the first article's story");
            assertTrue(copy.similarity() >= 0.5 && copy.similarity() < 1.0, "similarity " + copy.similarity());
            assertFalse(copy.hasMinhash(), "only a story's first article is compared with later ones");
            List<StoredEvent> events = store.events(EventQuery.all().withPeriod(java.time.LocalDate.of(2024, 5, 1), java.time.LocalDate.of(2024, 5, 31)));
            assertEquals(2, events.size());
            for (StoredEvent e : events) {
                assertEquals(first.story(), e.storyId());
                assertEquals(2, e.numMentions());
                assertEquals(2, e.numSources(), "two sites");
                assertEquals(2, e.numArticles());
                assertEquals(StoreFixture.COURIER_URL, e.sourceUrl());
                List<StoredMention> mentions = store.mentions(e.id());
                assertEquals(List.of(first.article(), copy.article()), mentions.stream().map(StoredMention::articleId).toList());
                StoredMention m = mentions.get(1);
                assertEquals(StoreFixture.EASTWIRE_URL, m.url());
                // The copy's own sentence holds the event's words: the mention points there, not at the first article's offsets.
                String copyText = store.query("t", "SELECT text FROM articles WHERE article_id = ?", ps -> ps.setLong(1, copy.article()),
                        rs -> rs.getString(1)).get(0);
                assertEquals(e.event().sentence(), copyText.substring(m.spanStart(), m.spanEnd()));
                assertEquals(e.sentenceIndex(), m.sentenceIndex(), "both sites' headers are one line");
            }
            assertEquals(0L, store.query("t", "SELECT count(*) FROM events e JOIN articles a USING (article_id) WHERE a.story_id <> a.article_id",
                    ps -> {
                    }, rs -> rs.getLong(1)).get(0), "no event of the copy's own");
            Map<Long, Long> storySizes = store.query("t", "SELECT story_id, count(*) FROM articles WHERE skipped IS NULL GROUP BY story_id", ps -> {
            }, rs -> Map.entry(rs.getLong(1), rs.getLong(2))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(StoreFixture.STORIES, storySizes.size());
            assertEquals(1, storySizes.values().stream().filter(n -> n == 2).count(), "only the repost is grouped: " + storySizes);
        }
    }
}
