package org.ipradar.store;

/** The store could not read or write: the SQLite file or the raw payload folder failed. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
