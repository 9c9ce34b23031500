package org.tessera.model;

/**
 * How an article's publication date was found. The contract's {@code date_source} only says
 * "document"; this says whether the page gave it or a fallback stood in for it.
 */
public enum DocumentDateOrigin {
    /** Read from the page itself (meta tag, byline, dateline). */
    PAGE,
    /** The page gave none; the user's {@code --date} stood in. */
    OPTION,
    /** The page gave none and no {@code --date}; the file's modification time stood in. */
    FILE_TIME,
    /** Nothing at all. */
    NONE;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
