package org.tessera.intake;

import java.io.IOException;

/**
 * One kind of input that {@link InputExpander} can read: it says whether it reads an input, and
 * expands one into raw documents. Formats are tried in the order {@link InputFormats#standard()}
 * lists them; the first that recognises an input reads it. A format applies the limits of
 * {@link Expansion#limits()} to everything it reads, reports a bad record through
 * {@link Expansion#error(String, String)} and goes on with the next; it throws only when the whole
 * input cannot be read, and the dispatcher turns that into one line naming the input.
 */
public interface InputFormat {
    /** Whether this format reads {@code input}, judged from its name and, for a file, its first bytes. */
    boolean recognises(Input input) throws IOException;

    /** Hands the documents {@code input} holds to {@code out}; never closes the input's streams. */
    void expand(Input input, Expansion out) throws IOException;
}
