package org.ipradar.ingest;

/** A payload that is not a feed we can read: not XML, not RSS or Atom, or cut off; carries line and column if known. */
public class UnreadableFeedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public UnreadableFeedException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** The line of the error, or -1. */
    public int line() {
        return line;
    }

    /** The column of the error, or -1. */
    public int column() {
        return column;
    }
}
