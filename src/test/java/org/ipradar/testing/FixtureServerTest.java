package org.ipradar.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Tests the fixture HTTP server itself with the JDK HttpClient. */
class FixtureServerTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private FixtureServer server;
    private HttpClient client;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesBodyWithEtagAndLastModified() throws Exception {
        server.serve("/feed.xml", FEED, "application/rss+xml; charset=utf-8");

        HttpResponse<byte[]> r = get("/feed.xml");

        assertEquals(200, r.statusCode());
        assertArrayEquals(FEED, r.body());
        assertEquals("application/rss+xml; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{16}\""), etag);
        assertEquals(server.etag("/feed.xml"), etag);
        String lastModified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(lastModified.endsWith(" GMT"), lastModified);
        assertEquals(server.lastModified("/feed.xml"), lastModified);
    }

    @Test
    void urlIsAbsoluteOnLoopback() {
        assertEquals("http://127.0.0.1:" + server.port() + "/a/b.xml", server.url("a/b.xml").toString());
        assertEquals("http://127.0.0.1:" + server.port() + "/a/b.xml", server.url("/a/b.xml").toString());
    }

    @Test
    void answersNotModifiedWhenEtagMatches() throws Exception {
        server.serve("/feed.xml", FEED, "text/xml");
        String etag = get("/feed.xml").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> r = get("/feed.xml", "If-None-Match", etag);

        assertEquals(304, r.statusCode());
        assertEquals(0, r.body().length);
        assertEquals(etag, r.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void answersFullBodyWhenEtagDiffers() throws Exception {
        server.serve("/feed.xml", FEED, "text/xml");
        String lastModified = get("/feed.xml").headers().firstValue("Last-Modified").orElseThrow();

        // If-None-Match takes precedence: a stale tag wins over a matching date
        HttpResponse<byte[]> r = get("/feed.xml", "If-None-Match", "\"0000000000000000\"",
                "If-Modified-Since", lastModified);

        assertEquals(200, r.statusCode());
        assertArrayEquals(FEED, r.body());
    }

    @Test
    void answersNotModifiedWhenIfModifiedSinceMatches() throws Exception {
        server.serve("/feed.xml", FEED, "text/xml");
        String lastModified = get("/feed.xml").headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> r = get("/feed.xml", "If-Modified-Since", lastModified);

        assertEquals(304, r.statusCode());
        assertEquals(0, r.body().length);
    }

    @Test
    void answersFullBodyWhenIfModifiedSinceIsOlder() throws Exception {
        server.serve("/feed.xml", FEED, "text/xml");

        HttpResponse<byte[]> r = get("/feed.xml", "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT");

        assertEquals(200, r.statusCode());
        assertArrayEquals(FEED, r.body());
    }

    @Test
    void replacedPayloadGetsNewValidatorsAndDefeatsOldOnes() throws Exception {
        server.serve("/feed.xml", FEED, "text/xml");
        HttpResponse<byte[]> first = get("/feed.xml");
        String oldEtag = first.headers().firstValue("ETag").orElseThrow();
        String oldDate = first.headers().firstValue("Last-Modified").orElseThrow();
        byte[] changed = "<rss version=\"2.0\"><channel><title>changed</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);

        server.replace("/feed.xml", changed, "text/xml");

        HttpResponse<byte[]> byTag = get("/feed.xml", "If-None-Match", oldEtag);
        assertEquals(200, byTag.statusCode());
        assertArrayEquals(changed, byTag.body());
        assertNotEquals(oldEtag, byTag.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> byDate = get("/feed.xml", "If-Modified-Since", oldDate);
        assertEquals(200, byDate.statusCode());
        assertNotEquals(oldDate, byDate.headers().firstValue("Last-Modified").orElseThrow());
    }

    @Test
    void gzipsBodyWhenEnabledAndAccepted() throws Exception {
        byte[] big = ("<rss>" + "商标抢注 trademark squatting ".repeat(200) + "</rss>").getBytes(StandardCharsets.UTF_8);
        server.serve("/big.xml", big, "text/xml; charset=utf-8").gzip("/big.xml");

        HttpResponse<byte[]> r = get("/big.xml", "Accept-Encoding", "gzip, deflate");

        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(r.body().length < big.length, "compressed body should be smaller");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            assertArrayEquals(big, in.readAllBytes());
        }
    }

    @Test
    void sendsIdentityBodyWhenGzipNotAccepted() throws Exception {
        server.serve("/big.xml", FEED, "text/xml").gzip("/big.xml");

        HttpResponse<byte[]> r = get("/big.xml");

        assertEquals(200, r.statusCode());
        assertFalse(r.headers().firstValue("Content-Encoding").isPresent());
        assertArrayEquals(FEED, r.body());
    }

    @Test
    void sendsIdentityBodyWhenGzipNotEnabled() throws Exception {
        server.serve("/plain.xml", FEED, "text/xml");

        HttpResponse<byte[]> r = get("/plain.xml", "Accept-Encoding", "gzip");

        assertFalse(r.headers().firstValue("Content-Encoding").isPresent());
        assertArrayEquals(FEED, r.body());
    }

    @Test
    void gzipOnUnknownRouteIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> server.gzip("/nope"));
    }

    @Test
    void answersNotFoundForUnknownPath() throws Exception {
        server.serve("/feed.xml", FEED, "text/xml");

        HttpResponse<byte[]> r = get("/other.xml");

        assertEquals(404, r.statusCode());
        assertEquals(1, server.hits("/other.xml"));
    }

    @Test
    void answersConfiguredStatusWithPlainBody() throws Exception {
        server.status("/broken", 500);

        HttpResponse<byte[]> r = get("/broken");

        assertEquals(500, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("500"));
    }

    @Test
    void redirectCarriesLocation() throws Exception {
        server.serve("/new.xml", FEED, "text/xml").redirect("/old.xml", "/new.xml", 301);

        HttpResponse<byte[]> r = get("/old.xml");

        assertEquals(301, r.statusCode());
        assertEquals("/new.xml", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void truncatedBodyFailsOrComesBackShort() throws Exception {
        byte[] body = ("<rss version=\"2.0\"><channel>" + "<item><title>x</title></item>".repeat(50)
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
        server.truncated("/cut.xml", body, 100, "text/xml");

        try {
            HttpResponse<byte[]> r = get("/cut.xml");
            assertTrue(r.body().length < body.length, "body should be short, got " + r.body().length);
        } catch (IOException expected) {
            // the JDK client reports the premature EOF as an IOException
            assertFalse(expected instanceof HttpTimeoutException, "should fail fast, not time out");
        }
        assertEquals(1, server.hits("/cut.xml"));
    }

    @Test
    void slowRouteDelaysHeaders() throws Exception {
        server.slow("/slow.xml", Duration.ofMillis(300), FEED, "text/xml");

        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = get("/slow.xml");
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(200, r.statusCode());
        assertArrayEquals(FEED, r.body());
        assertTrue(elapsedMs >= 250, "answered after " + elapsedMs + " ms");
    }

    @Test
    void slowRouteTriggersClientTimeout() {
        server.slow("/slower.xml", Duration.ofSeconds(3), FEED, "text/xml");
        HttpRequest req = HttpRequest.newBuilder(server.url("/slower.xml")).timeout(Duration.ofMillis(200)).build();

        assertThrows(HttpTimeoutException.class, () -> client.send(req, HttpResponse.BodyHandlers.ofByteArray()));
    }

    @Test
    void servesClasspathResourceAndFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.xml");
        Files.write(f, FEED);
        server.file("/file.xml", f, "text/xml");

        assertArrayEquals(FEED, get("/file.xml").body());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> server.resource("/r.xml", "fixtures/feeds/does-not-exist.xml", "text/xml"));
        assertTrue(e.getMessage().contains("fixtures/feeds/does-not-exist.xml"), e.getMessage());
    }

    @Test
    void servesFixtureFeedsFromClasspathByteForByte() throws Exception {
        String name = "fixtures/feeds/ipradar-zh-gb2312-undeclared.xml";
        byte[] expected;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                fail(name + " missing from the test classpath");
            }
            expected = in.readAllBytes();
        }
        server.resource("/zh.xml", name, "text/xml")
                .resource("/en.xml", "fixtures/feeds/ipradar-en-rss2.xml", "application/rss+xml");

        HttpResponse<byte[]> zh = get("/zh.xml");
        HttpResponse<byte[]> en = get("/en.xml");

        assertEquals(200, zh.statusCode());
        assertArrayEquals(expected, zh.body());
        assertEquals("text/xml", zh.headers().firstValue("Content-Type").orElseThrow());
        String gb = new String(zh.body(), Charset.forName("GB2312"));
        assertTrue(gb.contains("马来西亚"), "GB2312 bytes must survive serving");
        assertTrue(new String(en.body(), StandardCharsets.UTF_8).contains("ipnews-en-0004"));
    }

    @Test
    void countsHitsAndLogsRequestsInOrder() throws Exception {
        server.serve("/a", FEED, "text/xml").serve("/b", FEED, "text/xml");

        get("/a");
        get("/a?since=1", "User-Agent", "ipradar-test/1.0");
        get("/b");

        assertEquals(2, server.hits("/a"));
        assertEquals(1, server.hits("b"));
        assertEquals(0, server.hits("/c"));
        List<FixtureServer.Request> log = server.requests();
        assertEquals(List.of("/a", "/a", "/b"), log.stream().map(FixtureServer.Request::path).toList());
        assertEquals("GET", log.get(0).method());
        assertEquals("ipradar-test/1.0", log.get(1).headers().get("user-agent"));
        assertEquals("ipradar-test/1.0", log.get(1).header("User-Agent"));
        assertFalse(log.get(2).at().isBefore(log.get(0).at()));

        server.reset();

        assertEquals(0, server.hits("/a"));
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void logRecordsTimingStatusAndHost() throws Exception {
        server.serve("/feed.xml", FEED, "text/xml");
        String etag = server.etag("/feed.xml");

        get("/feed.xml");
        HttpRequest viaLocalhost = HttpRequest.newBuilder(server.url("localhost", "/feed.xml"))
                .header("If-None-Match", etag).build();
        client.send(viaLocalhost, HttpResponse.BodyHandlers.ofByteArray());

        List<FixtureServer.Request> log = server.requests();
        assertEquals(2, log.size());
        assertEquals("127.0.0.1", log.get(0).host());
        assertEquals(200, log.get(0).status());
        assertEquals("localhost", log.get(1).host());
        assertEquals(304, log.get(1).status());
        assertTrue(log.get(0).startNanos() <= log.get(0).endNanos());
        assertTrue(log.get(0).endNanos() <= log.get(1).startNanos());
        assertEquals("http://localhost:" + server.port() + "/x", server.url("localhost", "x").toString());
    }

    @Test
    void robotsIsServedAsPlainText() throws Exception {
        server.robots("User-agent: *\nDisallow: /private/\n");

        HttpResponse<byte[]> r = get("/robots.txt");

        assertEquals("text/plain; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("User-agent: *\nDisallow: /private/\n", new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void retryAfterIsSentWithTheStatus() throws Exception {
        server.retryAfter("/busy", 503, "120");

        HttpResponse<byte[]> r = get("/busy");

        assertEquals(503, r.statusCode());
        assertEquals("120", r.headers().firstValue("Retry-After").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> server.header("/nope", "X-A", "b"));
    }

    @Test
    void redirectChainLinksEachHopToTheNext() throws Exception {
        server.redirectChain("/r", 3, "http://169.254.169.254/", 308);

        assertEquals("/r/2", get("/r/1").headers().firstValue("Location").orElseThrow());
        assertEquals("/r/3", get("/r/2").headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> last = get("/r/3");
        assertEquals(308, last.statusCode());
        assertEquals("http://169.254.169.254/", last.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void trickleSendsTheWholeBodySlowly() throws Exception {
        byte[] body = "0123456789".repeat(5).getBytes(StandardCharsets.US_ASCII);
        server.trickle("/t", body, 10, Duration.ofMillis(60), "text/plain");

        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = get("/t");
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertArrayEquals(body, r.body());
        assertTrue(ms >= 240, "took " + ms + " ms"); // at least the four pauses between five chunks
    }

    @Test
    void delayedRouteWaitsBeforeAnswering() throws Exception {
        server.status("/late", 204).delayed("/late", Duration.ofMillis(200));

        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = get("/late");

        assertEquals(204, r.statusCode());
        assertTrue(System.nanoTime() - t0 >= 190_000_000L);
    }

    @Test
    void gzipBombIsAlwaysCompressedAndInflatesToZeros() throws Exception {
        int size = 2 * 1024 * 1024;
        server.gzipBomb("/bomb", size);

        HttpResponse<byte[]> r = get("/bomb"); // no Accept-Encoding: a hostile server sends gzip anyway

        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElseThrow());
        assertArrayEquals(FixtureServer.gzipOfZeros(size), r.body());
        assertTrue(r.body().length < size / 500, "compressed to " + r.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            assertArrayEquals(new byte[size], in.readAllBytes());
        }
    }

    @Test
    void siteServesAListPageLinkingEveryArticle() throws Exception {
        server.site("/news", 3);

        String index = new String(get("/news/index.html").body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> article = get("/news/article-2.html");

        assertEquals(List.of("/news/index.html", "/news/article-1.html", "/news/article-2.html",
                "/news/article-3.html"), FixtureServer.sitePaths("news", 3));
        assertTrue(index.contains("<a href=\"article-1.html\">Article 1</a>"), index);
        assertTrue(index.contains("<a href=\"article-3.html\">Article 3</a>"), index);
        assertEquals(200, article.statusCode());
        assertTrue(new String(article.body(), StandardCharsets.UTF_8).contains("<h1>Article 2</h1>"));
        assertEquals(server.etag("/news/article-2.html"), article.headers().firstValue("ETag").orElseThrow());
    }
}
