package org.ipradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.config.FeedsFile;
import org.ipradar.config.Source;
import org.ipradar.store.Article;
import org.ipradar.store.SourceState;
import org.ipradar.testing.FixtureServer;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML sources and article pages through the real pipeline, against the fixture site in fixtures/site. */
class HtmlCrawlTest {
    @TempDir
    Path dir;

    FixtureServer server;
    Services services;

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
        for (String page : List.of("news-1.html", "news-2.html", "a1.html", "a2.html", "a3.html")) {
            server.serve("/site/" + page, fixture(page), "text/html; charset=utf-8");
        }
        server.serve("/site/zh-design.gb2312.html", fixture("zh-design.gb2312.html"), "text/html");
        server.serve("/site/summaries.xml", new String(fixture("summaries.xml"), StandardCharsets.UTF_8)
                .replace("http://example.org", "http://127.0.0.1:" + server.port()), "application/rss+xml");
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
        server.close();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = HtmlCrawlTest.class.getResourceAsStream("/fixtures/site/" + name)) {
            assertNotNull(in, "missing fixture " + name);
            return in.readAllBytes();
        }
    }

    private List<Source> sources(String yaml) {
        return FeedsFile.parse("test.yml", "defaults:\n  delay: 0ms\nsources:\n"
                + yaml.replace("BASE", "http://127.0.0.1:" + server.port()));
    }

    private Services open(List<Source> sources) {
        services = Services.open(TestServices.settings(dir), sources, n -> {});
        return services;
    }

    private static final String NEWS = """
              - id: office-news
                type: html
                url: BASE/site/news-1.html
                select:
                  item: "li.news"
                  title: "a"
                  link: "a"
                  date: "span.date"
                  next: "a.next"
            """;

    private Map<String, Article> byTitle() {
        Map<String, Article> m = new java.util.TreeMap<>();
        services.documents().forEachAfter(0, a -> m.put(a.title(), a));
        return m;
    }

    @Test
    void listPagesAreFollowedAndArticlePagesExtracted() {
        open(sources(NEWS));
        CrawlReport.SourceReport r = services.crawler().crawl(services.sources().get(0));
        assertEquals("ok", r.outcome(), r.toString());
        assertEquals(6, r.items(), "4 linked items on two pages, and 2 that cannot be followed");
        assertEquals(4, r.added(), r.toString());
        assertEquals(2, r.skipped(), r.toString());
        assertEquals(r.items(), r.added() + r.updated() + r.unchanged() + r.duplicates() + r.skipped()
                + r.quarantined(), "every item lands in exactly one bucket");
        assertTrue(r.warnings().contains("skipped: list page 2, item 2: no link matched \"a\""), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("link is not http(s): mailto:desk@example.org")),
                r.warnings().toString());

        Map<String, Article> docs = byTitle();
        Article vn = docs.get("Registry clarifies bad-faith trademark filings in Vietnam");
        assertTrue(vn.text().contains("an opposition may rely on evidence"), vn.text());
        assertFalse(vn.text().contains("All rights reserved"), "the footer is not article text: " + vn.text());
        assertFalse(vn.text().contains("Fees schedule"), "the sidebar is not article text: " + vn.text());
        assertEquals(Instant.parse("2026-03-11T16:00:00Z"), vn.published(), "12 Mar 2026, a day in Asia/Shanghai");
        assertEquals(Instant.parse("2026-03-04T16:00:00Z"),
                docs.get("Thai customs seize counterfeit phone accessories at Laem Chabang").published(),
                "05/03/2026 is 5 March: day first by default");
        assertEquals(Instant.parse("2026-02-19T16:00:00Z"),
                docs.get("Malaysia amends its patent regulations").published(), "the datetime attribute wins");
        Article zh = docs.get("越南法院审结一起外观设计侵权案");
        assertTrue(zh.text().contains("外观设计侵权纠纷"), "GB2312 page decoded by its meta charset: " + zh.text());
        assertEquals("zh", zh.lang());
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), zh.published());
        assertEquals("http://127.0.0.1:" + server.port() + "/site/a1.html", vn.url());
    }

    @Test
    void anArticlePageOfTheWrongTypeIsQuarantinedAndTheRestStored() throws IOException {
        server.serve("/site/a3.html", fixture("a3.html"), "application/pdf");
        open(sources(NEWS));
        CrawlReport.SourceReport r = services.crawler().crawl(services.sources().get(0));
        assertEquals("ok", r.outcome());
        assertEquals(3, r.added(), r.toString());
        assertEquals(1, r.quarantined(), r.toString());
        assertTrue(r.warnings().contains("quarantined: article page http://127.0.0.1:" + server.port()
                + "/site/a3.html: not an HTML page: it was served as application/pdf"), r.warnings().toString());
        var entry = services.quarantine().open("office-news").get(0);
        assertEquals("http://127.0.0.1:" + server.port() + "/site/a3.html", entry.url());
        assertEquals("application/pdf", entry.contentType());
    }

    @Test
    void aSecondCrawlCostsOneConditionalRequest() {
        open(sources(NEWS));
        services.crawler().crawl(services.sources().get(0));
        int before = server.requests().size();
        CrawlReport.SourceReport again = services.crawler().crawl(services.sources().get(0));
        assertEquals("not_modified", again.outcome(), again.toString());
        List<FixtureServer.Request> after = server.requests().subList(before, server.requests().size());
        assertEquals(List.of("/site/news-1.html"), after.stream().map(FixtureServer.Request::path).toList());
        assertNotNull(after.get(0).header("If-None-Match"), "a conditional GET");
    }

    @Test
    void summaryOnlyFeedItemsGetTheirArticleText() {
        open(sources("""
                  - id: summaries
                    url: BASE/site/summaries.xml
                """));
        CrawlReport.SourceReport r = services.crawler().crawl(services.sources().get(0));
        assertEquals(3, r.items());
        assertEquals(3, r.added(), r.toString());
        Map<String, Article> docs = byTitle();
        assertTrue(docs.get("Registry clarifies bad-faith trademark filings in Vietnam").text()
                .contains("keep records of their first use"), "the article page's text replaces the summary");
        assertEquals("This summary is all that is left of a removed page.", docs.get("A page that is gone").text(),
                "a page that cannot be fetched keeps the feed's own text");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("/site/gone.html") && w.contains("404")),
                r.warnings().toString());
        assertEquals(1, server.hits("/site/a1.html"));
    }

    @Test
    void articlesNeverKeepsTheFeedText() {
        open(sources("""
                  - id: summaries
                    url: BASE/site/summaries.xml
                    articles: never
                """));
        services.crawler().crawl(services.sources().get(0));
        assertEquals("New guidance on bad-faith filings.",
                byTitle().get("Registry clarifies bad-faith trademark filings in Vietnam").text());
        assertEquals(0, server.hits("/site/a1.html"));
    }

    @Test
    void selectorsThatStopMatchingAreFlagged() {
        open(sources(NEWS));
        services.crawler().crawl(services.sources().get(0));
        server.replace("/site/news-1.html", fixtureUnchecked("news-redesigned.html"), "text/html; charset=utf-8");
        CrawlReport.SourceReport r = services.crawler().crawl(services.sources().get(0));
        assertEquals("ok", r.outcome());
        assertEquals(0, r.items());
        assertTrue(r.warnings().contains("the item selector \"li.news\" matched nothing on http://127.0.0.1:"
                + server.port() + "/site/news-1.html"), r.warnings().toString());
        SourceState st = services.sourceStates().get("office-news").orElseThrow();
        assertTrue(st.itemsVanished(), st.toString());
        assertEquals(6, st.itemsMax());
    }

    @Test
    void anUnreadablePayloadIsQuarantinedAndReplayedAfterAFix() {
        // an editor configured an HTML list page as a feed
        open(sources("""
                  - id: office-news
                    url: BASE/site/news-1.html
                """));
        CrawlReport.SourceReport r = services.crawler().crawl(services.sources().get(0));
        assertEquals("failed", r.outcome());
        assertEquals(1, r.quarantined());
        assertTrue(r.error().startsWith("quarantined: not a feed"), r.error());
        List<org.ipradar.store.QuarantineStore.Entry> open = services.quarantine().open(null);
        assertEquals(1, open.size());
        assertEquals("office-news", open.get(0).source());
        assertEquals(1, services.quarantine().openCounts().get("office-news"));

        // replayed with the same configuration it is still unreadable, and stays with its reason
        List<Crawler.ReplayResult> same = services.crawler().replay(services.sources(), null);
        assertFalse(same.get(0).resolved());
        assertEquals(1, services.quarantine().open(null).size());

        // the fix: the source becomes an HTML source with selectors; the kept payload is read without refetching it
        List<Source> fixed = sources(NEWS);
        int listFetches = server.hits("/site/news-1.html");
        List<Crawler.ReplayResult> replayed = services.crawler().replay(fixed, "office-news");
        assertTrue(replayed.get(0).resolved(), replayed.toString());
        assertEquals(4, replayed.get(0).report().added(), replayed.toString());
        assertEquals(listFetches, server.hits("/site/news-1.html"), "the first list page came from raw/");
        assertEquals(List.of(), services.quarantine().open(null));
        assertEquals(4, services.documents().count());
    }

    private static byte[] fixtureUnchecked(String name) {
        try {
            return fixture(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSamePageFromTwoSourcesIsStoredOnce() {
        open(sources(NEWS + """
                  - id: summaries
                    url: BASE/site/summaries.xml
                """));
        CrawlReport report = services.crawler().crawl(services.sources(), x -> {});
        CrawlReport.SourceReport second = report.sources().get(1);
        assertEquals(1, second.added(), "only the removed page is new: " + second);
        assertEquals(2, second.duplicates(), "a1 and a3 were first reported by office-news: " + second);
        assertEquals(Map.of("office-news", 4L, "summaries", 1L), services.documents().countBySource());
    }
}
