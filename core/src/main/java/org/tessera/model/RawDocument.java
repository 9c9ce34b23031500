package org.tessera.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Bytes as they arrived, before any cleaning.
 *
 * @param id          the document id used in every output record (a file name, URL or record id)
 * @param origin      where it came from, for error messages (a path or URL)
 * @param content     the raw bytes; never modified
 * @param mediaType   a hint such as {@code text/html} or {@code text/plain}; may be empty when unknown
 * @param modified    the file time or fetch time, used as the last-resort publication date; may be null
 */
public record RawDocument(String id, String origin, byte[] content, String mediaType, Instant modified) {
    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
        mediaType = mediaType == null ? "" : mediaType;
    }
}
