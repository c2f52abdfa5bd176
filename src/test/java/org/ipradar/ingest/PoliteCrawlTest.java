package org.ipradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.config.FeedsFile;
import org.ipradar.config.Source;
import org.ipradar.testing.FixtureServer;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls a fixture site of many pages through the whole crawler, three sources on two hosts from two threads at
 * once, and checks from the server's own log that no host ever saw two requests at once or two closer than the
 * delay, that robots.txt was read first, and that a second crawl is answered with 304s.
 */
class PoliteCrawlTest {
    private static final long DELAY_MS = 150;
    private static final int ARTICLES = 6;

    @TempDir
    Path dir;

    FixtureServer server;
    Services services;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        server.site("/news", ARTICLES).site("/notices", ARTICLES)
                .robots("User-agent: *\nDisallow: /news/article-6.html\n");
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
        server.close();
    }

    private List<CrawlReport.SourceReport> crawlConcurrently(List<Source> sources) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CrawlReport.SourceReport>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> services.crawler().crawl(s)));
            }
            List<CrawlReport.SourceReport> out = new ArrayList<>();
            for (Future<CrawlReport.SourceReport> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    // Per host, in order of arrival: the milliseconds between the end of one request and the start of the next.
    private static Map<String, List<Long>> gaps(List<FixtureServer.Request> log) {
        Map<String, List<Long>> out = new TreeMap<>();
        log.stream().collect(Collectors.groupingBy(FixtureServer.Request::host)).forEach((host, requests) -> {
            List<FixtureServer.Request> sorted = new ArrayList<>(requests);
            sorted.sort(Comparator.comparingLong(FixtureServer.Request::startNanos));
            List<Long> g = new ArrayList<>();
            for (int i = 1; i < sorted.size(); i++) {
                g.add((sorted.get(i).startNanos() - sorted.get(i - 1).endNanos()) / 1_000_000);
            }
            out.put(host, g);
        });
        return out;
    }

    @Test
    void oneRequestAtATimePerHostSpacedByTheDelayThen304s() throws Exception {
        String yaml = String.format(java.util.Locale.ROOT, """
                defaults:
                  delay: %dms
                sources:
                  - id: news
                    type: html
                    url: http://127.0.0.1:%d/news/index.html
                    select: { item: "ul.news li", link: "a", date: "time" }
                  - id: notices
                    type: html
                    url: http://127.0.0.1:%d/notices/index.html
                    select: { item: "ul.news li", link: "a", date: "time" }
                  - id: news-mirror
                    type: html
                    url: http://localhost:%d/notices/index.html
                    select: { item: "ul.news li", link: "a", date: "time" }
                """, DELAY_MS, server.port(), server.port(), server.port());
        List<Source> sources = FeedsFile.parse("test.yml", yaml);
        services = Services.open(TestServices.settings(dir), sources, n -> {});

        List<CrawlReport.SourceReport> first = crawlConcurrently(sources);
        List<FixtureServer.Request> firstLog = server.requests();
        // the mirror is another host, so its pages are other pages; their one-line texts are too short to cluster
        assertEquals(List.of(ARTICLES - 1, ARTICLES, ARTICLES), first.stream().map(CrawlReport.SourceReport::added)
                .toList(), first.toString());
        assertEquals(1, first.get(0).skipped(), "robots.txt disallows one article: " + first.get(0));
        assertEquals(0, server.hits("/news/article-6.html"), "a disallowed page is never requested");
        Map<String, List<Long>> g1 = gaps(firstLog);
        assertEquals(List.of("127.0.0.1", "localhost"), List.copyOf(g1.keySet()));
        assertEquals(1 + 1 + 1 + (ARTICLES - 1) + ARTICLES, firstLog.stream()
                .filter(r -> r.host().equals("127.0.0.1")).count(), "robots.txt, two list pages, the articles");
        for (String host : g1.keySet()) {
            assertEquals("/robots.txt", firstLog.stream().filter(r -> r.host().equals(host)).min(
                    Comparator.comparingLong(FixtureServer.Request::startNanos)).orElseThrow().path());
            g1.get(host).forEach(gap -> assertTrue(gap >= DELAY_MS, host + ": gaps " + g1.get(host)));
        }

        server.reset();
        List<CrawlReport.SourceReport> second = crawlConcurrently(sources);
        assertEquals(List.of("not_modified"), second.stream().map(CrawlReport.SourceReport::outcome).distinct()
                .toList(), second.toString());
        List<FixtureServer.Request> secondLog = server.requests();
        assertEquals(3, secondLog.size(), "one conditional request per source: " + secondLog);
        assertEquals(List.of(304), secondLog.stream().map(FixtureServer.Request::status).distinct().toList());
        gaps(secondLog).forEach((host, gs) -> gs.forEach(gap -> assertTrue(gap >= DELAY_MS, host + ": " + gs)));
    }
}
