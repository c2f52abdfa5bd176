package org.ipradar.auth;

/**
 * Who is asking, and how they proved it.
 *
 * @param user the user as stored now (roles and disabled flag read on every request)
 * @param via a session cookie or an API token
 * @param sessionHash the stored hash of the session id, or null for a token
 * @param csrf the session's anti-forgery token for forms and {@code X-CSRF-Token}, or null for a token
 * @param tokenId the API token's id, or 0 for a session
 */
public record Principal(User user, Via via, String sessionHash, String csrf, long tokenId) {
    /** How a request proved who it is from. */
    public enum Via {
        /** A session cookie from signing in: unsafe requests also need the CSRF token. */
        SESSION,
        /** An {@code Authorization: Bearer} API token: no cookie, so no CSRF token is needed. */
        TOKEN
    }

    /** The user's name. */
    public String name() {
        return user.name();
    }
}
