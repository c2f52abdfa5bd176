package org.ipradar.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ipradar.config.Source;
import org.ipradar.store.SourceState;
import org.ipradar.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls in the background while the service runs: every source at start, then each when its interval is due; a
 * failing source waits out its backoff (its interval doubled per failure in a row, or the host's Retry-After).
 */
public final class CrawlScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CrawlScheduler.class);

    private final Crawler crawler;
    private final SourceStore states;
    private final List<Source> sources;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "crawl-scheduler");
        t.setDaemon(true);
        return t;
    });

    public CrawlScheduler(Crawler crawler, SourceStore states, List<Source> sources, Clock clock) {
        this.crawler = crawler;
        this.states = states;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** Starts: a first pass over every source now, then a check for due sources every {@code tick}. */
    public void start(Duration tick) {
        executor.execute(() -> runDue(true));
        executor.scheduleWithFixedDelay(() -> runDue(false), tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runDue(boolean all) {
        try {
            Map<String, SourceState> st = states.all();
            Instant now = clock.instant();
            for (Source s : sources) {
                SourceState state = st.get(s.id());
                boolean due = due(s, state, now, all);
                if (due && !Thread.currentThread().isInterrupted()) {
                    CrawlReport.SourceReport r = crawler.crawl(s);
                    log.info("crawled source={} outcome={} new={} updated={} unchanged={} error={}", r.sourceId(),
                            r.outcome(), r.added(), r.updated(), r.unchanged(), r.error());
                }
            }
        } catch (RuntimeException e) {
            log.error("scheduled crawl failed; will try again at the next tick", e);
        }
    }

    /** Whether a source is due: never fetched, its interval passed, or its backoff over; at start all but those backing off. */
    static boolean due(Source s, SourceState state, Instant now, boolean atStart) {
        if (state == null || state.lastAttempt() == null) {
            return true;
        }
        if (state.nextAttempt() != null) {
            return !state.nextAttempt().isAfter(now);
        }
        return atStart || !state.lastAttempt().plus(s.every()).isAfter(now);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
