package org.tessera.server;

/** A request the API refuses, answered as 400 with {@code {"error": message}}. */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }
}
