package org.tessera.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.tessera.json.EventJson;
import org.tessera.model.Event;
import org.tessera.store.FipsCodes;
import org.tessera.store.GdeltFormat;
import org.tessera.store.StoredEvent;
import org.tessera.store.StoredMention;
import scala.Tuple2;

/**
 * The GDELT 2.0 events and mentions tables of a run, counted as the store counts them: articles are
 * grouped into stories across all partitions ({@link StoryAssignment}); a story's events are those
 * of its first article, and every article of the story adds one mention of each. GLOBALEVENTIDs
 * number the stories' events in input order, so they do not change with the partitioning and
 * equal the event ids of {@code tessera ingest} into an empty store; NumMentions, NumSources and
 * NumArticles are the store's. Rows are written with the store's {@link GdeltFormat}, events in id
 * order, mentions by event and then article, as {@code tessera export --format gdelt} writes them.
 */
final class GdeltTables {
    /** The two tables' lines, each in its file's order. */
    record Lines(JavaRDD<String> events, JavaRDD<String> mentions) {
    }

    /** A mention before it is written: the event it mentions and where, as the store's mentions table holds it. */
    record Mention(String articleOrder, int sentenceIndex, int start, int end, String site, String url, String docId,
                   int docLength, double confidence, int toneWords, int tonePositive, int toneNegative) implements Serializable {
        private static final long serialVersionUID = 1L;

        org.tessera.tone.DocumentTone tone() {
            return new org.tessera.tone.DocumentTone(toneWords, tonePositive, toneNegative);
        }
    }

    private GdeltTables() {
    }

    static Lines of(JavaSparkContext sc, JavaRDD<JobRecord.CodedEvent> events, JavaRDD<JobRecord.CodedArticle> articles,
                    int partitions, Instant addedAt) {
        HashMap<String, String> copyOf = new HashMap<>();
        StoryAssignment.copies(articles.filter(a -> a.signature() != null)
                .mapToPair(a -> new Tuple2<>(a.order(), a.signature())).sortByKey(true, partitions).toLocalIterator())
                .forEach((copy, of) -> copyOf.put(copy, of.original()));
        Broadcast<HashMap<String, String>> copies = sc.broadcast(copyOf);

        // The stories' events, numbered in input order.
        JavaPairRDD<Long, JobRecord.CodedEvent> byId = events.filter(e -> !copies.value().containsKey(e.articleOrder()))
                .keyBy(JobRecord.CodedEvent::order).sortByKey(true, partitions).values()
                .zipWithIndex().mapToPair(t -> new Tuple2<>(t._2() + 1, t._1()));

        JavaPairRDD<Long, Mention> own = byId.mapValues(GdeltTables::ownMention);
        JavaPairRDD<Long, Mention> ofCopies = articles.filter(a -> copies.value().containsKey(a.order()))
                .mapToPair(a -> new Tuple2<>(copies.value().get(a.order()), a))
                .join(byId.mapToPair(t -> new Tuple2<>(t._2().articleOrder(), t)))
                .mapToPair(t -> new Tuple2<>(t._2()._2()._1(), copyMention(t._2()._1(), t._2()._2()._2())));
        JavaPairRDD<Long, Mention> mentions = own.union(ofCopies);

        long added = addedAt.toEpochMilli();
        // Each event with its mentions in article order, as the store's export reads them: its row needs them
        // (AvgTone averages their documents' tone), and its mention rows follow from them.
        JavaPairRDD<Long, Rows> rows = byId.join(mentions.groupByKey()).mapPartitionsToPair(it -> {
            GdeltFormat format = new GdeltFormat(FipsCodes.bundled());
            Instant at = Instant.ofEpochMilli(added);
            java.util.List<Tuple2<Long, Rows>> out = new java.util.ArrayList<>();
            it.forEachRemaining(t -> out.add(new Tuple2<>(t._1(), rows(format, t._1(), t._2()._1(), t._2()._2(), at))));
            return out.iterator();
        }).sortByKey(true, partitions);
        JavaRDD<String> eventLines = rows.map(t -> t._2().event());
        JavaRDD<String> mentionLines = rows.flatMap(t -> t._2().mentions().iterator());
        return new Lines(eventLines, mentionLines);
    }

    private static Event event(JobRecord.CodedEvent coded) {
        return new EventJson().fromLine(coded.json());
    }

    private static Mention ownMention(JobRecord.CodedEvent coded) {
        Event e = event(coded);
        String url = e.context() == null ? null : e.context().url();
        return new Mention(coded.articleOrder(), coded.sentenceIndex(), e.spanStart(), e.spanEnd(), GdeltFormat.site(url, e.doc()),
                url, e.doc(), coded.articleLength(), e.confidence(), coded.toneWords(), coded.tonePositive(), coded.toneNegative());
    }

    /** As the store's copy mention: the event's sentence found in the copy's text, else no position. */
    private static Mention copyMention(JobRecord.CodedArticle copy, JobRecord.CodedEvent coded) {
        Event e = event(coded);
        String sentence = e.sentence();
        int at = sentence == null || sentence.isEmpty() ? -1 : copy.text().indexOf(sentence);
        int start = -1, end = -1, index = -1;
        if (at >= 0) {
            index = coded.sentenceIndex();
            start = copy.offset() + at;
            end = start + sentence.length();
        }
        return new Mention(copy.order(), index, start, end, copy.site(), copy.url(), copy.docId(), copy.text().length(), e.confidence(),
                copy.toneWords(), copy.tonePositive(), copy.toneNegative());
    }

    /** One event's row and its mentions' rows. */
    record Rows(String event, java.util.List<String> mentions) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static Rows rows(GdeltFormat format, long id, JobRecord.CodedEvent coded, Iterable<Mention> mentions, Instant at) {
        java.util.List<Mention> sorted = new java.util.ArrayList<>();
        mentions.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparing(Mention::articleOrder));
        Set<String> sites = new HashSet<>();
        for (Mention m : sorted) sites.add(m.site());
        Event e = event(coded);
        String url = e.context() == null ? "" : e.context().url();
        String source = url == null || url.isBlank() ? e.doc() : url;
        // One mention per article of the story, so the articles are the mentions.
        StoredEvent s = new StoredEvent(id, e, id, coded.sentenceIndex(), sorted.size(), sites.size(), sorted.size(), source, at);
        java.util.List<StoredMention> stored = new java.util.ArrayList<>();
        for (Mention m : sorted)
            stored.add(new StoredMention(id, 0, m.sentenceIndex(), m.start(), m.end(), m.site(), m.url() == null ? "" : m.url(), m.docId(),
                    m.docLength(), m.confidence(), at, m.tone()));
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (StoredMention m : stored) lines.add(format.mentionLine(s, m));
        return new Rows(format.eventLine(s, stored), lines);
    }
}
