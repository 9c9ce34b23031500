package org.tessera.watch;

/** A fetch that gave no usable page; the message says what was wrong, for the source's error line. */
public final class FetchException extends Exception {
    private final boolean permanent;

    FetchException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    FetchException(String message) {
        this(message, false);
    }

    /** Whether trying again cannot help (robots.txt forbids it, a 404, a content type we do not read). */
    public boolean permanent() {
        return permanent;
    }
}
