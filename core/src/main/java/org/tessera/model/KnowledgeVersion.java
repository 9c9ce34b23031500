package org.tessera.model;

import java.util.Objects;

/**
 * One knowledge file an event was coded with and a digest of its bytes, so a user can tell which
 * lexicon, dictionary or word list coded it (the first 16 hex digits of its SHA-256).
 */
public record KnowledgeVersion(String file, String sha256) {
    public KnowledgeVersion {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }
}
