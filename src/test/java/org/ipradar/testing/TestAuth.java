package org.ipradar.testing;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthSettings;
import org.ipradar.auth.LoginLimiter;
import org.ipradar.auth.PasswordHasher;
import org.ipradar.auth.PasswordPolicy;
import org.ipradar.auth.Role;
import org.ipradar.auth.User;

/** Accounts for tests: Argon2id at a tiny cost so a test can sign in many times; the real cost is tested once. */
public final class TestAuth {
    /** A password every test user has; long enough and not on the common list. */
    public static final String PASSWORD = "correct-horse-battery";

    private TestAuth() {}

    /** The cheap hasher: Argon2id with 64 KiB and one pass. */
    public static PasswordHasher cheapHasher() {
        return new PasswordHasher(64, 1, 1, 2);
    }

    /** Accounts over the services' database with the cheap hasher, the usual login limits and the system clock. */
    public static Auth cheap(Services services) {
        return cheap(services, LoginLimiter.standard(), AuthSettings.defaults());
    }

    /** Accounts with the cheap hasher and the given limiter and settings. */
    public static Auth cheap(Services services, LoginLimiter limiter, AuthSettings settings) {
        return new Auth(services.database(), services.audit(), settings, cheapHasher(), PasswordPolicy.standard(),
                limiter, Clock.systemUTC());
    }

    /** A limiter that never refuses, for tests that sign in far more often than people do. */
    public static LoginLimiter unlimited() {
        return new LoginLimiter(1_000_000, Duration.ofMinutes(1), 1_000_000, Duration.ofMinutes(1),
                TimeMeter.SYSTEM_NANOTIME);
    }

    /** Adds a user with {@link #PASSWORD} and the given roles. */
    public static User add(Auth auth, String name, Role... roles) {
        return auth.addUser(name, java.util.EnumSet.copyOf(java.util.List.of(roles)), PASSWORD, "test");
    }
}
