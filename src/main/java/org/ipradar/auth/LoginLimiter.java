package org.ipradar.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Login attempts allowed per account and per client address, as Bucket4j token buckets kept in Caffeine caches that
 * forget a key once its bucket would be full again. Unknown names have buckets like real ones, so the answers do not
 * tell which names exist.
 */
public final class LoginLimiter {
    /** Attempts per account in {@link #ACCOUNT_WINDOW}. */
    public static final int PER_ACCOUNT = 5;
    /** The window of the per-account limit. */
    public static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    /** Attempts per client address in {@link #ADDRESS_WINDOW}. */
    public static final int PER_ADDRESS = 20;
    /** The window of the per-address limit. */
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);

    private static final long MAX_KEYS = 100_000;

    private final int perAccount;
    private final Duration accountWindow;
    private final int perAddress;
    private final Duration addressWindow;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    /** A limiter with the given allowances, on the given time source (a test may move it). */
    public LoginLimiter(int perAccount, Duration accountWindow, int perAddress, Duration addressWindow, TimeMeter time) {
        this.perAccount = perAccount;
        this.accountWindow = accountWindow;
        this.perAddress = perAddress;
        this.addressWindow = addressWindow;
        this.time = time;
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(accountWindow).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(addressWindow).build();
    }

    /** 5 attempts per account per 15 minutes and 20 per address per minute, on the system's clock. */
    public static LoginLimiter standard() {
        return new LoginLimiter(PER_ACCOUNT, ACCOUNT_WINDOW, PER_ADDRESS, ADDRESS_WINDOW, TimeMeter.SYSTEM_NANOTIME);
    }

    /**
     * Takes one attempt from the address's and the account's allowance: 0 when the attempt may go ahead, otherwise
     * the whole seconds to wait before the next one can.
     */
    public long tryAttempt(String accountKey, String address) {
        ConsumptionProbe byAddress = addresses.get(address == null ? "" : address,
                k -> bucket(perAddress, addressWindow)).tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            return seconds(byAddress.getNanosToWaitForRefill());
        }
        ConsumptionProbe byAccount = accounts.get(accountKey, k -> bucket(perAccount, accountWindow))
                .tryConsumeAndReturnRemaining(1);
        return byAccount.isConsumed() ? 0 : seconds(byAccount.getNanosToWaitForRefill());
    }

    /** A successful sign-in gives the account its full allowance back; the address's is left as it is. */
    public void succeeded(String accountKey) {
        accounts.invalidate(accountKey);
    }

    private Bucket bucket(int capacity, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
