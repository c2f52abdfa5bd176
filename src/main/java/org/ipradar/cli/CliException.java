package org.ipradar.cli;

/** A command that cannot do what was asked; its message is printed as the one-line reason. */
class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
