package org.ipradar.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The login allowances: 5 per account per 15 minutes, 20 per address per minute, refilled steadily. */
class LoginLimiterTest {
    /** A clock the test moves by hand. */
    static final class FakeTime implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    final FakeTime time = new FakeTime();
    final LoginLimiter limiter = new LoginLimiter(LoginLimiter.PER_ACCOUNT, LoginLimiter.ACCOUNT_WINDOW,
            LoginLimiter.PER_ADDRESS, LoginLimiter.ADDRESS_WINDOW, time);

    @Test
    void theSixthAttemptOnOneAccountFromManyAddressesWaitsThreeMinutes() {
        List<Long> waits = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            waits.add(limiter.tryAttempt("alice", "198.51.100." + i));
        }
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 180L), waits);
        time.advance(Duration.ofSeconds(179));
        assertEquals(1L, limiter.tryAttempt("alice", "198.51.100.7"));
        time.advance(Duration.ofSeconds(1));
        assertEquals(0L, limiter.tryAttempt("alice", "198.51.100.8"), "one attempt back every 3 minutes");
        assertEquals(0L, limiter.tryAttempt("bob", "198.51.100.8"), "other accounts are not held");
    }

    @Test
    void theTwentyFirstAttemptFromOneAddressAcrossAccountsWaitsThreeSeconds() {
        for (int i = 0; i < 20; i++) {
            assertEquals(0L, limiter.tryAttempt("user" + i, "203.0.113.9"), "attempt " + (i + 1));
        }
        assertEquals(3L, limiter.tryAttempt("user20", "203.0.113.9"));
        assertEquals(0L, limiter.tryAttempt("user20", "203.0.113.10"), "other addresses are not held");
        time.advance(Duration.ofSeconds(3));
        assertEquals(0L, limiter.tryAttempt("user21", "203.0.113.9"));
    }

    @Test
    void signingInGivesTheAccountItsAllowanceBack() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAttempt("carol", "192.0.2.1");
        }
        limiter.succeeded("carol");
        for (int i = 0; i < 5; i++) {
            assertEquals(0L, limiter.tryAttempt("carol", "192.0.2.2"), "attempt " + (i + 1) + " after sign-in");
        }
        assertEquals(180L, limiter.tryAttempt("carol", "192.0.2.3"));
    }

    @Test
    void aNameThatDoesNotExistIsLimitedTheSameWay() {
        for (int i = 0; i < 5; i++) {
            assertEquals(0L, limiter.tryAttempt("nobody-at-all", "192.0.2." + i));
        }
        assertEquals(180L, limiter.tryAttempt("nobody-at-all", "192.0.2.99"));
    }
}
