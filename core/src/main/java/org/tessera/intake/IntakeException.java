package org.tessera.intake;

/**
 * A document that cannot be read. The message is one line naming the input and what is wrong,
 * ready to print on stderr; the batch goes on with the other documents.
 */
public final class IntakeException extends Exception {
    public IntakeException(String origin, String reason) {
        super(origin + ": " + reason);
    }

    public IntakeException(String origin, String reason, Throwable cause) {
        super(origin + ": " + reason, cause);
    }
}
