package org.ipradar.enterprise;

/**
 * Why an operation on a firm was refused, with a stable snake_case code and a sentence that says why; the web layer
 * maps the {@link Reason} to a status (400, 403, 404, 409).
 */
public class EnterpriseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of refusal. */
    public enum Reason {
        /** Bad input: 400. */
        INVALID,
        /** The actor may see the firm but not do this (a consultant assigning colleagues): 403. */
        FORBIDDEN,
        /** No such firm, or not one the actor may see: 404. */
        NOT_FOUND,
        /** The profile changed since the client read it: 409 with the current version. */
        STALE
    }

    private final Reason reason;
    private final String code;
    private final String field;
    private final Long currentVersion;

    /** A refusal with every detail; the factories below are the usual way to make one. */
    protected EnterpriseException(Reason reason, String code, String message, String field, Long currentVersion) {
        super(message);
        this.reason = reason;
        this.code = code;
        this.field = field;
        this.currentVersion = currentVersion;
    }

    /**
     * Bad input in a field such as {@code markets} or {@code products[1].name}: code {@code invalid_} and the
     * top-level field ({@code invalid_markets}, {@code invalid_products}).
     */
    public static EnterpriseException invalid(String field, String message) {
        String top = field.split("[\\[.]", 2)[0];
        return new EnterpriseException(Reason.INVALID, "invalid_" + top.replaceAll("[^A-Za-z0-9]+", "_"), message,
                field, null);
    }

    /** Not allowed for this actor, who may nonetheless see the firm. */
    public static EnterpriseException forbidden(String code, String message) {
        return new EnterpriseException(Reason.FORBIDDEN, code, message, null, null);
    }

    /** A save based on an old version: code {@code stale}, with the version now stored. */
    public static EnterpriseException stale(long expected, long current) {
        return new EnterpriseException(Reason.STALE, "stale", "the firm's profile was changed by someone else since"
                + " you opened it (you edited version " + expected + ", it is now at version " + current
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

    /** For {@link Reason#STALE}: the version now stored; else null. */
    public Long currentVersion() {
        return currentVersion;
    }
}
