package org.ipradar.country;

/**
 * Why a profile operation was refused, with a stable snake_case code and a sentence that says why; the web layer maps
 * the {@link Reason} to a status (400, 403, 404, 409).
 */
public final class CountryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of refusal. */
    public enum Reason {
        /** Bad input: 400. */
        INVALID,
        /** Not allowed for this actor: 403. */
        FORBIDDEN,
        /** No profile for the code, or no such fact: 404. */
        NOT_FOUND,
        /** The profile changed since the client read it: 409 with the current version. */
        STALE
    }

    private final Reason reason;
    private final String code;
    private final String field;
    private final Long currentVersion;

    private CountryException(Reason reason, String code, String message, String field, Long currentVersion) {
        super(message);
        this.reason = reason;
        this.code = code;
        this.field = field;
        this.currentVersion = currentVersion;
    }

    /** Bad input with its code and the field at fault. */
    public static CountryException invalid(String code, String field, String message) {
        return new CountryException(Reason.INVALID, code, message, field, null);
    }

    /** Not allowed for this actor. */
    public static CountryException forbidden(String message) {
        return new CountryException(Reason.FORBIDDEN, "editor_only", message, null, null);
    }

    /** No such profile or fact. */
    public static CountryException notFound(String message) {
        return new CountryException(Reason.NOT_FOUND, "not_found", message, null, null);
    }

    /** A save based on an old version, with the version now current. */
    public static CountryException stale(String code, long expected, long current) {
        return new CountryException(Reason.STALE, "stale", "the " + code + " profile was changed by someone else"
                + " since you opened it (you edited version " + expected + ", it is now at version " + current
                + "); reload it and apply your changes again", "version", current);
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

    /** For {@link Reason#STALE}: the version now current; else null. */
    public Long currentVersion() {
        return currentVersion;
    }
}
