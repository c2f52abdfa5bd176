package org.ipradar.net;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness per host (scheme, host and port): at most one request at a time, and consecutive requests spaced by
 * the larger of the two requests' delays, and never before a time the host asked for with Retry-After.
 *
 * <p>Waiting threads queue fairly and can be interrupted. Time comes from a {@link Ticker}, so tests can use a fake
 * one that does not sleep.
 */
public final class HostGate {

    /** A monotonic clock that can sleep. */
    public interface Ticker {
        /** The system ticker: {@link System#nanoTime()} and {@link Thread#sleep}. */
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };

        /** The current time in nanoseconds, from an arbitrary origin. */
        long nanoTime();

        /** Sleeps for about the given time; returns early only by throwing when interrupted. */
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private static final class Host {
        final Semaphore turn = new Semaphore(1, true);
        // read and written only by the thread holding the turn
        boolean used;
        long lastEnd;
        long lastDelay;
        volatile long notBefore = Long.MIN_VALUE;
    }

    private final Ticker ticker;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** A gate on the system clock. */
    public HostGate() {
        this(Ticker.SYSTEM);
    }

    /** A gate on the given clock. */
    public HostGate(Ticker ticker) {
        this.ticker = ticker;
    }

    /** The politeness key of an address: scheme://host:port, lower case, with the default port filled in. */
    public static String key(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? String.valueOf(url.getRawAuthority()) : url.getHost();
        int port = url.getPort() >= 0 ? url.getPort() : "https".equals(scheme) ? 443 : 80;
        return key(scheme, host, port);
    }

    static String key(String scheme, String host, int port) {
        return scheme.toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    /**
     * Waits for the host's turn and holds it until the permit is closed: then the next request to the host may start
     * {@code delay} (or the previous request's delay, if larger) later.
     *
     * @throws InterruptedException when interrupted while waiting; the turn is not taken
     */
    public Permit acquire(String hostKey, Duration delay) throws InterruptedException {
        long delayNanos = delay.toNanos();
        Host h = hosts.computeIfAbsent(hostKey, k -> new Host());
        h.turn.acquire();
        try {
            while (true) {
                long now = ticker.nanoTime();
                long ready = h.used ? h.lastEnd + Math.max(h.lastDelay, delayNanos) : now;
                if (h.notBefore != Long.MIN_VALUE && h.notBefore - ready > 0) {
                    ready = h.notBefore;
                }
                long wait = ready - now;
                if (wait <= 0) {
                    break;
                }
                ticker.sleepNanos(wait);
            }
        } catch (InterruptedException | RuntimeException e) {
            h.turn.release();
            throw e;
        }
        return new Permit(h, delayNanos);
    }

    /** How much longer the host asked us to stay away (Retry-After), or zero. */
    public Duration deferredFor(String hostKey) {
        Host h = hosts.get(hostKey);
        if (h == null || h.notBefore == Long.MIN_VALUE) {
            return Duration.ZERO;
        }
        long left = h.notBefore - ticker.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** The right to send one request to a host; closing it (once) hands the turn on. */
    public final class Permit implements AutoCloseable {
        private final Host host;
        private final long delayNanos;
        private boolean closed;

        private Permit(Host host, long delayNanos) {
            this.host = host;
            this.delayNanos = delayNanos;
        }

        /** Keeps every request to this host from starting before {@code wait} from now (Retry-After). */
        public void deferFor(Duration wait) {
            long until = ticker.nanoTime() + wait.toNanos();
            if (host.notBefore == Long.MIN_VALUE || until - host.notBefore > 0) {
                host.notBefore = until;
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            host.used = true;
            host.lastEnd = ticker.nanoTime();
            host.lastDelay = delayNanos;
            host.turn.release();
        }
    }
}
