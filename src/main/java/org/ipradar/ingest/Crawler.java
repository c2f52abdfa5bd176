package org.ipradar.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ipradar.config.Source;
import org.ipradar.index.DocumentWriter;
import org.ipradar.net.Backoff;
import org.ipradar.net.FetchException;
import org.ipradar.net.FetchRequest;
import org.ipradar.net.FetchResponse;
import org.ipradar.net.Purpose;
import org.ipradar.store.Article;
import org.ipradar.store.DocumentStore;
import org.ipradar.store.PageStore;
import org.ipradar.store.QuarantineStore;
import org.ipradar.store.RawStore;
import org.ipradar.store.SourceState;
import org.ipradar.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the sources: fetch (politely, through {@link Web}), keep the raw payload, read the feed or the HTML
 * list pages, fetch the article pages that items only summarise, tag, cluster near-duplicates, store and index.
 * Every item lands in one counted bucket; a failing source is recorded on that source and never stops the others;
 * a payload that cannot be read is quarantined with its reason, to be replayed after a fix.
 */
public final class Crawler {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    /** Under {@code articles: auto}, a feed item with less text than this is only a summary. */
    public static final int SUMMARY_CHARS = 600;

    private final Web web;
    private final RawStore raw;
    private final SourceStore states;
    private final PageStore pages;
    private final QuarantineStore quarantine;
    private final DocumentStore documents;
    private final DocumentWriter writer;
    private final Enricher enricher;
    private final Deduper deduper;
    private final Clock clock;

    /** A crawler over the given stores; {@code enricher} tags documents and {@code deduper} clusters them. */
    public Crawler(Web web, RawStore raw, SourceStore states, PageStore pages, QuarantineStore quarantine,
            DocumentStore documents, DocumentWriter writer, Enricher enricher, Deduper deduper, Clock clock) {
        this.web = web;
        this.raw = raw;
        this.states = states;
        this.pages = pages;
        this.quarantine = quarantine;
        this.documents = documents;
        this.writer = writer;
        this.enricher = enricher;
        this.deduper = deduper;
        this.clock = clock;
    }

    /**
     * Crawls every source in order; {@code progress} hears each source's outcome as it is known. The next source is
     * read (fetched, parsed, its article pages fetched) while the current one is stored and indexed, and the index
     * is committed at the end.
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
            Deque<Future<Read>> queue = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < sources.size(); i++) {
                while (next < sources.size() && next <= i + 1) {
                    Source s = sources.get(next++);
                    queue.add(ahead.submit(() -> read(s)));
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
            return store(read(s));
        } finally {
            writer.commit();
        }
    }

    /**
     * Reads the open quarantine entries again with the current code (of one source, or all when {@code sourceId} is
     * null); an entry read without error is stored as a crawl would and marked resolved, others keep their place
     * with the new reason.
     */
    public List<ReplayResult> replay(List<Source> sources, String sourceId) {
        List<ReplayResult> out = new ArrayList<>();
        try {
            for (QuarantineStore.Entry e : quarantine.open(sourceId)) {
                out.add(replay(sources, e));
            }
        } finally {
            writer.commit();
        }
        return out;
    }

    /**
     * What a replay did with one quarantine entry.
     *
     * @param entry the entry
     * @param resolved whether it was read this time
     * @param report what was stored from it, or null when it was not read
     * @param reason why it still cannot be read, or null
     */
    public record ReplayResult(QuarantineStore.Entry entry, boolean resolved, CrawlReport.SourceReport report,
            String reason) {}

    private ReplayResult replay(List<Source> sources, QuarantineStore.Entry e) {
        Instant now = clock.instant();
        Optional<Source> source = sources.stream().filter(s -> s.id().equals(e.source())).findFirst();
        if (source.isEmpty()) {
            String why = "the source \"" + e.source() + "\" is no longer in feeds.yml";
            quarantine.recordReplay(e.id(), "failed: " + why, now);
            return new ReplayResult(e, false, null, why);
        }
        Optional<byte[]> payload = raw.get(e.rawHash());
        if (payload.isEmpty()) {
            String why = "the payload " + e.rawHash() + " is missing from raw/";
            quarantine.recordReplay(e.id(), "failed: " + why, now);
            return new ReplayResult(e, false, null, why);
        }
        Source s = source.get();
        URI url = URI.create(e.url());
        Read read;
        if (url.equals(s.url()) || s.type() == Source.Type.FEED) {
            read = parse(s, System.nanoTime(), now, 200, null, payload.get(), e.contentType(), url, e.rawHash(),
                    false);
        } else {
            // an article page: read it as the item it was, with the page itself as the only source of text
            FeedItem item = new FeedItem(null, e.url(), "", "", null);
            Item result = articlePage(s, item, now, new FetchResponse(200, payload.get(), e.contentType(), null,
                    null, url, List.of()), e.rawHash(), false);
            read = new Read(s, System.nanoTime(), now, "ok", 200, null, null, 1, List.of(result), List.of(), null);
        }
        if (read.outcome().equals("quarantined") || read.outcome().equals("failed")) {
            quarantine.recordReplay(e.id(), "failed: " + read.error(), now);
            return new ReplayResult(e, false, null, read.error());
        }
        CrawlReport.SourceReport r = store(read);
        quarantine.recordReplay(e.id(), "ok: " + r.counts(), now);
        return new ReplayResult(e, true, r, null);
    }

    /**
     * One item's fate before storing: an article to store (with the warnings met on the way), a document already
     * stored and unchanged, or a reason it was skipped or quarantined.
     */
    private record Item(Article article, Article known, Article duplicateOf, String skipped, String quarantined,
            List<String> warnings) {
        static Item ready(Article a, List<String> warnings) {
            return new Item(a, null, null, null, null, warnings);
        }

        static Item known(Article a) {
            return new Item(null, a, null, null, null, List.of());
        }

        static Item duplicate(Article first) {
            return new Item(null, null, first, null, null, List.of());
        }

        static Item skipped(String why) {
            return new Item(null, null, null, why, null, List.of());
        }

        static Item quarantined(String why) {
            return new Item(null, null, null, null, why, List.of());
        }
    }

    /**
     * A source read, not yet stored: its outcome (ok, not_modified, same_payload, quarantined or failed), the items
     * found and what became of each, and the warnings.
     */
    private record Read(Source source, long start, Instant at, String outcome, Integer status, FetchResponse response,
            String hash, int found, List<Item> items, List<String> warnings, String error, Duration retryAfter) {
        Read(Source source, long start, Instant at, String outcome, Integer status, FetchResponse response,
                String hash, int found, List<Item> items, List<String> warnings, String error) {
            this(source, start, at, outcome, status, response, hash, found, items, warnings, error, null);
        }

        static Read failed(Source s, long start, Instant at, Integer status, String error) {
            return new Read(s, start, at, "failed", status, null, null, 0, List.of(), List.of(), error, null);
        }
    }

    private Read await(Future<Read> f, Source s) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Read.failed(s, System.nanoTime(), clock.instant(), null, "interrupted");
        } catch (ExecutionException e) {
            return Read.failed(s, System.nanoTime(), clock.instant(), null, "internal error: " + e.getCause());
        }
    }

    // Fetch, keep the raw payload, parse, fetch article pages, map and tag; never throws.
    private Read read(Source s) {
        long start = System.nanoTime();
        Instant now = clock.instant();
        SourceState state = states.get(s.id()).orElse(null);
        FetchRequest req = new FetchRequest(s.url(), s.type() == Source.Type.HTML ? Purpose.HTML : Purpose.FEED,
                state == null ? null : state.etag(), state == null ? null : state.lastModified(), s.timeout(),
                s.maxBytes(), s.delay());
        Integer status = null;
        try {
            FetchResponse fr = web.fetch(req);
            status = fr.status();
            if (fr.notModified()) {
                return new Read(s, start, now, "not_modified", status, fr, null, 0, List.of(), List.of(), null);
            }
            String hash = RawStore.sha256(fr.body());
            if (state != null && hash.equals(state.lastHash())) {
                return new Read(s, start, now, "same_payload", status, fr, hash, state.itemsLast(), List.of(),
                        List.of(), null);
            }
            raw.put(fr.body());
            return parse(s, start, now, status, fr, fr.body(), fr.contentType(), fr.finalUrl(), hash, true);
        } catch (FetchException e) {
            return new Read(s, start, now, "failed", e.status().orElse(null), null, null, 0, List.of(), List.of(),
                    failure(e, s.url()), e.retryAfter().orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Read.failed(s, start, now, status, "interrupted");
        } catch (RuntimeException e) {
            log.error("crawl failed source={} url={}", s.id(), s.url(), e);
            return Read.failed(s, start, now, status, "internal error: " + e.getMessage());
        }
    }

    // The reason a fetch failed as the source's last error: blocked and robots reasons start with words the health
    // check looks for.
    private static String failure(FetchException e, URI requested) {
        String m = e.getMessage();
        String prefix = e.url() + ": ";
        if (m.startsWith(prefix)) {
            m = m.substring(prefix.length()) + (e.url().equals(requested) ? "" : " (at " + e.url() + ")");
        }
        return switch (e.reason()) {
            case BLOCKED -> m.contains("address blocked") ? m.substring(m.indexOf("address blocked")) : m;
            case ROBOTS_DISALLOWED -> "robots.txt disallows " + e.url();
            default -> m;
        };
    }

    // Reads a payload already fetched (or replayed) into items; never throws.
    private Read parse(Source s, long start, Instant now, Integer status, FetchResponse fr, byte[] body,
            String contentType, URI url, String hash, boolean quarantineOnFailure) {
        List<String> warnings = new ArrayList<>();
        List<String> listSkipped = new ArrayList<>();
        List<FeedItem> found = new ArrayList<>();
        String feedLanguage = null;
        try {
            if (s.type() == Source.Type.FEED) {
                ParsedFeed feed = FeedReader.read(body, contentType, url);
                found.addAll(feed.items());
                feedLanguage = feed.language();
            } else {
                HtmlListReader.ListPage page = HtmlPages.readList(s, body, contentType, url);
                found.addAll(page.items());
                listSkipped.addAll(page.skipped());
                URI next = page.next();
                for (int p = 2; p <= s.html().orElseThrow().maxPages() && next != null; p++) {
                    final int pageNo = p;
                    HtmlPages.Next more = HtmlPages.fetchNext(web, pages, raw, s, next, clock.instant());
                    if (more.error() != null) {
                        warnings.add("list page " + p + " (" + next + "): " + more.error());
                        break;
                    }
                    found.addAll(more.page().items());
                    listSkipped.addAll(more.page().skipped().stream().map(w -> "list page " + pageNo + ", " + w)
                            .toList());
                    next = more.page().next();
                }
                if (found.isEmpty() && page.matched() == 0) {
                    warnings.add("the item selector \"" + s.html().orElseThrow().item()
                            + "\" matched nothing on " + url);
                }
            }
        } catch (UnreadableFeedException | UnreadablePageException e) {
            String reason = e.getMessage();
            if (quarantineOnFailure) {
                quarantine.add(s.id(), url.toString(), hash, contentType, reason, now);
            }
            return new Read(s, start, now, "quarantined", status, fr, hash, 0, List.of(), List.of(), reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Read.failed(s, start, now, status, "interrupted");
        }
        List<Item> items = new ArrayList<>(found.size() + listSkipped.size());
        listSkipped.forEach(w -> items.add(Item.skipped(w)));
        boolean[] shared = ArticleMapper.sharedLinks(found);
        for (int i = 0; i < found.size(); i++) {
            FeedItem item = found.get(i);
            if (item.title().isBlank() && item.text().isBlank() && (item.link() == null || !needsPage(s, item))) {
                items.add(Item.skipped("item " + (i + 1) + " has neither title nor text"));
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                return Read.failed(s, start, now, status, "interrupted");
            }
            if (!shared[i] && item.link() != null && needsPage(s, item)) {
                items.add(article(s, item, feedLanguage, hash, now));
            } else {
                items.add(Item.ready(enricher.enrich(ArticleMapper.map(item, s, feedLanguage, hash, now, shared[i]),
                        s), List.of()));
            }
        }
        return new Read(s, start, now, "ok", status, fr, hash, items.size(), items, warnings, null);
    }

    private static boolean needsPage(Source s, FeedItem item) {
        return switch (s.articles()) {
            case NEVER -> s.type() == Source.Type.HTML && item.text().isBlank() && item.title().isBlank();
            case ALWAYS -> true;
            case AUTO -> s.type() == Source.Type.HTML || item.text().length() < SUMMARY_CHARS;
        };
    }

    // An item whose text is on its article page: reuse a recent read, else a conditional GET and the extractor.
    private Item article(Source s, FeedItem item, String feedLanguage, String listHash, Instant now) {
        Article mapped = ArticleMapper.map(item, s, feedLanguage, listHash, now, false);
        Optional<PageStore.Page> page = pages.get(item.link());
        Optional<Article> stored = page.map(PageStore.Page::document).flatMap(documents::get);
        if (stored.isPresent() && !stored.get().source().equals(s.id())) {
            return Item.duplicate(stored.get()); // another source reported this page first: no request at all
        }
        if (page.isPresent() && stored.isPresent() && page.get().error() == null
                && page.get().fetched().plus(s.every()).isAfter(now)) {
            return Item.known(stored.get()); // read within the poll interval: no request at all
        }
        FetchRequest req = new FetchRequest(URI.create(item.link()), Purpose.HTML,
                stored.isPresent() ? page.get().etag() : null, stored.isPresent() ? page.get().lastModified() : null,
                s.timeout(), s.maxBytes(), s.delay());
        try {
            FetchResponse fr = web.fetch(req);
            if (fr.notModified()) {
                pages.put(new PageStore.Page(item.link(), s.id(), stored.get().id(), 304, fr.etag(),
                        fr.lastModified(), null, now, null));
                return Item.known(stored.get());
            }
            String hash = raw.put(fr.body());
            Item result = articlePage(s, item, now, fr, hash, true);
            pages.put(new PageStore.Page(item.link(), s.id(), result.article() == null ? null : mapped.id(),
                    fr.status(), fr.etag(), fr.lastModified(), hash, now, result.quarantined()));
            return result;
        } catch (FetchException e) {
            pages.put(new PageStore.Page(item.link(), s.id(), null, e.status().orElse(null), null, null, null, now,
                    failure(e, req.url())));
            if (!item.text().isBlank() || s.type() == Source.Type.FEED && !item.title().isBlank()) {
                return Item.ready(enricher.enrich(mapped, s), List.of("article page " + item.link()
                        + " could not be fetched (" + failure(e, req.url()) + "); kept the feed's own text"));
            }
            return Item.skipped("article page " + item.link() + " could not be fetched: " + failure(e, req.url()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Item.skipped("interrupted before fetching " + item.link());
        }
    }

    // Extracts an article page and merges it with what the list or feed said about the item.
    private Item articlePage(Source s, FeedItem item, Instant now, FetchResponse fr, String hash,
            boolean quarantineOnFailure) {
        ArticleText.Result ex;
        try {
            ex = ArticleText.extract(fr, s);
        } catch (UnreadablePageException e) {
            if (!item.text().isBlank()) {
                return Item.ready(enricher.enrich(ArticleMapper.map(item, s, null, hash, now, false), s),
                        List.of("article page " + item.link() + ": " + e.getMessage() + "; kept the feed's own text"));
            }
            if (quarantineOnFailure) {
                quarantine.add(s.id(), item.link(), hash, fr.contentType(), e.getMessage(), now);
            }
            return Item.quarantined("article page " + item.link() + ": " + e.getMessage());
        }
        String text = ex.text().length() >= item.text().length() ? ex.text() : item.text();
        String title = item.title().isBlank() ? ex.title() : item.title();
        FeedItem merged = new FeedItem(item.guid(), item.link(), title, text,
                item.published() != null ? item.published() : ex.published());
        Article a = ArticleMapper.map(merged, s, ex.lang(), hash, now, false);
        List<String> warnings = ex.warnings().stream().map(w -> item.link() + ": " + w).toList();
        return Item.ready(enricher.enrich(a, s), warnings);
    }

    // Store and index what was read, and record the outcome on the source; never throws.
    private CrawlReport.SourceReport store(Read f) {
        Source s = f.source();
        try {
            switch (f.outcome()) {
                case "failed" -> {
                    return failed(s, f.status(), f.error(), f.at(), f.start(), 0, f.retryAfter());
                }
                case "quarantined" -> {
                    return failed(s, f.status(), "quarantined: " + f.error(), f.at(), f.start(), 1, null);
                }
                case "not_modified" -> {
                    states.recordUnchanged(s.id(), 304, f.at());
                    return report(s, "not_modified", f.status(), 0, new int[6], null, List.of(), f.start());
                }
                case "same_payload" -> {
                    states.recordSuccess(s.id(), f.status(), f.response().etag(), f.response().lastModified(),
                            f.hash(), f.found(), f.at());
                    return report(s, "same_payload", f.status(), f.found(), new int[6], null, List.of(), f.start());
                }
                default -> {
                    // buckets: new, updated, unchanged, duplicate, skipped, quarantined
                    int[] n = new int[6];
                    List<String> warnings = new ArrayList<>(f.warnings());
                    List<Article> toWrite = new ArrayList<>();
                    for (Item item : f.items()) {
                        warnings.addAll(item.warnings());
                        if (item.known() != null) {
                            n[2]++;
                        } else if (item.duplicateOf() != null) {
                            n[3]++;
                        } else if (item.skipped() != null) {
                            n[4]++;
                            warnings.add("skipped: " + item.skipped());
                        } else if (item.quarantined() != null) {
                            n[5]++;
                            warnings.add("quarantined: " + item.quarantined());
                        } else {
                            Deduper.Decision d = deduper.decide(item.article());
                            if (d.duplicateOf() != null) {
                                n[3]++;
                            } else {
                                toWrite.add(d.article());
                            }
                        }
                    }
                    for (var u : writer.write(toWrite)) {
                        switch (u.outcome()) {
                            case NEW -> {
                                if (u.article().cluster().equals(u.article().id())) {
                                    n[0]++;
                                } else {
                                    n[3]++;
                                }
                            }
                            case UPDATED -> n[1]++;
                            case UNCHANGED -> n[2]++;
                        }
                        deduper.stored(u.article());
                    }
                    CrawlReport.SourceReport r = report(s, "ok", f.status(), f.found(), n, null, warnings,
                            f.start());
                    states.recordSuccess(s.id(), f.status(), f.response() == null ? null : f.response().etag(),
                            f.response() == null ? null : f.response().lastModified(), f.hash(), f.found(), f.at(),
                            r.counts(), warnings.isEmpty() ? null : String.join("\n", warnings.subList(0,
                                    Math.min(warnings.size(), 20))));
                    return r;
                }
            }
        } catch (RuntimeException e) {
            log.error("crawl failed source={} url={}", s.id(), s.url(), e);
            return failed(s, f.status(), "internal error: " + e.getMessage(), f.at(), f.start(), 0, null);
        }
    }

    // Records a failure and when to try again: the source's interval doubled for each failure in a row, or later
    // when the host asked for it with Retry-After.
    private CrawlReport.SourceReport failed(Source s, Integer status, String reason, Instant now, long start,
            int quarantined, Duration retryAfter) {
        log.warn("source failed source={} url={} status={} error={}", s.id(), s.url(), status, reason);
        int failures = states.get(s.id()).map(SourceState::errorCount).orElse(0) + 1;
        Instant next = now.plus(Backoff.forInterval(s.every()).delay(failures));
        if (retryAfter != null && now.plus(retryAfter).isAfter(next)) {
            next = now.plus(retryAfter);
        }
        states.recordFailure(s.id(), status, reason, now, next);
        int[] n = new int[6];
        n[5] = quarantined;
        return report(s, "failed", status, 0, n, reason, List.of(), start);
    }

    private static CrawlReport.SourceReport report(Source s, String outcome, Integer status, int items, int[] n,
            String error, List<String> warnings, long start) {
        return new CrawlReport.SourceReport(s.id(), outcome, status, items, n[0], n[1], n[2], n[3], n[4], n[5],
                error, warnings, Duration.ofNanos(System.nanoTime() - start));
    }
}
