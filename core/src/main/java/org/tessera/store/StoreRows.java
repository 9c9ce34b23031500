package org.tessera.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;
import org.tessera.dedup.MinHasher;
import org.tessera.model.Actor;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.DocumentResult;
import org.tessera.tone.DocumentTone;

/**
 * One record per table the writer fills, holding what one row is made of, with the named columns
 * of its INSERT ({@link Schema} has the tables). Each column is named once, next to where its value
 * comes from.
 */
final class StoreRows {
    private StoreRows() {
    }

    record DocumentRow(String key, String hash, RawDocument raw, DocumentResult result, Timestamp now) {
        static final RowBinder<DocumentRow> COLUMNS = RowBinder.<DocumentRow>into("documents")
                .text("doc_key", DocumentRow::key)
                .text("doc_id", r -> r.raw().id())
                .text("content_hash", DocumentRow::hash)
                .text("origin", r -> r.raw().origin())
                .text("error", r -> r.result().error())
                .integer("article_count", r -> r.result().articles().size())
                .timestamp("added_at", DocumentRow::now)
                .build();
    }

    /**
     * {@code minhash}: the signature of a story's first article, null for copies and articles not compared;
     * {@code tone}: the article's tone, computed once from its text as it is stored.
     */
    record ArticleRow(long id, String docKey, Article article, long story, double similarity, String site, String skipped,
                      long[] minhash, DocumentTone tone, Timestamp now) {
        static final RowBinder<ArticleRow> COLUMNS = RowBinder.<ArticleRow>into("articles")
                .bigint("article_id", ArticleRow::id)
                .text("doc_key", ArticleRow::docKey)
                .text("doc_id", r -> r.article().docId())
                .integer("article_index", r -> r.article().index())
                .bigint("story_id", ArticleRow::story)
                .real("similarity", ArticleRow::similarity)
                .text("title", r -> r.article().title())
                .text("url", r -> r.article().url())
                .text("site", ArticleRow::site)
                .nullable("pub_date", r -> day(r.article().date()))
                .text("pub_date_text", r -> text(r.article().date()))
                .text("language", r -> r.article().language())
                .integer("text_offset", r -> r.article().offset())
                .text("text", r -> r.article().text())
                .text("skipped", ArticleRow::skipped)
                .blob("minhash", r -> r.minhash() == null ? null : MinHasher.toBytes(r.minhash()))
                .integer("tone_words", r -> r.tone().words())
                .integer("tone_positive", r -> r.tone().positiveWords())
                .integer("tone_negative", r -> r.tone().negativeWords())
                .timestamp("added_at", ArticleRow::now)
                .build();
    }

    record SentenceRow(long articleId, AnnotatedSentence sentence) {
        static final RowBinder<SentenceRow> COLUMNS = RowBinder.<SentenceRow>into("sentences")
                .bigint("article_id", SentenceRow::articleId)
                .integer("sentence_index", r -> r.sentence().index())
                .integer("begin_offset", r -> r.sentence().begin())
                .integer("end_offset", r -> r.sentence().end())
                .text("text", r -> r.sentence().text())
                .build();
    }

    /** One LSH band key of a story's first article: later articles find it by any key they share. */
    record BandRow(long bandKey, long articleId) {
        static final RowBinder<BandRow> COLUMNS = RowBinder.<BandRow>into("lsh")
                .bigint("band_key", BandRow::bandKey)
                .bigint("article_id", BandRow::articleId)
                .build();
    }

    /** An event of a story's first article, so its story is that article; {@code json} is its contract line. */
    record EventRow(long id, long articleId, int sentenceIndex, Event event, String json, Timestamp now) {
        static final RowBinder<EventRow> COLUMNS = RowBinder.<EventRow>into("events")
                .bigint("event_id", EventRow::id)
                .bigint("article_id", EventRow::articleId)
                .bigint("story_id", EventRow::articleId)
                .integer("sentence_index", EventRow::sentenceIndex)
                .text("doc_id", r -> r.event().doc())
                .integer("article_index", r -> r.event().article())
                .text("sentence", r -> r.event().sentence())
                .integer("span_start", r -> r.event().spanStart())
                .integer("span_end", r -> r.event().spanEnd())
                .nullable("event_date", r -> day(r.event().date()))
                .text("date_text", r -> text(r.event().date()))
                .text("date_source", r -> r.event().dateSource().json())
                .with(b -> actor(b, "source", r -> r.event().source()))
                .with(b -> actor(b, "target", r -> r.event().target()))
                .text("cameo", r -> r.event().action().code().code())
                .text("root", r -> r.event().action().code().root())
                .integer("quad", r -> r.event().action().code().quad())
                .real("goldstein", r -> r.event().action().code().goldstein())
                .text("action_text", r -> r.event().action().text())
                .text("cameo_name", r -> r.event().action().code().name())
                .text("modality", r -> r.event().modality().json())
                .text("location_name", r -> location(r, Location::name))
                .text("location_country", r -> location(r, Location::country))
                .nullable("location_lat", r -> location(r, Location::lat))
                .nullable("location_lon", r -> location(r, Location::lon))
                .nullable("location_feature_id", r -> location(r, Location::featureId))
                .real("confidence", r -> r.event().confidence())
                .text("evidence", r -> r.event().evidenceText())
                .text("title", r -> context(r, Event.EventContext::title, ""))
                .text("url", r -> context(r, Event.EventContext::url, ""))
                .text("language", r -> context(r, Event.EventContext::language, "und"))
                .text("document_date", r -> text(context(r, Event.EventContext::documentDate, null)))
                .text("document_date_source", r -> {
                    var origin = context(r, Event.EventContext::documentDateOrigin, null);
                    return origin == null ? "none" : origin.json();
                })
                .text("json", EventRow::json)
                .timestamp("added_at", EventRow::now)
                .build();

        private static void actor(RowBinder.Builder<EventRow> b, String side, Function<EventRow, Actor> actor) {
            b.text(side + "_text", r -> field(actor.apply(r), Actor::text))
                    .text(side + "_name", r -> field(actor.apply(r), Actor::name))
                    .text(side + "_country", r -> field(actor.apply(r), Actor::country))
                    .text(side + "_role", r -> field(actor.apply(r), Actor::role))
                    .text(side + "_code", r -> field(actor.apply(r), Actor::code))
                    .text(side + "_rule", r -> field(actor.apply(r), Actor::rule));
        }

        private static <T> T location(EventRow r, Function<Location, T> part) {
            return field(r.event().location(), part);
        }

        private static <T> T context(EventRow r, Function<Event.EventContext, T> field, T absent) {
            Event.EventContext c = r.event().context();
            return c == null ? absent : field.apply(c);
        }
    }

    /** One article's report of an event; {@code start}/{@code end} are -1 when the article's text lacks the sentence. */
    record MentionRow(long eventId, long articleId, int sentenceIndex, int start, int end, String site, Article article,
                      double confidence, Timestamp now) {
        static final RowBinder<MentionRow> COLUMNS = RowBinder.<MentionRow>into("mentions")
                .bigint("event_id", MentionRow::eventId)
                .bigint("article_id", MentionRow::articleId)
                .integer("sentence_index", MentionRow::sentenceIndex)
                .integer("span_start", MentionRow::start)
                .integer("span_end", MentionRow::end)
                .text("site", MentionRow::site)
                .text("url", r -> r.article().url())
                .text("doc_id", r -> r.article().docId())
                .integer("doc_length", r -> r.article().text().length())
                .real("confidence", MentionRow::confidence)
                .timestamp("added_at", MentionRow::now)
                .build();
    }

    /** Every table's columns, for checking them against the schema. */
    static final List<RowBinder<?>> ALL = List.of(DocumentRow.COLUMNS, ArticleRow.COLUMNS, SentenceRow.COLUMNS, BandRow.COLUMNS,
            EventRow.COLUMNS, MentionRow.COLUMNS);

    /** A part of a value that may be absent, null when it is. */
    private static <T, V> V field(T value, Function<T, V> part) {
        return value == null ? null : part.apply(value);
    }

    private static Date day(PartialDate d) {
        return d == null ? null : Date.valueOf(d.start());
    }

    private static String text(PartialDate d) {
        return d == null ? null : d.toString();
    }
}
