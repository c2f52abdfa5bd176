package org.ipradar.auth;

/**
 * How a sign-in attempt ended.
 *
 * @param outcome what happened
 * @param user the user when signed in, otherwise null
 * @param sessionId the new session's id for the cookie when signed in, otherwise null
 * @param retryAfterSeconds how long to wait when throttled, otherwise 0
 */
public record LoginResult(Outcome outcome, User user, String sessionId, long retryAfterSeconds) {
    /** What happened. */
    public enum Outcome {
        /** Signed in: a new session exists. */
        SIGNED_IN,
        /** The name is unknown or the password wrong; the two are not told apart. */
        WRONG,
        /** The password was right but the account is disabled. */
        DISABLED,
        /** Too many attempts for this account or from this address. */
        THROTTLED
    }

    static LoginResult of(Outcome o) {
        return new LoginResult(o, null, null, 0);
    }
}
