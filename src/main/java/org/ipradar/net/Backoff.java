package org.ipradar.net;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Exponential backoff for a failing source, as a pure function of the number of consecutive failures and the time of
 * the last attempt, so the failure count can live in the database.
 *
 * @param base the wait after the first failure; each further failure doubles it
 * @param cap the longest wait
 */
public record Backoff(Duration base, Duration cap) {
    /** One minute doubling up to a day. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(24));

    /** Checks the values. */
    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, got base=" + base + " cap=" + cap);
        }
    }

    /** Backoff starting at a source's poll interval (so each failure doubles it), capped at a day or the interval. */
    public static Backoff forInterval(Duration every) {
        Duration day = Duration.ofHours(24);
        return new Backoff(every, every.compareTo(day) > 0 ? every : day);
    }

    /** The wait after {@code failures} consecutive failures: zero for none, then base, 2 base, 4 base ... up to cap. */
    public Duration delay(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long capNanos = cap.toNanos();
        long d = base.toNanos();
        for (int i = 1; i < failures; i++) {
            if (d > capNanos / 2) {
                return cap;
            }
            d *= 2;
        }
        return Duration.ofNanos(Math.min(d, capNanos));
    }

    /**
     * When the source may be fetched again: its poll interval after the last attempt, pushed back by the backoff for
     * its failures and by the server's Retry-After (null when none), whichever is latest.
     */
    public Instant nextAttempt(Instant lastAttempt, Duration every, int failures, Duration retryAfter) {
        Duration wait = every;
        Duration back = delay(failures);
        if (back.compareTo(wait) > 0) {
            wait = back;
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return lastAttempt.plus(wait);
    }
}
