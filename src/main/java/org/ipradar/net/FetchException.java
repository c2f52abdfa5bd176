package org.ipradar.net;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** A fetch that brought back no payload, with a {@link Reason} and a message naming the address. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Reason {
        /** The host resolved to a forbidden address (loopback, private, link-local, metadata ...). */
        BLOCKED,
        /** The whole-request time limit passed. */
        TIMEOUT,
        /** The payload passed the size cap after decompression. */
        TOO_LARGE,
        /** The server answered a status other than 2xx, 304 or a followed redirect. */
        HTTP_STATUS,
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** A redirect led back to an address already visited. */
        REDIRECT_LOOP,
        /** The address (or a redirect) uses a scheme other than http and https. */
        BAD_SCHEME,
        /** The host name could not be resolved. */
        DNS,
        /** The connection failed or broke. */
        NETWORK,
        /** The connection closed before the whole payload arrived. */
        TRUNCATED,
        /** robots.txt forbids the address to our user agent. */
        ROBOTS_DISALLOWED,
        /** The host asked us (Retry-After) to wait longer than we wait in line; try again after {@link #retryAfter}. */
        DEFERRED
    }

    private final Reason reason;
    private final URI url;
    private final Integer status;
    private final Duration retryAfter;

    /** Creates the exception; {@code status} and {@code retryAfter} may be null. */
    public FetchException(Reason reason, URI url, Integer status, Duration retryAfter, String message,
            Throwable cause) {
        super(url + ": " + message, cause);
        this.reason = reason;
        this.url = url;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** Why the fetch failed. */
    public Reason reason() {
        return reason;
    }

    /** The address that failed (a redirect hop when the failure happened there). */
    public URI url() {
        return url;
    }

    /** The HTTP status, when a response was received. */
    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    /** How long the server asked us to wait (Retry-After on 429 and 503, or the wait left for DEFERRED). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
