package org.ipradar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipradar.testing.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: real child processes, the local fixture server, and kill -9. */
class CliIT {
    @TempDir
    Path dir;

    FixtureServer server;
    Path feeds;
    Path data;

    record Run(int exit, String out) {}

    @BeforeEach
    void setUp() throws IOException {
        server = new FixtureServer();
        server.serve("/gb.xml", fixture("ipradar-zh-gb2312.xml"), "text/xml");
        server.serve("/en.xml", fixture("ipradar-en-rss2.xml"), "application/rss+xml");
        server.status("/gone.xml", 404);
        feeds = dir.resolve("feeds.yml");
        Files.writeString(feeds, String.format(java.util.Locale.ROOT, """
                defaults:
                  delay: 0ms
                  articles: never
                sources:
                  - id: gb
                    url: %s
                  - id: en
                    url: %s
                    lang: en
                    country: VN
                  - id: gone
                    url: %s
                """, server.url("/gb.xml"), server.url("/en.xml"), server.url("/gone.xml")), StandardCharsets.UTF_8);
        data = dir.resolve("data");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CliIT.class.getResourceAsStream("/fixtures/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    static List<String> command(String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "--add-modules", "jdk.incubator.vector", "-Xmx512m", "-jar", System.getProperty("ipradar.jar")));
        cmd.addAll(List.of(args));
        return cmd;
    }

    // Polls GET /api/sources until no source is still "new" (never fetched) or the process dies.
    static void waitForCrawl(HttpClient http, String url, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200 && !r.body().contains("\"status\":\"new\"")) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the first crawl did not finish within 90 s");
    }

    static Run run(String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true);
        pb.environment().put("IPRADAR_CRAWL_ALLOW", "127.0.0.1/32"); // the fixture server
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "command finished");
        return new Run(p.exitValue(), out);
    }

    @Test
    void crawlOncePrintsALinePerSourceAndExitsOneWhenAnyFailed() throws Exception {
        Run r = run("crawl", "--once", "--data", data.toString(), "--feeds", feeds.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("[1/3] gb"), r.out());
        assertTrue(r.out().contains(" new, 0 updated, 0 unchanged, 0 duplicate, 0 skipped, 0 quarantined"), r.out());
        assertTrue(r.out().contains("[3/3] gone") && r.out().contains("failed: HTTP 404"), r.out());
        assertTrue(r.out().contains("total: 3 sources, 1 failed;"), r.out());

        Run again = run("crawl", "--once", "--data", data.toString(), "--feeds", feeds.toString());
        assertTrue(again.out().contains("unchanged (304 not modified)"), again.out());
        assertTrue(again.out().contains("total: 3 sources, 1 failed; 0 new, 0 updated"), again.out());

        Run search = run("search", "商标抢注", "--data", data.toString());
        assertEquals(0, search.exit(), search.out());
        assertTrue(search.out().contains("商标抢注"), search.out());

        Run json = run("search", "trademark", "--json", "--data", data.toString());
        assertEquals(0, json.exit(), json.out());
        assertTrue(json.out().contains("\"hits\""), json.out());

        Run reindex = run("reindex", "--data", data.toString());
        assertEquals(0, reindex.exit(), reindex.out());
        assertTrue(reindex.out().matches("(?s).*reindexed \\d+ documents in .*"), reindex.out());
    }

    @Test
    void checkFeedsStoresNothingAndReplayReadsQuarantinedPayloads() throws Exception {
        Run check = run("check-feeds", "--feeds", feeds.toString());
        assertEquals(1, check.exit(), check.out());
        assertTrue(check.out().matches("(?s).*\\ngb +ok +200 +\\d+ items.*"), check.out());
        assertTrue(check.out().contains("gone") && check.out().contains("failed") && check.out().contains("404"),
                check.out());
        assertTrue(check.out().contains("total: 3 sources, 2 ok, 1 with problems"), check.out());
        assertTrue(!Files.exists(data), "check-feeds stores nothing");

        server.serve("/gone.xml", "<html><body>moved</body></html>".getBytes(StandardCharsets.UTF_8), "text/html");
        Run crawl = run("crawl", "--once", "--data", data.toString(), "--feeds", feeds.toString());
        assertTrue(crawl.out().contains("failed: quarantined: not a feed"), crawl.out());
        Run list = run("replay", "--list", "--data", data.toString(), "--feeds", feeds.toString());
        assertTrue(list.out().matches("(?s).*#1 gone http://127\\.0\\.0\\.1:\\d+/gone\\.xml at .*: not a feed.*"), list.out());
        Run replay = run("replay", "--data", data.toString(), "--feeds", feeds.toString());
        assertEquals(1, replay.exit(), replay.out());
        assertTrue(replay.out().contains("total: 1 replayed, 0 read, 1 still in quarantine"), replay.out());
    }

    @Test
    void badFeedsFileStopsAtStartNamingTheEntry() throws Exception {
        Files.writeString(feeds, "sources:\n  - id: x\n    url: https://example.org/f\n    kind: blog\n",
                StandardCharsets.UTF_8);
        Run r = run("crawl", "--once", "--data", data.toString(), "--feeds", feeds.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().contains("ipradar: " + feeds + ": sources[0] (id \"x\"): kind must be one of: news, case,"
                + " law, guide (got \"blog\")"), r.out());
    }

    @Test
    void acknowledgedDocumentsSurviveKillDashNine() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder first = new ProcessBuilder(command("serve", "--port", Integer.toString(port), "--data",
                data.toString(), "--feeds", feeds.toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve1.log").toFile());
        first.environment().put("IPRADAR_CRAWL_ALLOW", "127.0.0.1/32");
        Process serve = first.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String url = "http://127.0.0.1:" + port + "/api/search?q=" + URLEncoder.encode("专利侵权", StandardCharsets.UTF_8);
        // The service crawls on start; wait until every source has been read and the documents are searchable.
        waitForCrawl(http, "http://127.0.0.1:" + port + "/api/sources", serve);
        Thread.sleep(1500); // the index shows a write within a second (DocumentWriter refreshes at most once a second)
        int total = waitForTotal(http, url, serve);
        assertTrue(total > 0, "crawled documents are searchable within seconds");
        // A second process on the same data directory stops at once with a clear reason.
        Run second = run("reindex", "--data", data.toString());
        assertEquals(2, second.exit(), second.out());
        assertTrue(second.out().contains("is in use by another ipradar process"), second.out());
        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hook runs

        Process again = new ProcessBuilder(command("serve", "--no-crawl", "--port", Integer.toString(port), "--data",
                data.toString(), "--feeds", feeds.toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve2.log").toFile()).start();
        try {
            assertEquals(total, waitForTotal(http, url, again), "the same documents after the crash");
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int waitForTotal(HttpClient http, String url, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "service is running");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    var m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(r.body());
                    if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        return 0;
    }
}
