package org.ipradar.auth;

/**
 * A token just made: the secret is here once and nowhere else.
 *
 * @param info the token as it will be listed
 * @param secret the token to send as {@code Authorization: Bearer SECRET}
 */
public record NewToken(ApiToken info, String secret) {}
