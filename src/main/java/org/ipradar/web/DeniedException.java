package org.ipradar.web;

/**
 * A request refused by the access rules: 401 (not signed in, or a bad token), 403 (wrong role, failed CSRF check, or
 * a route with no rule), with a stable code and a sentence.
 */
final class DeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    DeniedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
