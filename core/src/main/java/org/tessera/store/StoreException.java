package org.tessera.store;

/** The store could not do what was asked (database unreadable, disk full...); the message names the store or query. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
