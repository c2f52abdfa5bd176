package org.ipradar.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** Crawls every source in order; {@code progress} hears each source's outcome as it is known. */
    public CrawlReport crawl(List<Source> sources, Consumer<CrawlReport.SourceReport> progress) {
        long start = System.nanoTime();
        List<CrawlReport.SourceReport> reports = new ArrayList<>();
        for (Source s : sources) {
            CrawlReport.SourceReport r = crawl(s);
            reports.add(r);
            progress.accept(r);
        }
        return new CrawlReport(List.copyOf(reports), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Crawls one source; never throws: every outcome, failures included, is in the report and on the source. */
    public CrawlReport.SourceReport crawl(Source s) {
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
                states.recordUnchanged(s.id(), 304, now);
                return report(s, "not_modified", status, 0, 0, 0, 0, null, start);
            }
            String hash = RawStore.sha256(fr.body());
            if (state != null && hash.equals(state.lastHash())) {
                states.recordSuccess(s.id(), status, fr.etag(), fr.lastModified(), hash, state.itemsLast(), now);
                return report(s, "same_payload", status, state.itemsLast(), 0, 0, 0, null, start);
            }
            raw.put(fr.body());
            ParsedFeed feed = FeedReader.read(fr.body(), fr.contentType(), fr.finalUrl());
            List<Article> articles = ArticleMapper.map(feed, s, hash, now);
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (var u : writer.write(articles)) {
                switch (u.outcome()) {
                    case NEW -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            states.recordSuccess(s.id(), status, fr.etag(), fr.lastModified(), hash, feed.items().size(), now);
            return report(s, "ok", status, feed.items().size(), added, updated, unchanged, null, start);
        } catch (FetchFailedException e) {
            return failed(s, e.status(), e.getMessage(), now, start);
        } catch (UnreadableFeedException e) {
            return failed(s, status, e.getMessage(), now, start);
        } catch (RuntimeException e) {
            log.error("crawl failed source={} url={}", s.id(), s.url(), e);
            return failed(s, status, "internal error: " + e.getMessage(), now, start);
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
