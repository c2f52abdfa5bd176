package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ipradar.config.ConfigException;
import org.ipradar.net.FetchException.Reason;
import org.ipradar.testing.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static final String FEED = "<rss version=\"2.0\"><channel><title>专利</title></channel></rss>";

    private FixtureServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        fetcher = Fetchers.plain();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FetchRequest req(URI url) {
        return FetchRequest.of(url, Purpose.FEED).withDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(5));
    }

    private FetchException fails(FetchRequest r) {
        return assertThrows(FetchException.class, () -> fetcher.fetch(r));
    }

    @Test
    void fetchesWithUserAgentAcceptAndValidatorsReturned() throws Exception {
        server.serve("/feed.xml", FEED, "application/rss+xml; charset=utf-8");

        FetchResponse r = fetcher.fetch(req(server.url("/feed.xml")));

        assertEquals(200, r.status());
        assertEquals(FEED, new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/rss+xml; charset=utf-8", r.contentType());
        assertEquals(StandardCharsets.UTF_8, r.headerCharset().orElseThrow());
        assertEquals(server.etag("/feed.xml"), r.etag());
        assertEquals(server.lastModified("/feed.xml"), r.lastModified());
        assertEquals(server.url("/feed.xml"), r.finalUrl());
        assertEquals(List.of(), r.redirects());
        FixtureServer.Request sent = server.requests().get(0);
        assertEquals(Fetchers.UA, sent.header("user-agent"));
        assertEquals(Purpose.FEED.accept(), sent.header("accept"));
        assertNull(sent.header("if-none-match"));
    }

    @Test
    void acceptHeaderFollowsThePurpose() throws Exception {
        server.serve("/page.html", "<p>x</p>", "text/html");

        fetcher.fetch(FetchRequest.of(server.url("/page.html"), Purpose.HTML).withDelay(Duration.ZERO));

        assertEquals("text/html, application/xhtml+xml;q=0.9, */*;q=0.5", server.requests().get(0).header("accept"));
    }

    @Test
    void conditionalGetIsAnswered304WithTheValidatorsKept() throws Exception {
        server.serve("/feed.xml", FEED, "application/rss+xml");
        FetchResponse first = fetcher.fetch(req(server.url("/feed.xml")));

        FetchResponse second = fetcher.fetch(req(server.url("/feed.xml"))
                .withValidators(first.etag(), first.lastModified()));

        assertEquals(304, second.status());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
        assertEquals(first.etag(), second.etag());
        assertEquals(first.lastModified(), second.lastModified());
        FixtureServer.Request sent = server.requests().get(1);
        assertEquals(first.etag(), sent.header("if-none-match"));
        assertEquals(first.lastModified(), sent.header("if-modified-since"));
    }

    @Test
    void onlyIfModifiedSinceAlsoGives304() throws Exception {
        server.serve("/feed.xml", FEED, "application/rss+xml");

        FetchResponse r = fetcher.fetch(req(server.url("/feed.xml"))
                .withValidators(null, server.lastModified("/feed.xml")));

        assertEquals(304, r.status());
        assertEquals(server.etag("/feed.xml"), r.etag()); // the 304 repeats the ETag: kept for next time
        assertEquals(server.lastModified("/feed.xml"), r.lastModified());
    }

    @Test
    void errorStatusesAreHttpStatusFailures() {
        server.status("/gone", 404).status("/broken", 500);

        FetchException notFound = fails(req(server.url("/gone")));
        FetchException broken = fails(req(server.url("/broken")));

        assertEquals(Reason.HTTP_STATUS, notFound.reason());
        assertEquals(404, notFound.status().orElseThrow());
        assertEquals(server.url("/gone") + ": HTTP 404 Not Found", notFound.getMessage());
        assertEquals(Reason.HTTP_STATUS, broken.reason());
        assertEquals(server.url("/broken") + ": HTTP 500 Internal Server Error", broken.getMessage());
        assertTrue(broken.retryAfter().isEmpty());
    }

    @Test
    void retryAfterSecondsIsReturnedAndKeepsTheHostClosed() throws Exception {
        server.retryAfter("/busy", 503, "120").serve("/other", "x", "text/plain");
        HttpFetcher f = Fetchers.builder().maxDeferral(Duration.ofSeconds(1)).build();

        FetchException busy = assertThrows(FetchException.class, () -> f.fetch(req(server.url("/busy"))));
        FetchException deferred = assertThrows(FetchException.class, () -> f.fetch(req(server.url("/other"))));

        assertEquals(Reason.HTTP_STATUS, busy.reason());
        assertEquals(503, busy.status().orElseThrow());
        assertEquals(Duration.ofSeconds(120), busy.retryAfter().orElseThrow());
        assertEquals(server.url("/busy") + ": HTTP 503 Service Unavailable; Retry-After 120s", busy.getMessage());
        assertEquals(Reason.DEFERRED, deferred.reason());
        long left = deferred.retryAfter().orElseThrow().toSeconds();
        assertTrue(left > 100 && left <= 120, "left " + left);
        assertEquals(0, server.hits("/other"));
    }

    @Test
    void retryAfterDateOn429IsReadAgainstTheClock() {
        Instant now = Instant.parse("2026-11-24T07:27:00Z");
        server.retryAfter("/slow-down", 429, "Tue, 24 Nov 2026 07:30:00 GMT");
        HttpFetcher f = Fetchers.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();

        FetchException e = assertThrows(FetchException.class, () -> f.fetch(req(server.url("/slow-down"))));

        assertEquals(429, e.status().orElseThrow());
        assertEquals(Duration.ofMinutes(3), e.retryAfter().orElseThrow());
    }

    @Test
    void parsesRetryAfterForms() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");

        assertEquals(Duration.ofSeconds(120), HttpFetcher.parseRetryAfter(" 120 ", now));
        assertEquals(Duration.ofSeconds(60), HttpFetcher.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now));
        assertEquals(Duration.ZERO, HttpFetcher.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now));
        assertEquals(Duration.ofDays(7), HttpFetcher.parseRetryAfter("99999999999999999999999", now));
        assertEquals(Duration.ofDays(7), HttpFetcher.parseRetryAfter("31536000", now));
        assertNull(HttpFetcher.parseRetryAfter("soon", now));
        assertNull(HttpFetcher.parseRetryAfter("-5", now));
        assertNull(HttpFetcher.parseRetryAfter(null, now));
    }

    @Test
    void followsFiveRelativeRedirects() throws Exception {
        server.serve("/final.xml", FEED, "application/rss+xml").redirectChain("/r", 5, "/final.xml", 302);

        FetchResponse r = fetcher.fetch(req(server.url("/r/1")));

        assertEquals(200, r.status());
        assertEquals(server.url("/final.xml"), r.finalUrl());
        assertEquals(List.of(server.url("/r/1"), server.url("/r/2"), server.url("/r/3"), server.url("/r/4"),
                server.url("/r/5")), r.redirects());
    }

    @Test
    void sixRedirectsAreTooMany() {
        server.serve("/final.xml", FEED, "application/rss+xml").redirectChain("/r", 6, "/final.xml", 301);

        FetchException e = fails(req(server.url("/r/1")));

        assertEquals(Reason.TOO_MANY_REDIRECTS, e.reason());
        assertEquals(server.url("/r/6") + ": more than 5 redirects (next would be " + server.url("/final.xml") + ")",
                e.getMessage());
        assertEquals(0, server.hits("/final.xml"));
    }

    @Test
    void redirectLoopIsDetected() {
        server.redirectChain("/loop", 3, "/loop/1", 307);

        FetchException e = fails(req(server.url("/loop/1")));

        assertEquals(Reason.REDIRECT_LOOP, e.reason());
        assertEquals(server.url("/loop/3") + ": redirect loop: HTTP 307 back to " + server.url("/loop/1"),
                e.getMessage());
        assertEquals(1, server.hits("/loop/1"));
    }

    @Test
    void absoluteRedirectAcrossHostsAnd303And308() throws Exception {
        server.serve("/final.xml", FEED, "application/rss+xml")
                .redirect("/a", server.url("localhost", "/b").toString(), 303)
                .redirect("/b", "/final.xml", 308);

        FetchResponse r = fetcher.fetch(req(server.url("/a")));

        assertEquals(200, r.status());
        assertEquals(server.url("localhost", "/final.xml"), r.finalUrl());
        assertEquals("localhost:" + server.port(), server.requests().get(2).header("host"));
    }

    @Test
    void redirectWithoutLocationIsAnError() {
        server.status("/nowhere", 302);

        FetchException e = fails(req(server.url("/nowhere")));

        assertEquals(Reason.HTTP_STATUS, e.reason());
        assertEquals(server.url("/nowhere") + ": HTTP 302 redirect without a Location header", e.getMessage());
    }

    @Test
    void slowHeadersTimeOut() {
        server.slow("/slow.xml", Duration.ofSeconds(3), FEED.getBytes(StandardCharsets.UTF_8), "text/xml");

        long t0 = System.nanoTime();
        FetchException e = fails(req(server.url("/slow.xml")).withTimeout(Duration.ofMillis(400)));

        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals(server.url("/slow.xml") + ": timed out: the whole request took more than 400 ms",
                e.getMessage());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
    }

    @Test
    void tricklingBodyTimesOutAlthoughEachReadIsQuick() {
        // 40 chunks of 10 bytes, 50 ms apart: about 2 s in all, never more than 50 ms between two reads
        byte[] body = "0123456789".repeat(40).getBytes(StandardCharsets.US_ASCII);
        server.trickle("/trickle", body, 10, Duration.ofMillis(50), "text/plain");

        long t0 = System.nanoTime();
        FetchException e = fails(req(server.url("/trickle")).withTimeout(Duration.ofMillis(600)));
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(ms >= 550 && ms < 1500, "gave up after " + ms + " ms");
    }

    @Test
    void tricklingBodyWithinTheLimitArrivesWhole() throws Exception {
        byte[] body = "0123456789".repeat(5).getBytes(StandardCharsets.US_ASCII);
        server.trickle("/trickle", body, 10, Duration.ofMillis(20), "text/plain");

        FetchResponse r = fetcher.fetch(req(server.url("/trickle")));

        assertArrayEquals(body, r.body());
    }

    @Test
    void timeLimitCoversAllRedirectHops() {
        // three hops of 250 ms each: every hop alone is well within 600 ms, together they are not
        server.serve("/final.xml", FEED, "text/xml").redirectChain("/r", 3, "/final.xml", 302)
                .delayed("/r/1", Duration.ofMillis(250)).delayed("/r/2", Duration.ofMillis(250))
                .delayed("/r/3", Duration.ofMillis(250));

        FetchException e = fails(req(server.url("/r/1")).withTimeout(Duration.ofMillis(600)));

        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals(server.url("/r/3"), e.url());
        assertEquals(0, server.hits("/final.xml"));
    }

    @Test
    void gzipBombIsRefusedOnceTheCapIsPassed() {
        server.gzipBomb("/bomb.html", 50 * 1024 * 1024);
        int compressed = FixtureServer.gzipOfZeros(50 * 1024 * 1024).length;
        assertTrue(compressed < 100 * 1024, "compressed to " + compressed + " bytes");

        long t0 = System.nanoTime();
        FetchException e = fails(req(server.url("/bomb.html")).withMaxBytes(1024 * 1024));
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals(server.url("/bomb.html") + ": payload larger than the cap of 1048576 bytes (more than that after"
                + " decompression)", e.getMessage());
        assertTrue(ms < 3000, "took " + ms + " ms");
    }

    @Test
    void declaredLengthOverTheCapIsRefusedBeforeReading() {
        server.serve("/big.xml", "x".repeat(2048), "text/xml");

        FetchException e = fails(req(server.url("/big.xml")).withMaxBytes(1024));

        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals(server.url("/big.xml") + ": payload larger than the cap of 1024 bytes (Content-Length 2048)",
                e.getMessage());
    }

    @Test
    void gzippedBodyIsDecompressedAndCountedDecompressed() throws Exception {
        String big = "商标抢注 trademark squatting ".repeat(200);
        server.serve("/big.xml", big, "text/xml; charset=utf-8").gzip("/big.xml");
        int size = big.getBytes(StandardCharsets.UTF_8).length;

        FetchResponse r = fetcher.fetch(req(server.url("/big.xml")));
        FetchException e = fails(req(server.url("/big.xml")).withMaxBytes(size - 1));

        assertEquals(big, new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("gzip", server.requests().get(0).header("accept-encoding"));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void truncatedBodyIsReported() {
        byte[] body = "<rss>".concat("<item>x</item>".repeat(100)).concat("</rss>").getBytes(StandardCharsets.UTF_8);
        server.truncated("/cut.xml", body, 100, "text/xml");

        FetchException e = fails(req(server.url("/cut.xml")));

        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(server.url("/cut.xml") + ": truncated: the connection closed before the whole payload arrived",
                e.getMessage());
    }

    @Test
    void refusedConnectionIsANetworkFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/");

        FetchException e = fails(req(url));

        assertEquals(Reason.NETWORK, e.reason());
        assertEquals(url + ": connection refused by 127.0.0.1:" + port, e.getMessage());
    }

    @Test
    void unknownHostIsADnsFailure() {
        HttpFetcher f = Fetchers.builder().dns(Fetchers.fakeDns(Map.of())).build();
        URI url = URI.create("http://no-such-host.example/feed");

        FetchException e = assertThrows(FetchException.class, () -> f.fetch(req(url)));

        assertEquals(Reason.DNS, e.reason());
        assertEquals(url + ": unknown host no-such-host.example", e.getMessage());
    }

    @Test
    void wrongContentTypeIsPassedOnVerbatim() throws Exception {
        server.serve("/feed.xml", FEED, "text/html; charset=ISO-8859-1");

        FetchResponse r = fetcher.fetch(req(server.url("/feed.xml")));

        assertEquals("text/html; charset=ISO-8859-1", r.contentType());
        assertEquals("windows-1252", r.headerCharset().orElseThrow().name());
        Charsets.Decoded d = r.decode();
        assertEquals(FEED, d.text()); // the bytes are UTF-8, whatever the header says
        assertEquals("utf-8", d.source());
    }

    @Test
    void userAgentMustNameAContact() {
        ConfigException e = assertThrows(ConfigException.class, () -> HttpFetcher.builder("ipradar/1.0"));

        assertEquals("user agent \"ipradar/1.0\" names no contact: add a URL or an e-mail address, as in"
                + " \"ipradar/1.0 (+https://example.org/bot)\" (IPRADAR_USER_AGENT)", e.getMessage());
        HttpFetcher.builder("ipradar/1.0 (bot@example.org)").build();
        HttpFetcher.builder("ipradar/1.0 (+https://github.com/ipradar/ipradar)").build();
    }

    @Test
    void interruptedWhileWaitingForTheHostThrowsInterrupted() throws Exception {
        server.serve("/a", "a", "text/plain");
        HttpFetcher f = Fetchers.plain();
        f.fetch(req(server.url("/a")).withDelay(Duration.ofSeconds(30)));

        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> f.fetch(req(server.url("/a")).withDelay(Duration.ofSeconds(30))));
        assertEquals(1, server.hits("/a"));
    }
}
