package org.ipradar.ingest;

/** A list or article page that cannot be read as HTML, or from which no text could be extracted. */
public final class UnreadablePageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadablePageException(String message) {
        super(message);
    }
}
