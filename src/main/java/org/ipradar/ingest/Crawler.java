package org.ipradar.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ipradar.config.Source;
import org.ipradar.index.DocumentWriter;
import org.ipradar.store.Article;
import org.ipradar.store.DocumentStore;
import org.ipradar.store.RawStore;
import org.ipradar.store.SourceState;
import org.ipradar.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the sources: fetch, keep the raw payload, parse, store and index. A failing source is recorded on
 * that source and never stops the others.
 */
public final class Crawler {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final Fetcher fetcher;
    private final RawStore raw;
    private final SourceStore states;
    private final DocumentWriter writer;
    private final Clock clock;

    public Crawler(Fetcher fetcher, RawStore raw, SourceStore states, DocumentWriter writer, Clock clock) {
        this.fetcher = fetcher;
        this.raw = raw;
        this.states = states;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Crawls every source in order; {@code progress} hears each source's outcome as it is known. The next source is
     * fetched and parsed while the current one is stored and indexed (one fetch at a time, so no host sees two
     * requests at once), and the index is committed at the end.
     */
    public CrawlReport crawl(List<Source> sources, Consumer<CrawlReport.SourceReport> progress) {
        long start = System.nanoTime();
        List<CrawlReport.SourceReport> reports = new ArrayList<>();
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crawl-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Fetched>> queue = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < sources.size(); i++) {
                while (next < sources.size() && next <= i + 1) {
                    Source s = sources.get(next++);
                    queue.add(ahead.submit(() -> fetch(s)));
                }
                CrawlReport.SourceReport r = store(await(queue.poll(), sources.get(i)));
                reports.add(r);
                progress.accept(r);
            }
        } finally {
            ahead.shutdownNow();
            writer.commit();
        }
        return new CrawlReport(List.copyOf(reports), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Crawls one source and commits; never throws: every outcome, failures included, is in the report and on the source. */
    public CrawlReport.SourceReport crawl(Source s) {
        try {
            return store(fetch(s));
        } finally {
            writer.commit();
        }
    }

    /**
     * A source fetched and parsed, not yet stored: exactly one of {@code articles} (parsed), {@code outcome}
     * not_modified / same_payload, or {@code error} (failed) describes it.
     */
    private record Fetched(Source source, long start, Instant at, String outcome, Integer status, FetchResult result,
            String hash, ParsedFeed feed, List<Article> articles, String error, int knownItems) {}

    private Fetched await(Future<Fetched> f, Source s) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(s, System.nanoTime(), clock.instant(), "failed", null, null, null, null, null,
                    "interrupted", 0);
        } catch (ExecutionException e) {
            return new Fetched(s, System.nanoTime(), clock.instant(), "failed", null, null, null, null, null,
                    "internal error: " + e.getCause(), 0);
        }
    }

    // Fetch, keep the raw payload, parse and map; never throws.
    private Fetched fetch(Source s) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        SourceState state = states.get(s.id()).orElse(null);
        String etag = state == null ? null : state.etag();
        String lastModified = state == null ? null : state.lastModified();
        Integer status = null;
        try {
            FetchResult fr = fetcher.fetch(s.url(), etag, lastModified, s.timeout(), s.maxBytes());
            status = fr.status();
            if (fr.notModified()) {
                return new Fetched(s, start, now, "not_modified", status, fr, null, null, null, null, 0);
            }
            String hash = RawStore.sha256(fr.body());
            if (state != null && hash.equals(state.lastHash())) {
                return new Fetched(s, start, now, "same_payload", status, fr, hash, null, null, null,
                        state.itemsLast());
            }
            raw.put(fr.body());
            ParsedFeed feed = FeedReader.read(fr.body(), fr.contentType(), fr.finalUrl());
            List<Article> articles = ArticleMapper.map(feed, s, hash, now);
            return new Fetched(s, start, now, "ok", status, fr, hash, feed, articles, null, feed.items().size());
        } catch (FetchFailedException e) {
            return new Fetched(s, start, now, "failed", e.status(), null, null, null, null, e.getMessage(), 0);
        } catch (UnreadableFeedException e) {
            return new Fetched(s, start, now, "failed", status, null, null, null, null, e.getMessage(), 0);
        } catch (RuntimeException e) {
            log.error("crawl failed source={} url={}", s.id(), s.url(), e);
            return new Fetched(s, start, now, "failed", status, null, null, null, null,
                    "internal error: " + e.getMessage(), 0);
        }
    }

    // Store and index what was fetched, and record the outcome on the source; never throws.
    private CrawlReport.SourceReport store(Fetched f) {
        Source s = f.source();
        try {
            switch (f.outcome()) {
                case "failed" -> {
                    return failed(s, f.status(), f.error(), f.at(), f.start());
                }
                case "not_modified" -> {
                    states.recordUnchanged(s.id(), 304, f.at());
                    return report(s, "not_modified", f.status(), 0, 0, 0, 0, null, f.start());
                }
                case "same_payload" -> {
                    states.recordSuccess(s.id(), f.status(), f.result().etag(), f.result().lastModified(), f.hash(),
                            f.knownItems(), f.at());
                    return report(s, "same_payload", f.status(), f.knownItems(), 0, 0, 0, null, f.start());
                }
                default -> {
                    int added = 0;
                    int updated = 0;
                    int unchanged = 0;
                    for (var u : writer.write(f.articles())) {
                        switch (u.outcome()) {
                            case NEW -> added++;
                            case UPDATED -> updated++;
                            case UNCHANGED -> unchanged++;
                        }
                    }
                    states.recordSuccess(s.id(), f.status(), f.result().etag(), f.result().lastModified(), f.hash(),
                            f.knownItems(), f.at());
                    return report(s, "ok", f.status(), f.knownItems(), added, updated, unchanged, null, f.start());
                }
            }
        } catch (RuntimeException e) {
            log.error("crawl failed source={} url={}", s.id(), s.url(), e);
            return failed(s, f.status(), "internal error: " + e.getMessage(), f.at(), f.start());
        }
    }

    private CrawlReport.SourceReport failed(Source s, Integer status, String reason, Instant now, long start) {
        log.warn("source failed source={} url={} status={} error={}", s.id(), s.url(), status, reason);
        states.recordFailure(s.id(), status, reason, now);
        return report(s, "failed", status, 0, 0, 0, 0, reason, start);
    }

    private static CrawlReport.SourceReport report(Source s, String outcome, Integer status, int items, int added,
            int updated, int unchanged, String error, long start) {
        return new CrawlReport.SourceReport(s.id(), outcome, status, items, added, updated, unchanged, error,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
