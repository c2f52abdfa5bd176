package org.ipradar.auth;

import java.time.Instant;

/**
 * An API token as listed: never the token itself, which is shown once when made and stored only as a hash.
 *
 * @param id the number to revoke it by
 * @param user the owner's name
 * @param label what the token is for, as given when it was made
 * @param created when it was made
 * @param lastUsed when it last authenticated a request (to the minute), or null
 * @param revoked when it was revoked, or null while it works
 */
public record ApiToken(long id, String user, String label, Instant created, Instant lastUsed, Instant revoked) {}
