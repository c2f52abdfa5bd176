package org.ipradar.ingest;

import java.net.URI;

/** A fetch that did not bring back a payload: an HTTP error status, a network failure, a timeout or a size cap. */
public class FetchFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final URI url;
    private final Integer status;

    public FetchFailedException(URI url, Integer status, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.status = status;
    }

    /** The address that failed. */
    public URI url() {
        return url;
    }

    /** The HTTP status, or null when no response was received. */
    public Integer status() {
        return status;
    }
}
