package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.ipradar.testing.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Crawls a fixture site posing as two hosts (127.0.0.1 and localhost) from three threads, then checks from the
 * server's own log that no host ever had two requests at once or two closer than the delay, and that a second crawl
 * with the validators is answered with 304s.
 */
class PolitenessTest {
    private static final Duration DELAY = Duration.ofMillis(200);
    private static final int ARTICLES = 7;
    private static final List<String> HOSTS = List.of("127.0.0.1", "localhost");

    private FixtureServer server;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        server.site("/news", ARTICLES).robots("User-agent: *\nDisallow: /admin/\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Fetched(URI url, FetchResponse response) {}

    private static List<Fetched> crawl(HttpFetcher fetcher, List<URI> urls, Map<URI, FetchResponse> previous)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Fetched>> futures = new ArrayList<>();
            for (URI u : urls) {
                futures.add(pool.submit(() -> {
                    FetchRequest r = FetchRequest.of(u, Purpose.HTML).withDelay(DELAY);
                    FetchResponse before = previous.get(u);
                    if (before != null) {
                        r = r.withValidators(before.etag(), before.lastModified());
                    }
                    return new Fetched(u, fetcher.fetch(r));
                }));
            }
            List<Fetched> out = new ArrayList<>();
            for (Future<Fetched> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** For each host: no overlap and at least DELAY between the end of one request and the start of the next. */
    private static Map<String, List<Long>> gapsByHost(List<FixtureServer.Request> log) {
        Map<String, List<FixtureServer.Request>> byHost = log.stream()
                .collect(Collectors.groupingBy(FixtureServer.Request::host, TreeMap::new, Collectors.toList()));
        Map<String, List<Long>> gaps = new TreeMap<>();
        byHost.forEach((host, requests) -> {
            List<FixtureServer.Request> sorted = new ArrayList<>(requests);
            sorted.sort(Comparator.comparingLong(FixtureServer.Request::startNanos));
            List<Long> g = new ArrayList<>();
            for (int i = 1; i < sorted.size(); i++) {
                assertTrue(sorted.get(i - 1).endNanos() != FixtureServer.Request.IN_FLIGHT);
                g.add((sorted.get(i).startNanos() - sorted.get(i - 1).endNanos()) / 1_000_000);
            }
            gaps.put(host, g);
        });
        return gaps;
    }

    @Test
    void oneRequestAtATimePerHostSpacedByTheDelayAndThen304s() throws Exception {
        HttpFetcher fetcher = Fetchers.builder().robots(true).build();
        List<URI> urls = new ArrayList<>();
        for (String path : FixtureServer.sitePaths("/news", ARTICLES)) {
            for (String host : HOSTS) {
                urls.add(server.url(host, path)); // interleaved, so the threads work on both hosts at once
            }
        }

        List<Fetched> first = crawl(fetcher, urls, Map.of());
        List<FixtureServer.Request> firstLog = server.requests();
        Map<String, List<Long>> firstGaps = gapsByHost(firstLog);
        server.reset();
        Map<URI, FetchResponse> validators = new ConcurrentHashMap<>();
        first.forEach(f -> validators.put(f.url(), f.response()));
        List<Fetched> second = crawl(fetcher, urls, validators);
        List<FixtureServer.Request> secondLog = server.requests();
        Map<String, List<Long>> secondGaps = gapsByHost(secondLog);

        // first crawl: every page once per host, after one robots.txt per host
        assertEquals(List.of(200), first.stream().map(f -> f.response().status()).distinct().toList());
        assertEquals(2 * (ARTICLES + 2), firstLog.size());
        assertEquals(Map.of("127.0.0.1", ARTICLES + 1, "localhost", ARTICLES + 1),
                firstGaps.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));
        for (String host : HOSTS) {
            assertEquals("/robots.txt", firstLog.stream().filter(r -> r.host().equals(host)).findFirst()
                    .orElseThrow().path());
        }
        firstGaps.forEach((host, gaps) -> gaps.forEach(g -> assertTrue(g >= DELAY.toMillis(),
                "first crawl, " + host + ": gaps " + gaps)));
        // second crawl: robots.txt cached, every page answered 304 to the validators
        assertEquals(List.of(304), second.stream().map(f -> f.response().status()).distinct().toList());
        assertEquals(2 * (ARTICLES + 1), secondLog.size());
        assertEquals(List.of(304), secondLog.stream().map(FixtureServer.Request::status).distinct().toList());
        secondGaps.forEach((host, gaps) -> gaps.forEach(g -> assertTrue(g >= DELAY.toMillis(),
                "second crawl, " + host + ": gaps " + gaps)));
    }

    @Test
    void twoHostsAreServedSideBySide() throws Exception {
        // the gate is per host: requests to the two hosts overlap in time even though each host waits its turn
        HttpFetcher fetcher = Fetchers.plain();
        server.delayed("/news/index.html", Duration.ofMillis(300));
        List<URI> urls = HOSTS.stream().map(h -> server.url(h, "/news/index.html")).toList();

        crawl(fetcher, urls, Map.of());

        List<FixtureServer.Request> log = server.requests();
        assertEquals(2, log.size());
        FixtureServer.Request a = log.get(0);
        FixtureServer.Request b = log.get(1);
        assertTrue(b.startNanos() < a.endNanos(), "the two hosts' requests overlapped");
    }
}
