package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");

    @ParameterizedTest
    @CsvSource({"0, PT0S", "1, PT1M", "2, PT2M", "3, PT4M", "10, PT8H32M", "11, PT17H4M", "12, PT24H", "13, PT24H",
        "1000, PT24H", "-1, PT0S"})
    void defaultDoublesFromOneMinuteUpToADay(int failures, String expected) {
        assertEquals(Duration.parse(expected), Backoff.DEFAULT.delay(failures));
    }

    @ParameterizedTest
    @CsvSource({"0, PT6H", "1, PT6H", "2, PT12H", "3, PT24H", "4, PT24H"})
    void fromThePollIntervalEachFailureDoublesIt(int failures, String expected) {
        Backoff b = Backoff.forInterval(Duration.ofHours(6));

        assertEquals(T.plus(Duration.parse(expected)), b.nextAttempt(T, Duration.ofHours(6), failures, null));
    }

    @Test
    void nextAttemptIsTheLatestOfIntervalBackoffAndRetryAfter() {
        Backoff b = Backoff.DEFAULT;

        assertEquals(T.plus(Duration.ofMinutes(30)), b.nextAttempt(T, Duration.ofMinutes(30), 2, null));
        assertEquals(T.plus(Duration.ofMinutes(64)), b.nextAttempt(T, Duration.ofMinutes(30), 7, null));
        assertEquals(T.plus(Duration.ofHours(3)), b.nextAttempt(T, Duration.ofMinutes(30), 7, Duration.ofHours(3)));
        assertEquals(T.plus(Duration.ofMinutes(30)), b.nextAttempt(T, Duration.ofMinutes(30), 0, Duration.ofMinutes(5)));
    }

    @Test
    void intervalLongerThanADayIsItsOwnCap() {
        Backoff b = Backoff.forInterval(Duration.ofDays(7));

        assertEquals(Duration.ofDays(7), b.delay(5));
    }

    @Test
    void rejectsBaseAboveCap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofHours(2), Duration.ofHours(1)));
        assertEquals("need 0 < base <= cap, got base=PT2H cap=PT1H", e.getMessage());
    }
}
