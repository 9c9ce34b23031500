package org.tessera.spark;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keys that sort documents, articles and events in the order {@code tessera ingest} reads them: files
 * in the byte order of their paths (a folder's sorted walk), documents in their order within the
 * file, articles and events in theirs. Spark's partitions carry no order; these keys give the job one
 * that does not depend on how the input was split, so story grouping and GLOBALEVENTIDs come out the
 * same on any partitioning. Paths are written in hex, then a space (which sorts before every hex digit),
 * so that a path sorts before the longer paths it begins.
 */
final class InputOrder {
    private InputOrder() {
    }

    static String document(String path, int position) {
        return HexFormat.of().formatHex(path.getBytes(StandardCharsets.UTF_8)) + String.format(Locale.ROOT, " %010d", position);
    }

    static String article(String documentOrder, int articleIndex) {
        return documentOrder + String.format(Locale.ROOT, " %06d", articleIndex);
    }

    /** The document an article's key belongs to: the inverse of {@link #article}. */
    static String documentOf(String articleOrder) {
        return articleOrder.substring(0, articleOrder.length() - 7);
    }

    static String event(String articleOrder, int ordinal) {
        return articleOrder + String.format(Locale.ROOT, " %06d", ordinal);
    }
}
