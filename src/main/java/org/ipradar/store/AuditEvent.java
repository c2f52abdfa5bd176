package org.ipradar.store;

/**
 * One thing to write in the audit log: who did what to which object, and how it ended. Never put secrets or
 * confidential content in it (no passwords, hashes, tokens or document text).
 *
 * @param actor the user name, {@code cli:NAME} for the command line, or the name typed at a failed login
 * @param action a snake_case verb such as {@code login}, {@code user_created}, {@code bulletin_published}
 * @param objectType what kind of object, such as {@code user}, {@code session}, {@code token}, {@code bulletin}
 * @param objectId the object's id or name, or null
 * @param summary a short sentence for people reading the log
 * @param result {@code ok}, {@code denied} or {@code failed}
 * @param address the client address, or null when not from the web
 */
public record AuditEvent(String actor, String action, String objectType, String objectId, String summary,
        String result, String address) {
    /** A successful action, with no client address. */
    public static AuditEvent ok(String actor, String action, String objectType, String objectId, String summary) {
        return new AuditEvent(actor, action, objectType, objectId, summary, "ok", null);
    }

    /** The same event from a client address. */
    public AuditEvent from(String clientAddress) {
        return new AuditEvent(actor, action, objectType, objectId, summary, result, clientAddress);
    }

    /** The same event with another result. */
    public AuditEvent withResult(String r) {
        return new AuditEvent(actor, action, objectType, objectId, summary, r, address);
    }
}
