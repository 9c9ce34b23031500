package org.tessera.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.tessera.json.EventJson;
import org.tessera.model.Event;
import org.tessera.store.FipsCodes;
import org.tessera.store.GdeltFormat;
import org.tessera.store.StoredEvent;
import org.tessera.store.StoredMention;
import scala.Tuple2;

/**
 * Events to GDELT 2.0 rows with the store's {@link GdeltFormat}, so the Spark export and
 * {@code tessera export --format gdelt} write the same columns. The job does not group
 * near-duplicate articles into stories (that needs the store's index), so every event is its own
 * story with one mention, one source and one article; its GLOBALEVENTID is its position in this
 * run's output, 1-based.
 */
final class GdeltRows implements FlatMapFunction<Iterator<Tuple2<JobRecord.CodedEvent, Long>>, Tuple2<String, String>> {
    private static final long serialVersionUID = 1L;

    private final long addedAtMillis;

    GdeltRows(Instant addedAt) {
        this.addedAtMillis = addedAt.toEpochMilli();
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Iterator<Tuple2<JobRecord.CodedEvent, Long>> events) {
        GdeltFormat format = new GdeltFormat(FipsCodes.bundled());
        EventJson json = new EventJson();
        Instant addedAt = Instant.ofEpochMilli(addedAtMillis);
        List<Tuple2<String, String>> rows = new ArrayList<>();
        while (events.hasNext()) {
            Tuple2<JobRecord.CodedEvent, Long> next = events.next();
            JobRecord.CodedEvent coded = next._1();
            long id = next._2() + 1;
            Event e = json.fromLine(coded.json());
            String url = e.context() == null ? "" : e.context().url();
            String source = url == null || url.isBlank() ? e.doc() : url;
            StoredEvent stored = new StoredEvent(id, e, id, coded.sentenceIndex(), 1, 1, 1, source, addedAt);
            StoredMention mention = new StoredMention(id, id, coded.sentenceIndex(), e.spanStart(), e.spanEnd(),
                    GdeltFormat.site(url, e.doc()), url == null ? "" : url, e.doc(), coded.articleLength(), e.confidence(), addedAt,
                    coded.tone());
            rows.add(new Tuple2<>(format.eventLine(stored, List.of(mention)), format.mentionLine(stored, mention)));
        }
        return rows.iterator();
    }
}
