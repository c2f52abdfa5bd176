package org.ipradar.desk;

/**
 * Why a desk or bulletin operation was refused, with a stable snake_case code and a sentence that says why; the web
 * layer maps the {@link Reason} to a status (400, 403, 404, 409, 503).
 */
public final class DeskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of refusal. */
    public enum Reason {
        /** Bad input: 400. */
        INVALID,
        /** Not allowed for this actor: 403. */
        FORBIDDEN,
        /** No such object, or not visible to this actor: 404. */
        NOT_FOUND,
        /** The object changed since the client read it: 409 with the current version. */
        STALE,
        /** The object's state does not allow it (publishing too few articles, editing a published bulletin): 409. */
        CONFLICT,
        /** Something the server needs is missing (such as a font for PDF): 503. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final String code;
    private final String field;
    private final Long currentVersion;

    private DeskException(Reason reason, String code, String message, String field, Long currentVersion) {
        super(message);
        this.reason = reason;
        this.code = code;
        this.field = field;
        this.currentVersion = currentVersion;
    }

    /** Bad input in a field: code {@code invalid_FIELD}. */
    public static DeskException invalid(String field, String message) {
        return new DeskException(Reason.INVALID, "invalid_" + field.replaceAll("[^A-Za-z0-9]+", "_"), message, field,
                null);
    }

    /** Bad input with its own code. */
    public static DeskException invalid(String code, String field, String message) {
        return new DeskException(Reason.INVALID, code, message, field, null);
    }

    /** Not allowed for this actor. */
    public static DeskException forbidden(String code, String message) {
        return new DeskException(Reason.FORBIDDEN, code, message, null, null);
    }

    /** No such object, or not visible to this actor. */
    public static DeskException notFound(String message) {
        return new DeskException(Reason.NOT_FOUND, "not_found", message, null, null);
    }

    /** A save based on an old version: code {@code stale}, with the version now stored. */
    public static DeskException stale(String what, long expected, long current) {
        return new DeskException(Reason.STALE, "stale", what + " was changed by someone else since you opened it"
                + " (you edited version " + expected + ", it is now at version " + current
                + "); reload it and apply your changes again", "version", current);
    }

    /** The object's state does not allow the operation. */
    public static DeskException conflict(String code, String message) {
        return new DeskException(Reason.CONFLICT, code, message, null, null);
    }

    /** Something the server needs is missing. */
    public static DeskException unavailable(String code, String message) {
        return new DeskException(Reason.UNAVAILABLE, code, message, null, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The stable snake_case code. */
    public String code() {
        return code;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }

    /** For {@link Reason#STALE}: the version now stored; else null. */
    public Long currentVersion() {
        return currentVersion;
    }
}
