package org.ipradar.patent.read;

import java.io.IOException;

/** A file that is not in any patent format this package reads (the message names the file and says why). */
public final class PatentFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A file that cannot be read, with the reason naming it. */
    public PatentFormatException(String message) {
        super(message);
    }
}
