package org.tessera.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One input handed to the {@link InputFormat}s: a folder, or a file's bytes with its id, origin and
 * time. A file whose name ends in {@code .gz} is inflated as it is read, so every limit counts
 * inflated bytes and formats see the name it has without {@code .gz}. An input is read once: a
 * format reads either {@link #content()} or {@link #raw()}, not both.
 */
public final class Input {
    private static final int HEAD_BYTES = 4096;

    private final String id;
    private final String origin;
    private final String name;
    private final Instant modified;
    private final long size;
    private final Path folder;
    private final InputStream raw;
    /** Opened on first use: a format that reads {@link #raw()} must not have the file inflated under it. */
    private BufferedInputStream content;

    private Input(String id, String origin, String name, Instant modified, long size, Path folder, InputStream raw) {
        this.id = id;
        this.origin = origin;
        this.name = name;
        this.modified = modified;
        this.size = size;
        this.folder = folder;
        this.raw = raw;
    }

    /** A folder to walk. */
    public static Input folder(Path folder) {
        Path name = folder.getFileName();
        return new Input("", folder.toString(), name == null ? "" : name.toString(), null, -1, folder, InputStream.nullInputStream());
    }

    /**
     * A file's bytes.
     *
     * @param id       the document id of a file that is one document: its path relative to the folder
     *                 being read, or its file name
     * @param origin   the full path or URI, for error lines and provenance
     * @param name     the file name, which decides the format
     * @param raw      the bytes as stored; the caller closes it
     * @param modified the file time, the last-resort publication date; may be null
     * @param size     the stored size in bytes, or -1 where it is not known
     */
    public static Input file(String id, String origin, String name, InputStream raw, Instant modified, long size) {
        return new Input(id, origin, name, modified, size, null, raw);
    }

    public String id() {
        return id;
    }

    public String origin() {
        return origin;
    }

    /** The file name as given, {@code .gz} included. */
    public String name() {
        return name;
    }

    /** The lower-cased file name without a final {@code .gz}: what formats match their endings on. */
    public String baseName() {
        String lower = name.toLowerCase(Locale.ROOT);
        return gzipped() ? lower.substring(0, lower.length() - 3) : lower;
    }

    public boolean gzipped() {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    public boolean isFolder() {
        return folder != null;
    }

    /** The folder to walk; null for a file. */
    public Path folder() {
        return folder;
    }

    /** May be null. */
    public Instant modified() {
        return modified;
    }

    /** The size of {@link #content()} where known before reading it, else -1 (always for an inflated file). */
    public long knownSize() {
        return gzipped() ? -1 : size;
    }

    /** The bytes as stored, for formats that read compressed files themselves (WARC). */
    public InputStream raw() {
        return raw;
    }

    /** The bytes, inflated when the name ends in {@code .gz}. */
    public InputStream content() throws IOException {
        if (content == null) content = new BufferedInputStream(gzipped() ? new GZIPInputStream(raw) : raw);
        return content;
    }

    /** The first few kilobytes of {@link #content()}, left unread for the format that takes the input. */
    public byte[] head() throws IOException {
        if (isFolder()) return new byte[0];
        BufferedInputStream in = (BufferedInputStream) content();
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return head;
    }
}
