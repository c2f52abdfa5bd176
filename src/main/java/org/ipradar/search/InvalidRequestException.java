package org.ipradar.search;

/** A request that cannot be answered as asked: carries a stable snake_case code and the parameter at fault. */
public class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String field;

    public InvalidRequestException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** The stable error code, such as {@code invalid_limit}. */
    public String code() {
        return code;
    }

    /** The parameter at fault, or null. */
    public String field() {
        return field;
    }
}
