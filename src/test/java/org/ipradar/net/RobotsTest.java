package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ipradar.net.FetchException.Reason;
import org.ipradar.testing.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotsTest {
    private FixtureServer server;
    private HostGateTest.FakeTicker ticker;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        server.serve("/public/a.html", "<p>a</p>", "text/html").serve("/private/b.html", "<p>b</p>", "text/html");
        ticker = new HostGateTest.FakeTicker();
        // the fake ticker drives robots.txt expiry; with no delay the gate never sleeps on it
        fetcher = Fetchers.builder().robots(true).ticker(ticker)
                .robotsTtl(Duration.ofHours(24), Duration.ofMinutes(10)).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchResponse get(String path) throws Exception {
        return fetcher.fetch(FetchRequest.of(server.url(path), Purpose.HTML).withDelay(Duration.ZERO));
    }

    private FetchException refused(String path) {
        return assertThrows(FetchException.class, () -> get(path));
    }

    private List<String> paths() {
        return server.requests().stream().map(FixtureServer.Request::path).toList();
    }

    @Test
    void productTokenIsTheUserAgentUpToItsVersion() {
        assertEquals("ipradar-test", Robots.productToken(Fetchers.UA));
        assertEquals("ipradar", Robots.productToken("IPRadar/0.1.0 (+https://example.org)"));
        assertEquals(URI.create("http://127.0.0.1:8080/robots.txt"),
                Robots.robotsUrl(URI.create("http://127.0.0.1:8080/a/b?c")));
    }

    @Test
    void disallowedPathIsRefusedWithoutARequestAndRobotsTxtIsFetchedOnce() throws Exception {
        server.robots("User-agent: *\nDisallow: /private/\n");

        assertEquals(200, get("/public/a.html").status());
        FetchException e = refused("/private/b.html");
        assertEquals(200, get("/public/a.html").status());

        assertEquals(Reason.ROBOTS_DISALLOWED, e.reason());
        assertEquals(server.url("/private/b.html") + ": robots.txt of http://127.0.0.1:" + server.port()
                + " disallows this address to ipradar-test (HTTP 200)", e.getMessage());
        assertEquals(List.of("/robots.txt", "/public/a.html", "/public/a.html"), paths());
        FixtureServer.Request robots = server.requests().get(0);
        assertEquals(Fetchers.UA, robots.header("user-agent"));
        assertEquals("text/plain, */*;q=0.5", robots.header("accept"));
    }

    @Test
    void groupForOurAgentWinsOverTheStarGroup() throws Exception {
        server.robots("User-agent: *\nDisallow:\n\nUser-agent: ipradar-test\nDisallow: /public/\n");

        assertEquals(Reason.ROBOTS_DISALLOWED, refused("/public/a.html").reason());
        assertEquals(200, get("/private/b.html").status());
    }

    @Test
    void missingRobotsTxtAllowsEverything() throws Exception {
        server.status("/robots.txt", 404);

        assertEquals(200, get("/private/b.html").status());
        assertEquals("HTTP 404: allow all", fetcher.robots().rules(server.url("/"), Duration.ZERO).basis());
    }

    @Test
    void serverErrorDisallowsEverythingForTheErrorTtlThenAsksAgain() throws Exception {
        server.status("/robots.txt", 500);

        FetchException e = refused("/public/a.html");
        refused("/public/a.html");
        ticker.advanceMs(Duration.ofMinutes(11).toMillis());
        server.robots("User-agent: *\nDisallow:\n");
        FetchResponse after = get("/public/a.html");

        assertEquals(Reason.ROBOTS_DISALLOWED, e.reason());
        assertTrue(e.getMessage().endsWith("disallows this address to ipradar-test (HTTP 500: disallow all)"),
                e.getMessage());
        assertEquals(200, after.status());
        assertEquals(List.of("/robots.txt", "/robots.txt", "/public/a.html"), paths());
    }

    @Test
    void tooManyRequestsOnRobotsTxtDisallowsToo() {
        server.retryAfter("/robots.txt", 429, "1");

        FetchException e = refused("/public/a.html");

        assertTrue(e.getMessage().endsWith("(HTTP 429: disallow all)"), e.getMessage());
    }

    @Test
    void successIsCachedForTheTtlThenRefetched() throws Exception {
        server.robots("User-agent: *\nDisallow: /private/\n");
        get("/public/a.html");
        ticker.advanceMs(Duration.ofHours(23).toMillis());
        get("/public/a.html");
        ticker.advanceMs(Duration.ofHours(2).toMillis());
        server.robots("User-agent: *\nDisallow:\n");

        assertEquals(200, get("/private/b.html").status());
        assertEquals(List.of("/robots.txt", "/public/a.html", "/public/a.html", "/robots.txt", "/private/b.html"),
                paths());
    }

    @Test
    void unreachableRobotsTxtDisallows() throws Exception {
        // robots.txt redirects to a forbidden address: unreachable, so the site is off limits
        server.redirect("/robots.txt", "http://127.0.0.2:9/robots.txt", 301);

        FetchException e = refused("/public/a.html");

        assertEquals(Reason.ROBOTS_DISALLOWED, e.reason());
        assertTrue(e.getMessage().contains("(unreachable (BLOCKED: http://127.0.0.2:9/robots.txt: address blocked:"
                + " 127.0.0.2 (loopback)"), e.getMessage());
        assertEquals(List.of("/robots.txt"), paths());
    }

    @Test
    void redirectedRobotsTxtIsFollowed() throws Exception {
        server.redirect("/robots.txt", "/site/robots.txt", 301)
                .serve("/site/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");

        assertEquals(Reason.ROBOTS_DISALLOWED, refused("/private/b.html").reason());
        assertEquals(200, get("/public/a.html").status());
    }

    @Test
    void robotsTxtBehindMoreThanFiveRedirectsCountsAsMissing() throws Exception {
        server.redirect("/robots.txt", "/r/1", 302).redirectChain("/r", 5, "/real-robots.txt", 302)
                .serve("/real-robots.txt", "User-agent: *\nDisallow: /\n", "text/plain");

        assertEquals(200, get("/private/b.html").status());
        assertEquals(0, server.hits("/real-robots.txt"));
        assertTrue(fetcher.robots().rules(server.url("/"), Duration.ZERO).basis().endsWith(": allow all"));
    }

    @Test
    void crawlDelayIsExposed() throws Exception {
        server.robots("User-agent: *\nCrawl-delay: 3\nDisallow:\n");

        Robots.Rules rules = fetcher.robots().rules(server.url("/"), Duration.ZERO);

        assertEquals(Optional.of(Duration.ofSeconds(3)), rules.crawlDelay());
        assertFalse(rules.deferred());
    }

    @Test
    void crawlDelayLengthensTheDelayBetweenRequests() throws Exception {
        server.robots("User-agent: *\nCrawl-delay: 0.4\nDisallow:\n");
        HttpFetcher real = Fetchers.builder().robots(true).build();

        for (int i = 0; i < 3; i++) {
            real.fetch(FetchRequest.of(server.url("/public/a.html"), Purpose.HTML).withDelay(Duration.ofMillis(50)));
        }

        List<FixtureServer.Request> log = server.requests();
        assertEquals(4, log.size());
        for (int i = 1; i < log.size(); i++) {
            long gapMs = (log.get(i).startNanos() - log.get(i - 1).endNanos()) / 1_000_000;
            assertTrue(gapMs >= 400, "gap " + i + " was " + gapMs + " ms");
        }
    }

    @Test
    void hostDeferredByRetryAfterIsNotCachedAsUnreachable() throws Exception {
        server.retryAfter("/busy", 503, "600").robots("User-agent: *\nDisallow:\n");
        HttpFetcher f = Fetchers.builder().robots(false).maxDeferral(Duration.ofSeconds(1)).build();
        HttpFetcher polite = Fetchers.builder().robots(true).gate(f.gate()).maxDeferral(Duration.ofSeconds(1)).build();
        assertThrows(FetchException.class, () -> f.fetch(FetchRequest.of(server.url("/busy"), Purpose.HTML)
                .withDelay(Duration.ZERO)));

        FetchException e = assertThrows(FetchException.class, () -> polite.fetch(
                FetchRequest.of(server.url("/public/a.html"), Purpose.HTML).withDelay(Duration.ZERO)));

        assertEquals(Reason.DEFERRED, e.reason());
        assertEquals(server.url("/robots.txt"), e.url());
        assertEquals(List.of("/busy"), paths());
    }
}
