package org.ipradar.store;

import java.time.Instant;

/**
 * An entry of the audit log as it was written; entries are never changed or deleted.
 *
 * @param id the entry's number, increasing
 * @param at when it was written, UTC
 * @param actor who did it
 * @param action what was done
 * @param objectType what kind of object
 * @param objectId which object, or null
 * @param summary a short sentence
 * @param result {@code ok}, {@code denied} or {@code failed}
 * @param address the client address, or null
 */
public record AuditEntry(long id, Instant at, String actor, String action, String objectType, String objectId,
        String summary, String result, String address) {}
