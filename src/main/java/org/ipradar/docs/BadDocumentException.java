package org.ipradar.docs;

/** A JSON document that cannot be imported: the field at fault (or null for the line as a whole) and why. */
public final class BadDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** A problem with one field. */
    public BadDocumentException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null when the line as a whole is wrong (not JSON, not an object). */
    public String field() {
        return field;
    }
}
