package org.tessera.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tessera.model.KnowledgeVersion;

/** Digests of knowledge files, so every event can say which version of the lexicon and dictionaries coded it. */
public final class KnowledgeDigest {
    /** Hex digits kept of the SHA-256: enough to tell versions apart, short enough for every event. */
    private static final int DIGITS = 16;

    private KnowledgeDigest() {
    }

    /** Our bundled data files by classpath name; a missing one is a build error. */
    public static List<KnowledgeVersion> resources(List<String> names) {
        List<KnowledgeVersion> out = new ArrayList<>(names.size());
        for (String n : names) {
            try (InputStream in = KnowledgeDigest.class.getClassLoader().getResourceAsStream(n)) {
                if (in == null) throw new IllegalStateException("missing data file on the classpath: " + n);
                out.add(new KnowledgeVersion(n.substring(n.lastIndexOf('/') + 1), digest(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A user's files (PETRARCH dictionaries), named by file name. */
    public static List<KnowledgeVersion> files(List<Path> files) throws IOException {
        List<KnowledgeVersion> out = new ArrayList<>(files.size());
        for (Path p : files) out.add(new KnowledgeVersion(p.getFileName().toString(), digest(Files.readAllBytes(p))));
        return out;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
