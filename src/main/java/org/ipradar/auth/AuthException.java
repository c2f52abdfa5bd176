package org.ipradar.auth;

/** A request about accounts that cannot be done as asked, with a stable snake_case code and the field at fault. */
public class AuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String field;

    /** An error with its code, the field at fault (or null) and a sentence naming what was wrong. */
    public AuthException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** The stable code, such as {@code password_too_short}. */
    public String code() {
        return code;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }
}
