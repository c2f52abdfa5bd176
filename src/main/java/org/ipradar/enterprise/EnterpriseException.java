package org.ipradar.enterprise;

/**
 * Why an operation on a firm was refused, with a stable snake_case code and a sentence that says why; the
 * {@link Reason} carries the HTTP status the web layer answers with (400, 403, 404, 409), also when another package's
 * route lets the exception of {@link EnterpriseService#require} pass.
 */
public class EnterpriseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code of an admin's refusal: admins assign consultants but see no firm's confidential content. */
    public static final String ADMIN_NO_CONTENT = "admin_no_content";

    /** The kind of refusal, with its HTTP status. */
    public enum Reason {
        /** Bad input: 400. */
        INVALID(400),
        /**
         * The actor is known to work with firms but may not do this: a consultant assigning colleagues, or an admin
         * (not assigned as consultant) asking for a firm's content: 403.
         */
        FORBIDDEN(403),
        /** No such firm, or not one the actor may see: 404. */
        NOT_FOUND(404),
        /** The profile changed since the client read it: 409 with the current version. */
        STALE(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        /** The HTTP status this refusal is answered with. */
        public int status() {
            return status;
        }
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

    /**
     * An admin who is not an assigned consultant of the firm asked for its confidential content (its profile, service
     * record, risk-patent lists, reports): code {@value #ADMIN_NO_CONTENT}. Only for a firm that exists; an unknown id
     * is {@link EnterpriseNotFound} for admins too.
     */
    public static EnterpriseException adminNoContent() {
        return forbidden(ADMIN_NO_CONTENT, "admins assign consultants to firms but do not see or change a firm's"
                + " confidential content (profile, service record, risk-patent lists, reports); only the consultants"
                + " assigned to it do");
    }

    /**
     * An admin who is not a consultant tried to create a firm: code {@value #ADMIN_NO_CONTENT}, since a profile is
     * confidential content, entered by the consultant who serves the firm.
     */
    public static EnterpriseException adminMayNotCreate() {
        return forbidden(ADMIN_NO_CONTENT, "admins do not create firms: a firm's profile is confidential content,"
                + " entered by a consultant who serves it (and is assigned to it on creation); admins then assign"
                + " other consultants");
    }

    /** A save based on an old version: code {@code stale}, with the version now stored. */
    public static EnterpriseException stale(long expected, long current) {
        return new EnterpriseException(Reason.STALE, "stale", "the firm's profile was changed by someone else since"
                + " you opened it (you edited version " + expected + ", it is now at version " + current
                + "); reload it and apply your changes again", "version", current);
    }

    /** The kind of refusal. */
    public Reason reason() {
        return reason;
    }

    /** The HTTP status of the refusal, from its {@link Reason}. */
    public int status() {
        return reason.status();
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
