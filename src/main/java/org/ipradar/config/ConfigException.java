package org.ipradar.config;

/** A configuration mistake, naming the file, the entry and what was wrong, so the program can stop at start. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
