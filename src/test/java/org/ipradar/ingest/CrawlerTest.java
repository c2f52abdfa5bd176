package org.ipradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ipradar.Services;
import org.ipradar.config.Source;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.SearchResult;
import org.ipradar.store.Article;
import org.ipradar.store.SourceState;
import org.ipradar.testing.FixtureServer;
import org.ipradar.testing.TestServices;
import org.ipradar.vocab.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline against the local fixture server: fetch, parse, store, index, search. */
class CrawlerTest {
    @TempDir
    Path dir;

    FixtureServer server;
    Services services;

    @BeforeEach
    void start() {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
        server.close();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CrawlerTest.class.getResourceAsStream("/fixtures/feeds/" + name)) {
            assertNotNull(in, "missing fixture " + name);
            return in.readAllBytes();
        }
    }

    private Services open(Source... sources) {
        services = Services.open(TestServices.settings(dir), List.of(sources), n -> {});
        return services;
    }

    private List<String> titles(String q) {
        return services.search().search(SearchRequest.of(q)).hits().stream().map(SearchResult.Hit::title).toList();
    }

    private static Source source(String id, java.net.URI url, Duration timeout) {
        return new Source(id, id, url, Source.Type.FEED, Optional.empty(), Optional.empty(), Kind.NEWS,
                Duration.ofHours(1), timeout, 1024 * 1024).withDelay(Duration.ZERO)
                .withArticles(Source.ArticlePages.NEVER);
    }

    @Test
    void gb2312AndBig5FeedsAreFoundByChineseQueries() throws IOException {
        server.serve("/gb.xml", fixture("ipradar-zh-gb2312.xml"), "text/xml");
        server.serve("/big5.xml", fixture("ipradar-zh-big5.xml"), "application/atom+xml");
        open(TestServices.source("gb", server.url("/gb.xml")), TestServices.source("big5", server.url("/big5.xml")));
        CrawlReport report = services.crawler().crawl(services.sources(), r -> {});
        assertEquals(0, report.failed(), report.toString());
        assertTrue(report.added() >= 6, report.toString());

        List<String> squatting = titles("商标抢注");
        assertTrue(squatting.stream().anyMatch(t -> t.contains("商标抢注") && t.contains("越南")), squatting.toString());
        SearchResult infringement = services.search().search(SearchRequest.of("专利侵权"));
        assertTrue(infringement.hits().stream().anyMatch(h -> h.source().equals("gb")), "GB2312 item found");
        assertTrue(infringement.hits().stream().anyMatch(h -> h.source().equals("big5")), "Big5 item found");
        // The Big5 feed is Traditional Chinese and is stored as written, not folded.
        assertTrue(infringement.hits().stream().filter(h -> h.source().equals("big5"))
                .anyMatch(h -> services.documents().get(h.id()).orElseThrow().text().contains("專利")));
        assertTrue(infringement.hits().stream().allMatch(h -> h.lang().equals("zh")));
    }

    @Test
    void gb2312WithoutAnyDeclarationIsDetected() throws IOException {
        server.serve("/undeclared.xml", fixture("ipradar-zh-gb2312-undeclared.xml"), "text/xml");
        open(TestServices.source("undeclared", server.url("/undeclared.xml")));
        CrawlReport.SourceReport r = services.crawler().crawl(services.sources().get(0));
        assertEquals("ok", r.outcome(), String.valueOf(r.error()));
        assertTrue(titles("马来西亚 海关").size() >= 1, "decoded as GB18030, so the Chinese words are searchable");
    }

    @Test
    void secondCrawlSendsValidatorsAndA304CostsNoParsing() throws IOException {
        server.serve("/en.xml", fixture("ipradar-en-rss2.xml"), "application/rss+xml");
        open(TestServices.source("en", server.url("/en.xml")));
        Source s = services.sources().get(0);
        CrawlReport.SourceReport first = services.crawler().crawl(s);
        assertEquals("ok", first.outcome());
        assertTrue(first.added() > 0);
        long stored = services.documents().count();

        CrawlReport.SourceReport second = services.crawler().crawl(s);
        assertEquals("not_modified", second.outcome());
        assertEquals(304, second.httpStatus());
        assertEquals(0, second.added() + second.updated());
        FixtureServer.Request req = server.requests("/en.xml").get(1);
        assertEquals(server.etag("/en.xml"), req.header("if-none-match"));
        assertEquals(server.lastModified("/en.xml"), req.header("if-modified-since"));
        assertEquals(stored, services.documents().count());
        assertTrue(req.header("user-agent").startsWith("ipradar-test/"));
    }

    @Test
    void identicalPayloadFromAServerWithoutValidatorsAddsNothing() throws IOException {
        byte[] feed = fixture("ipradar-en-rss2.xml");
        server.serve("/en.xml", feed, "application/rss+xml").withoutValidators("/en.xml");
        open(TestServices.source("en", server.url("/en.xml")));
        Source s = services.sources().get(0);
        services.crawler().crawl(s);
        long stored = services.documents().count();
        CrawlReport.SourceReport again = services.crawler().crawl(s);
        assertEquals("same_payload", again.outcome());
        assertEquals(stored, services.documents().count());
        assertEquals(stored, services.index().count());
    }

    @Test
    void changedFeedUpdatesInPlaceAndNeverDuplicates() throws IOException {
        server.serve("/en.xml", fixture("ipradar-en-rss2.xml"), "application/rss+xml");
        open(TestServices.source("en", server.url("/en.xml")));
        Source s = services.sources().get(0);
        CrawlReport.SourceReport first = services.crawler().crawl(s);
        server.replace("/en.xml", fixture("ipradar-en-rss2-updated.xml"), "application/rss+xml");
        CrawlReport.SourceReport second = services.crawler().crawl(s);
        assertEquals("ok", second.outcome());
        assertEquals(1, second.added(), second.toString());
        assertEquals(1, second.updated(), second.toString());
        assertEquals(first.added() - 1, second.unchanged(), second.toString());
        assertEquals(first.added() + 1, services.documents().count());
        assertEquals(first.added() + 1, services.index().count());
    }

    @Test
    void relativeLinksAreMadeAbsoluteAndMissingDatesStayUnknown() throws IOException {
        server.serve("/en.xml", fixture("ipradar-en-rss2.xml"), "application/rss+xml");
        open(TestServices.source("en", server.url("/en.xml")));
        services.crawler().crawl(services.sources().get(0));
        List<Article> all = new java.util.ArrayList<>();
        services.documents().forEachAfter(0, all::add);
        assertTrue(all.stream().allMatch(a -> a.url() != null && a.url().startsWith("http")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.url().endsWith("/news/4")), "relative link resolved");
        assertTrue(all.stream().anyMatch(a -> a.published() == null), "an item without a date keeps none");
        assertTrue(all.stream().allMatch(a -> a.lang().equals("en")));
    }

    @Test
    void everyKindOfFailureIsRecordedOnItsSourceAndNeverStopsTheOthers() throws IOException {
        byte[] good = fixture("ipradar-en-atom.xml");
        server.serve("/good.xml", good, "application/atom+xml");
        server.status("/missing.xml", 404);
        server.status("/broken.xml", 500);
        server.slow("/slow.xml", Duration.ofSeconds(3), good, "application/atom+xml");
        server.serve("/html.xml", fixture("ipradar-not-a-feed.html"), "text/html");
        server.serve("/cut.xml", fixture("ipradar-truncated.xml"), "application/rss+xml");
        server.truncated("/short.xml", good, good.length / 2, "application/atom+xml");
        server.serve("/empty.xml", new byte[0], "application/rss+xml");
        open(source("missing", server.url("/missing.xml"), Duration.ofSeconds(5)),
                source("broken", server.url("/broken.xml"), Duration.ofSeconds(5)),
                source("slow", server.url("/slow.xml"), Duration.ofSeconds(1)),
                source("html", server.url("/html.xml"), Duration.ofSeconds(5)),
                source("cut", server.url("/cut.xml"), Duration.ofSeconds(5)),
                source("short", server.url("/short.xml"), Duration.ofSeconds(5)),
                source("empty", server.url("/empty.xml"), Duration.ofSeconds(5)),
                source("good", server.url("/good.xml"), Duration.ofSeconds(5)));
        CrawlReport report = services.crawler().crawl(services.sources(), r -> {});
        assertEquals(7, report.failed(), report.toString());
        assertEquals("ok", report.sources().get(7).outcome());
        assertTrue(report.added() >= 3);

        var states = services.sourceStates().all();
        assertFailure(states.get("missing"), 404, "HTTP 404");
        assertFailure(states.get("broken"), 500, "HTTP 500");
        assertFailure(states.get("slow"), null, "timed out");
        assertFailure(states.get("html"), 200, "quarantined: not a feed");
        assertFailure(states.get("cut"), 200, "quarantined: not well-formed XML at line ");
        assertFailure(states.get("short"), null, "truncated: the connection closed before the whole payload arrived");
        assertFailure(states.get("empty"), 200, "quarantined: not a feed: the payload is empty");
        assertEquals(java.util.Map.of("html", 1, "cut", 1, "empty", 1), services.quarantine().openCounts(),
                "each payload that cannot be read is kept with its reason");
        SourceState ok = states.get("good");
        assertEquals("ok", ok.status());
        assertEquals(0, ok.errorCount());
        assertNotNull(ok.lastSuccess());

        // A second failure counts up; a success resets the count.
        services.crawler().crawl(services.sources().get(0));
        assertEquals(2, services.sourceStates().get("missing").orElseThrow().errorCount());
        server.serve("/missing.xml", good, "application/atom+xml");
        services.crawler().crawl(services.sources().get(0));
        SourceState healed = services.sourceStates().get("missing").orElseThrow();
        assertEquals("ok", healed.status());
        assertEquals(0, healed.errorCount());
        assertNull(healed.lastError());
    }

    private static void assertFailure(SourceState st, Integer status, String errorStart) {
        assertEquals("failed", st.status(), st.toString());
        assertEquals(1, st.errorCount(), st.toString());
        assertEquals(status, st.httpStatus(), st.toString());
        assertTrue(st.lastError().startsWith(errorStart), st.lastError());
        assertNotNull(st.lastAttempt());
        assertNull(st.lastSuccess());
    }

    @Test
    void externalEntitiesAreNeverFetched() throws IOException {
        String xxe = new String(fixture("ipradar-xxe.xml"), StandardCharsets.UTF_8)
                .replace("http://127.0.0.1:9/canary", server.url("/canary").toString());
        server.serve("/xxe.xml", xxe.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
        server.serve("/canary", "secret".getBytes(StandardCharsets.UTF_8), "text/plain");
        open(TestServices.source("xxe", server.url("/xxe.xml")));
        services.crawler().crawl(services.sources().get(0));
        assertEquals(0, server.hits("/canary"), "the DOCTYPE's external entity must not be fetched");
        services.documents().forEachAfter(0, a -> assertTrue(!a.title().contains("secret") && !a.text().contains("secret")));
    }

    @Test
    void gzipPayloadIsDecompressed() throws IOException {
        server.serve("/en.xml", fixture("ipradar-en-rss2.xml"), "application/rss+xml").gzip("/en.xml");
        open(TestServices.source("en", server.url("/en.xml")));
        CrawlReport.SourceReport r = services.crawler().crawl(services.sources().get(0));
        assertEquals("ok", r.outcome(), String.valueOf(r.error()));
        assertTrue(r.added() > 0);
        assertTrue(server.requests("/en.xml").get(0).header("accept-encoding").contains("gzip"));
    }

    @Test
    void reindexGivesTheSameSearchResults() throws IOException {
        server.serve("/gb.xml", fixture("ipradar-zh-gb2312.xml"), "text/xml");
        server.serve("/en.xml", fixture("ipradar-en-rss2.xml"), "application/rss+xml");
        open(TestServices.source("gb", server.url("/gb.xml")), TestServices.source("en", server.url("/en.xml")));
        services.crawler().crawl(services.sources(), r -> {});
        List<String> queries = List.of("商标抢注", "专利侵权", "trademark", "patent infringement", "");
        List<List<String>> before = queries.stream().map(this::ids).toList();
        long n = services.writer().reindex(c -> {});
        assertEquals(services.documents().count(), n);
        assertEquals(before, queries.stream().map(this::ids).toList());
        // And a fresh open of the same data directory (a restart) answers the same.
        services.close();
        services = null;
        open(TestServices.source("gb", server.url("/gb.xml")), TestServices.source("en", server.url("/en.xml")));
        assertEquals(before, queries.stream().map(this::ids).toList());
    }

    private List<String> ids(String q) {
        return services.search().search(SearchRequest.of(q)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void indexCatchesUpWithTheStoreAfterLosingUncommittedWork() throws IOException {
        server.serve("/en.xml", fixture("ipradar-en-rss2.xml"), "application/rss+xml");
        open(TestServices.source("en", server.url("/en.xml")));
        services.crawler().crawl(services.sources().get(0));
        long stored = services.documents().count();
        services.close();
        services = null;
        // Wipe the index entirely: on open it is rebuilt from the store, which is the source of truth.
        org.apache.lucene.util.IOUtils.rm(dir.resolve("lucene"));
        open(TestServices.source("en", server.url("/en.xml")));
        assertEquals(stored, services.index().count());
    }
}
