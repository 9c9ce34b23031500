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

    /** A serialisable {@link RawDocument} (the core's record is not, and need not be). */
    record InputDocument(String id, String origin, byte[] content, String mediaType, Long modifiedMillis)
            implements JobRecord {
        static InputDocument of(RawDocument d) {
            return new InputDocument(d.id(), d.origin(), d.content(), d.mediaType(),
                    d.modified() == null ? null : d.modified().toEpochMilli());
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
    record CodedEvent(String json, int sentenceIndex, int articleLength, int toneWords, int tonePositive, int toneNegative)
            implements JobRecord {
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
