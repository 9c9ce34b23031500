package org.tessera.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tessera.model.RawDocument;

/**
 * What flows between the job's stages: a document to code, a coded event (its contract JSON
 * line), or a problem with one input. One type lets a single pass carry both results and errors,
 * so the expensive coding runs once.
 */
public sealed interface JobRecord extends Serializable {

    /**
     * A serialisable {@link RawDocument} (the core's record is not, and need not be).
     *
     * @param order the document's place in the input, as {@link InputOrder#document} writes it
     */
    record InputDocument(String id, String origin, byte[] content, String mediaType, Long modifiedMillis, String order)
            implements JobRecord {
        static InputDocument of(RawDocument d, String order) {
            return new InputDocument(d.id(), d.origin(), d.content(), d.mediaType(),
                    d.modified() == null ? null : d.modified().toEpochMilli(), order);
        }

        RawDocument toRaw() {
            return new RawDocument(id, origin, content, mediaType, modifiedMillis == null ? null : Instant.ofEpochMilli(modifiedMillis));
        }
    }

    /**
     * One event as the contract's JSON line, with what the GDELT export needs beyond it.
     *
     * @param sentenceIndex the sentence's index in its article, -1 when unknown
     * @param articleLength the article's text length in characters
     * @param toneWords     the article's words, positive and negative lexicon hits ({@link org.tessera.tone.DocumentTone})
     */
    record CodedEvent(String json, int sentenceIndex, int articleLength, String articleOrder, int ordinal,
                      int toneWords, int tonePositive, int toneNegative) implements JobRecord {
        /** The event's place in the input: its article's, then its place among the article's events. */
        String order() {
            return InputOrder.event(articleOrder, ordinal);
        }

        org.tessera.tone.DocumentTone tone() {
            return new org.tessera.tone.DocumentTone(toneWords, tonePositive, toneNegative);
        }
    }

    /**
     * What grouping articles into stories needs of one article of a coded document.
     *
     * @param order     the article's place in the input ({@link InputOrder#article})
     * @param signature its MinHash signature where the store would compare it (coded, long enough), else null
     * @param site      the site GDELT counts as its source ({@code GdeltFormat.site})
     * @param toneWords the article's own tone counts (a copy's mentions carry its own document tone)
     * @param reused    whether it was not annotated, found before annotation to copy another article ({@link CopyClaims})
     */
    record CodedArticle(String order, long[] signature, String site, String url, String docId, String text, int offset,
                        int toneWords, int tonePositive, int toneNegative, boolean reused) implements JobRecord {
        org.tessera.tone.DocumentTone tone() {
            return new org.tessera.tone.DocumentTone(toneWords, tonePositive, toneNegative);
        }
    }

    /**
     * One input that could not be read or coded, or one article that was skipped.
     *
     * @param input  the file, record or document id it concerns
     * @param stage  {@code read}, {@code code} or {@code skip}
     * @param reason one line saying what went wrong
     */
    record Problem(String input, String stage, String reason) implements JobRecord {
        public Problem {
            reason = reason == null ? "" : reason.replaceAll("\\s+", " ").strip();
        }

        /** The line written to the job's {@code _errors} output. */
        public String toJson() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("input", input);
            m.put("stage", stage);
            m.put("reason", reason);
            try {
                return new ObjectMapper().writeValueAsString(m);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
