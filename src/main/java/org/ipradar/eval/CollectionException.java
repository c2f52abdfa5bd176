package org.ipradar.eval;

/** A collection file (documents, queries, judgments) that cannot be read or used; the message names file and line. */
public final class CollectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem described by the message. */
    public CollectionException(String message) {
        super(message);
    }

    /** A problem caused by another exception. */
    public CollectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
