package org.ipradar.net;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One fetch to make.
 *
 * @param url the http or https address
 * @param purpose what the payload is for (Accept header, robots.txt)
 * @param etag the ETag from the last fetch, sent back as If-None-Match, or null
 * @param lastModified the Last-Modified from the last fetch, sent back verbatim as If-Modified-Since, or null
 * @param timeout the limit on the time spent talking to servers, across all redirect hops (waiting for the host's
 *     turn is not counted)
 * @param maxBytes the cap on the payload after decompression
 * @param delay the least time between two requests to the same host (raised by robots.txt Crawl-delay)
 */
public record FetchRequest(URI url, Purpose purpose, String etag, String lastModified, Duration timeout,
        long maxBytes, Duration delay) {
    /** The delay between requests to one host when the configuration gives none. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
    /** The time limit when the configuration gives none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** The size cap when the configuration gives none. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** Checks the values. */
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(delay, "delay");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** A request with no validators and the default timeout, size cap and delay. */
    public static FetchRequest of(URI url, Purpose purpose) {
        return new FetchRequest(url, purpose, null, null, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_DELAY);
    }

    /** A copy that sends these validators (either may be null). */
    public FetchRequest withValidators(String newEtag, String newLastModified) {
        return new FetchRequest(url, purpose, newEtag, newLastModified, timeout, maxBytes, delay);
    }

    /** A copy with another time limit. */
    public FetchRequest withTimeout(Duration newTimeout) {
        return new FetchRequest(url, purpose, etag, lastModified, newTimeout, maxBytes, delay);
    }

    /** A copy with another size cap. */
    public FetchRequest withMaxBytes(long newMaxBytes) {
        return new FetchRequest(url, purpose, etag, lastModified, timeout, newMaxBytes, delay);
    }

    /** A copy with another delay between requests to the same host. */
    public FetchRequest withDelay(Duration newDelay) {
        return new FetchRequest(url, purpose, etag, lastModified, timeout, maxBytes, newDelay);
    }
}
