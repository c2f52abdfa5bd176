package org.ipradar.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argon2id password hashes in PHC form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) through Password4j, with at
 * most a few hashes computed at once so a wave of logins cannot take the processors from search.
 */
public final class PasswordHasher {
    private static final Logger log = LoggerFactory.getLogger(PasswordHasher.class);

    /** OWASP's Argon2id choice: 19 MiB of memory. */
    public static final int MEMORY_KIB = 19 * 1024;
    /** OWASP's Argon2id choice: 2 passes. */
    public static final int ITERATIONS = 2;
    /** OWASP's Argon2id choice: 1 lane. */
    public static final int PARALLELISM = 1;
    /** Hashes computed at once; the rest wait. */
    public static final int CONCURRENT = 2;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final long WAIT_SECONDS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Argon2Function function;
    private final Semaphore permits;
    private volatile String dummy;

    /** A hasher with the given Argon2id cost; tests use a cheap one, everything else {@link #standard()}. */
    public PasswordHasher(int memoryKiB, int iterations, int parallelism, int concurrent) {
        this.function = Argon2Function.getInstance(memoryKiB, iterations, parallelism, HASH_BYTES, Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
        this.permits = new Semaphore(concurrent, true);
    }

    /** The hasher with OWASP's parameters (m = 19 MiB, t = 2, p = 1), two hashes at a time. */
    public static PasswordHasher standard() {
        return new PasswordHasher(MEMORY_KIB, ITERATIONS, PARALLELISM, CONCURRENT);
    }

    /** The PHC string of a new hash of the (already normalized) password with a random salt. */
    public String hash(String password) {
        acquire();
        try {
            return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
        } finally {
            permits.release();
        }
    }

    /** Whether the password matches the stored PHC string, which carries its own parameters and salt. */
    public boolean verify(String password, String stored) {
        Argon2Function f;
        try {
            f = Argon2Function.getInstanceFromHash(stored);
        } catch (RuntimeException e) {
            log.error("a stored password hash cannot be read ({}); that account cannot sign in until its password"
                    + " is set again", e.getMessage());
            f = null;
        }
        acquire();
        try {
            if (f == null) {
                // spend the same time as a real check, so a broken row does not stand out
                Password.check(password, dummyHash()).with(function);
                return false;
            }
            return Password.check(password, stored).with(f);
        } finally {
            permits.release();
        }
    }

    /** Whether a stored hash was made with other parameters than this hasher's, so it should be made again. */
    public boolean needsRehash(String stored) {
        try {
            return !Argon2Function.getInstanceFromHash(stored).equals(function);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Checks a password against a hash of nothing anyone knows, taking as long as a real check: used for unknown
     * users so a wrong name and a wrong password cannot be told apart by time.
     */
    public void verifyNothing(String password) {
        verify(password, dummyHash());
    }

    private String dummyHash() {
        String d = dummy;
        if (d == null) {
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            d = Password.hash(Base64.getEncoder().encodeToString(b)).addRandomSalt(SALT_BYTES).with(function)
                    .getResult();
            dummy = d;
        }
        return d;
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AuthException("busy", null, "too many sign-ins at once; try again in a few seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthException("busy", null, "interrupted while waiting to check a password");
        }
    }
}
