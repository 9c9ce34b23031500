package org.tessera.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The limits every {@link InputFormat} applies, so that no input, whatever its format, can make
 * intake hold more than one page's worth of bytes: a file read as one page (text, HTML, a whole feed),
 * a WARC record's body and a JSON Lines line each stop at {@code maxPageBytes}. Limits count the
 * bytes after inflating, and reading stops one byte past the limit, so a small file that inflates to
 * gigabytes (a gzip bomb) is cut off rather than read.
 *
 * @param maxPageBytes the most bytes (characters, for a JSON Lines line) one page may have
 */
public record ReadLimits(long maxPageBytes) {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    public ReadLimits {
        if (maxPageBytes <= 0) throw new IllegalArgumentException("maxPageBytes must be positive");
    }

    /**
     * All of {@code in} as one page.
     *
     * @param knownSize its size where known before reading (then a page over the limit is not read at
     *                  all), or -1
     * @throws OverLimit when it holds more than {@link #maxPageBytes()} bytes
     */
    public byte[] page(InputStream in, long knownSize) throws IOException {
        // One message whether or not the size was known, so a file reports alike from a path and a stream.
        OverLimit over = new OverLimit("over the limit of " + maxPageBytes + " bytes");
        if (knownSize > maxPageBytes) throw over;
        byte[] bytes = in.readNBytes((int) Math.min(MAX_ARRAY, maxPageBytes + 1));
        if (bytes.length > maxPageBytes) throw over;
        return bytes;
    }

    /**
     * The next line of {@code in}, without its line end, or null at the end of input. A line longer
     * than the limit comes back as {@link Line#overLimit()}, its rest skipped without being kept.
     */
    public Line line(Reader in) throws IOException {
        StringBuilder b = new StringBuilder();
        boolean over = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (over) continue;
            if (b.length() >= maxPageBytes) {
                over = true;
                b.setLength(0);
                continue;
            }
            b.append((char) c);
        }
        if (c == -1 && b.length() == 0 && !over) return null;
        if (over) return new Line("", true);
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == '\r') b.setLength(end - 1);
        return new Line(b.toString(), false);
    }

    /** The message a line over the limit is reported with. */
    public String lineOverLimit() {
        return "line over the limit of " + maxPageBytes + " characters, skipped";
    }

    /** One line of text, or the mark of a line that was over the limit (its text then empty). */
    public record Line(String text, boolean overLimit) {
    }

    /** A page or record over the limit. */
    public static final class OverLimit extends IOException {
        OverLimit(String message) {
            super(message);
        }
    }
}
