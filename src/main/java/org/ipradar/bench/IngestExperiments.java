package org.ipradar.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.ingest.ArticleMapper;
import org.ipradar.ingest.FeedReader;
import org.ipradar.ingest.Web;
import org.ipradar.net.FetchException;
import org.ipradar.net.FetchRequest;
import org.ipradar.net.FetchResponse;
import org.ipradar.net.Purpose;
import org.ipradar.ingest.ParsedFeed;
import org.ipradar.ingest.UnreadableFeedException;
import org.ipradar.store.Article;
import org.ipradar.store.DocumentStore;
import org.ipradar.store.RawStore;

/**
 * What-if ingest variants, to measure changes to the crawl before making them in core code. Each re-assembles the
 * crawl's steps from the same public parts the Crawler uses (Fetcher, RawStore, FeedReader, ArticleMapper,
 * DocumentWriter or DocumentStore and DocIndex, SourceStore) and changes one thing: how often the index is
 * refreshed, or which thread stores the documents in SQLite.
 * Failure handling and conditional GET are left out: every source here is new and well-formed.
 */
final class IngestExperiments {
    /**
     * One variant.
     *
     * @param name short name for the table
     * @param description what it changes
     * @param pipelined whether a second thread fetches, parses and maps ahead (up to two feeds)
     * @param refreshMillis -1 to write through DocumentWriter as the Crawler does; otherwise store and index each feed
     *     directly, refresh when this long has passed since the last refresh (0: after every feed), commit every 5 s
     * @param storeAhead whether the look-ahead thread also stores each feed in SQLite, leaving the calling thread only
     *     the indexing (with refreshMillis >= 0)
     */
    record Variant(String name, String description, boolean pipelined, long refreshMillis, boolean storeAhead) {}

    static final List<Variant> VARIANTS = List.of(
            new Variant("look-ahead", "the Crawler's steps re-assembled: checks the re-assembly", true, -1, false),
            new Variant("look-ahead, refresh <= 1/s", "the index refreshed at most once a second, not after every"
                    + " feed", true, 1000, false),
            new Variant("look-ahead, refresh <= 1/5s", "the index refreshed at most every 5 s", true, 5000, false),
            new Variant("store ahead, refresh <= 1/s", "the look-ahead thread also stores; the crawl thread only"
                    + " indexes", true, 1000, true));

    private IngestExperiments() {}

    /** A feed fetched, kept, parsed and mapped: everything before it is written. */
    private record Prepared(Source source, FetchResponse fetched, String hash, int items, List<Article> articles,
            List<DocumentStore.Upserted> stored) {}

    /** Runs a variant over the sources into a fresh data directory; returns the nanoseconds it took. */
    static long run(Variant v, Path data, Path feedsFile, List<Source> sources, int expected, Progress progress)
            throws Exception {
        Settings settings = new Settings(0, data, feedsFile, false, Settings.DEFAULT_USER_AGENT, "127.0.0.1/32");
        Web fetcher = Services.web(settings);
        ExecutorService ahead = v.pipelined() ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-fetch-ahead");
            t.setDaemon(true);
            return t;
        }) : null;
        try (Services services = Services.open(settings, sources, n -> {})) {
            System.gc();
            long start = System.nanoTime();
            long maxSeq = 0;
            long lastRefresh = start;
            long lastCommit = start;
            Deque<Future<Prepared>> queue = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < sources.size(); i++) {
                Prepared p;
                if (ahead != null) {
                    while (next < sources.size() && queue.size() < 2) {
                        Source s = sources.get(next++);
                        queue.add(ahead.submit(() -> prepare(fetcher, services, s, v.storeAhead())));
                    }
                    try {
                        p = queue.poll().get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception ex ? ex : e;
                    }
                } else {
                    p = prepare(fetcher, services, sources.get(i), false);
                }
                if (v.refreshMillis() < 0) {
                    write(services, p);
                } else {
                    maxSeq = Math.max(maxSeq, storeAndIndex(services, p));
                    long now = System.nanoTime();
                    if (now - lastRefresh >= v.refreshMillis() * 1_000_000L) {
                        services.index().refresh();
                        lastRefresh = now;
                    }
                    if (now - lastCommit >= 5_000_000_000L) {
                        services.index().commit(maxSeq);
                        lastCommit = now;
                    }
                }
                progress.add(p.items());
            }
            if (v.refreshMillis() < 0) {
                services.writer().commit();
            } else {
                services.index().commit(maxSeq);
                services.index().refresh();
            }
            long nanos = System.nanoTime() - start;
            if (services.documents().count() != expected || services.index().count() != expected) {
                throw new IllegalStateException("benchmark invalid: variant \"" + v.name() + "\" stored "
                        + services.documents().count() + " and indexed " + services.index().count()
                        + " documents, not " + expected);
            }
            return nanos;
        } finally {
            if (ahead != null) {
                ahead.shutdownNow();
            }
        }
    }

    // What the Crawler's look-ahead does: fetch, keep the payload, parse, map; and store, when asked.
    private static Prepared prepare(Web fetcher, Services services, Source s, boolean store)
            throws FetchException, UnreadableFeedException, InterruptedException {
        FetchResponse fr = fetcher.fetch(new FetchRequest(s.url(), Purpose.FEED, null, null, s.timeout(),
                s.maxBytes(), s.delay()));
        String hash = RawStore.sha256(fr.body());
        services.raw().put(fr.body());
        ParsedFeed feed = FeedReader.read(fr.body(), fr.contentType(), fr.finalUrl());
        List<Article> articles = ArticleMapper.map(feed, s, hash, Instant.now());
        return new Prepared(s, fr, hash, feed.items().size(), articles,
                store ? services.documents().upsert(articles) : null);
    }

    // Writes one feed through DocumentWriter, as the Crawler does, and records the source's success.
    private static void write(Services services, Prepared p) {
        services.writer().write(p.articles());
        recordSuccess(services, p);
    }

    // Stores and indexes one feed without refreshing or committing; returns the highest change number written.
    private static long storeAndIndex(Services services, Prepared p) {
        List<DocumentStore.Upserted> written =
                p.stored() != null ? p.stored() : services.documents().upsert(p.articles());
        services.index().index(written.stream()
                .filter(u -> u.outcome() != DocumentStore.Outcome.UNCHANGED)
                .map(DocumentStore.Upserted::article)
                .toList());
        recordSuccess(services, p);
        return written.stream().mapToLong(u -> u.article().seq()).max().orElse(0);
    }

    private static void recordSuccess(Services services, Prepared p) {
        services.sourceStates().recordSuccess(p.source().id(), p.fetched().status(), p.fetched().etag(),
                p.fetched().lastModified(), p.hash(), p.items(), Instant.now());
    }
}
