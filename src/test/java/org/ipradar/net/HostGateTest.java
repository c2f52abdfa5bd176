package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HostGateTest {

    /** A clock that only moves when someone sleeps on it, recording each sleep in milliseconds. */
    static final class FakeTicker implements HostGate.Ticker {
        long now = 1_000_000_000L;
        final List<Long> sleptMs = new ArrayList<>();
        boolean interruptNextSleep;

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void sleepNanos(long nanos) throws InterruptedException {
            if (interruptNextSleep) {
                interruptNextSleep = false;
                throw new InterruptedException("interrupted while sleeping");
            }
            sleptMs.add(TimeUnit.NANOSECONDS.toMillis(nanos));
            now += nanos;
        }

        synchronized void advanceMs(long ms) {
            now += TimeUnit.MILLISECONDS.toNanos(ms);
        }
    }

    private static final String A = "http://a.example:80";
    private static final String B = "http://b.example:80";

    @Test
    void keyIsSchemeHostAndPortInLowerCaseWithDefaultPorts() {
        assertEquals("http://example.org:80", HostGate.key(URI.create("http://Example.ORG/a?b")));
        assertEquals("https://example.org:443", HostGate.key(URI.create("HTTPS://example.org/")));
        assertEquals("http://127.0.0.1:8080", HostGate.key(URI.create("http://127.0.0.1:8080/x")));
        assertEquals("http://[::1]:80", HostGate.key(URI.create("http://[::1]/")));
    }

    @Test
    void firstRequestGoesAtOnceAndTheNextWaitsTheDelayAfterTheFirstEnded() throws Exception {
        FakeTicker t = new FakeTicker();
        HostGate gate = new HostGate(t);

        HostGate.Permit first = gate.acquire(A, Duration.ofMillis(2000));
        t.advanceMs(300); // the request takes 300 ms
        first.close();
        t.advanceMs(500);
        gate.acquire(A, Duration.ofMillis(2000)).close();

        assertEquals(List.of(1500L), t.sleptMs); // 2000 after the end, 500 of which had passed
    }

    @Test
    void theLargerOfTheTwoDelaysApplies() throws Exception {
        FakeTicker t = new FakeTicker();
        HostGate gate = new HostGate(t);

        gate.acquire(A, Duration.ofMillis(3000)).close();
        gate.acquire(A, Duration.ofMillis(200)).close(); // previous request asked for 3 s
        gate.acquire(A, Duration.ofMillis(1000)).close(); // previous asked 200 ms, this one 1 s

        assertEquals(List.of(3000L, 1000L), t.sleptMs);
    }

    @Test
    void hostsAreIndependent() throws Exception {
        FakeTicker t = new FakeTicker();
        HostGate gate = new HostGate(t);

        HostGate.Permit a = gate.acquire(A, Duration.ofSeconds(2));
        HostGate.Permit b = gate.acquire(B, Duration.ofSeconds(2)); // A's turn is still held

        assertEquals(List.of(), t.sleptMs);
        a.close();
        b.close();
    }

    @Test
    void retryAfterKeepsTheHostClosedUntilThen() throws Exception {
        FakeTicker t = new FakeTicker();
        HostGate gate = new HostGate(t);

        try (HostGate.Permit p = gate.acquire(A, Duration.ofMillis(100))) {
            p.deferFor(Duration.ofSeconds(120));
        }
        t.advanceMs(20_000);
        assertEquals(Duration.ofSeconds(100), gate.deferredFor(A));
        assertEquals(Duration.ZERO, gate.deferredFor(B));

        gate.acquire(A, Duration.ofMillis(100)).close();

        assertEquals(List.of(100_000L), t.sleptMs);
        assertEquals(Duration.ZERO, gate.deferredFor(A));
    }

    @Test
    void closingTwiceHandsTheTurnOnOnce() throws Exception {
        FakeTicker t = new FakeTicker();
        HostGate gate = new HostGate(t);
        HostGate.Permit p = gate.acquire(A, Duration.ZERO);
        p.close();
        p.close();

        HostGate.Permit q = gate.acquire(A, Duration.ZERO);
        AtomicReference<Boolean> got = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                gate.acquire(A, Duration.ZERO).close();
                got.set(true);
            } catch (InterruptedException e) {
                got.set(false);
            }
        });
        other.start();
        other.join(200);
        assertTrue(other.isAlive(), "a second close must not have released an extra turn");
        q.close();
        other.join(5000);
        assertEquals(Boolean.TRUE, got.get());
    }

    @Test
    void waitingForTheTurnCanBeInterruptedAndLeavesTheTurnFree() throws Exception {
        HostGate gate = new HostGate();
        HostGate.Permit held = gate.acquire(A, Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            started.countDown();
            try {
                gate.acquire(A, Duration.ZERO).close();
            } catch (InterruptedException e) {
                thrown.set(e);
            }
        });
        waiter.start();
        started.await();
        Thread.sleep(50);
        waiter.interrupt();
        waiter.join(5000);
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
        held.close();

        long t0 = System.nanoTime();
        gate.acquire(A, Duration.ZERO).close();
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1), "the turn was free again");
    }

    @Test
    void interruptedWhileSleepingOffTheDelayLeavesTheTurnFree() throws Exception {
        FakeTicker t = new FakeTicker();
        HostGate gate = new HostGate(t);
        gate.acquire(A, Duration.ofSeconds(30)).close();
        t.interruptNextSleep = true;

        assertThrows(InterruptedException.class, () -> gate.acquire(A, Duration.ofSeconds(30)));

        // had the failed wait kept the turn, this would block for ever
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> gate.acquire(A, Duration.ofSeconds(30)).close());
        assertEquals(List.of(30_000L), t.sleptMs);
    }
}
