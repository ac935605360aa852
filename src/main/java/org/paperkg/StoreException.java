package org.paperkg;

/** The store cannot be opened, read or written: locked, missing, corrupt. Exit code 1. */
public class StoreException extends KgException {
    public StoreException(String message) {
        super(FAILURE, message);
    }

    public StoreException(String message, Throwable cause) {
        super(FAILURE, message, cause);
    }
}
