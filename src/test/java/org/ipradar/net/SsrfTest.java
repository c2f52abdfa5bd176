package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ipradar.net.FetchException.Reason;
import org.ipradar.testing.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No source and no redirect may make the crawler open a socket to a forbidden address. */
class SsrfTest {
    private FixtureServer server;
    private SocketTrap trap;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        server.serve("/page.html", "<p>ok</p>", "text/html; charset=utf-8");
        trap = new SocketTrap("127.0.0.1");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        trap.close();
    }

    private static FetchException fetchFails(HttpFetcher f, URI url) {
        return assertThrows(FetchException.class,
                () -> f.fetch(FetchRequest.of(url, Purpose.HTML).withDelay(Duration.ZERO)
                        .withTimeout(Duration.ofSeconds(2))));
    }

    private static HttpFetcher blockingAll() {
        return HttpFetcher.builder(Fetchers.UA).policy(AddressPolicy.blockPrivate()).robots(false).build();
    }

    @Test
    void trapCountsConnectionsWhenTheAddressIsAllowed() throws Exception {
        // the positive control: the same fetch with 127.0.0.1 allowed does reach the trap
        FetchException e = fetchFails(Fetchers.plain(), URI.create("http://127.0.0.1:" + trap.port() + "/"));

        assertNotEquals(Reason.BLOCKED, e.reason());
        assertTrue(trap.accepted() >= 1);
    }

    @Test
    void loopbackLiteralIsBlockedWithoutAConnection() throws Exception {
        URI url = URI.create("http://127.0.0.1:" + trap.port() + "/admin");

        FetchException e = fetchFails(blockingAll(), url);

        assertEquals(Reason.BLOCKED, e.reason());
        assertEquals(url, e.url());
        assertEquals(url + ": address blocked: 127.0.0.1 (loopback) for host 127.0.0.1; allow it with"
                + " IPRADAR_CRAWL_ALLOW", e.getMessage());
        assertEquals(0, trap.accepted());
    }

    @Test
    void fixtureServerSeesNoRequestWhenItsAddressIsNotAllowed() throws Exception {
        FetchException e = fetchFails(blockingAll(), server.url("/page.html"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void localhostResolvingToLoopbackIsBlocked() throws Exception {
        FetchException e = fetchFails(blockingAll(), URI.create("http://localhost:" + trap.port() + "/"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertTrue(e.getMessage().contains("(loopback) for host localhost; allow it with IPRADAR_CRAWL_ALLOW"),
                e.getMessage());
        assertEquals(0, trap.accepted());
    }

    @Test
    void ipv6LoopbackIsBlocked() throws Exception {
        FetchException e = fetchFails(Fetchers.plain(), URI.create("http://[::1]:" + trap.port() + "/"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertTrue(e.getMessage().endsWith("address blocked: 0:0:0:0:0:0:0:1 (loopback) for host ::1; allow it with"
                + " IPRADAR_CRAWL_ALLOW"), e.getMessage());
    }

    @Test
    void ipv4MappedIpv6LoopbackIsBlocked() throws Exception {
        FetchException e = fetchFails(blockingAll(), URI.create("http://[::ffff:127.0.0.1]:" + trap.port() + "/"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertTrue(e.getMessage().contains("address blocked: 127.0.0.1 (loopback)"), e.getMessage());
        assertEquals(0, trap.accepted());
    }

    @Test
    void decimalIntegerHostIsReadAsTheLoopbackItIs() throws Exception {
        // 2130706433 = 127.0.0.1; the HTTP client connects to such "IP literals" without asking the resolver
        FetchException e = fetchFails(blockingAll(), URI.create("http://2130706433:" + trap.port() + "/"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertTrue(e.getMessage().contains("address blocked: 127.0.0.1 (loopback) for host 2130706433"),
                e.getMessage());
        assertEquals(0, trap.accepted());
    }

    @Test
    void shortDottedFormIsReadAsLoopback() throws Exception {
        FetchException e = fetchFails(blockingAll(), URI.create("http://127.1:" + trap.port() + "/"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertEquals(0, trap.accepted());
    }

    @Test
    void unspecifiedAddressIsBlocked() throws Exception {
        // on Linux a connection to 0.0.0.0 reaches the local host
        FetchException e = fetchFails(Fetchers.plain(), URI.create("http://0.0.0.0:" + trap.port() + "/"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertTrue(e.getMessage().contains("address blocked: 0.0.0.0 (this network) for host 0.0.0.0"),
                e.getMessage());
        assertEquals(0, trap.accepted());
    }

    @Test
    void otherSchemesAreRefused() {
        FetchException ftp = fetchFails(Fetchers.plain(), URI.create("ftp://127.0.0.1/pub/x"));
        FetchException file = fetchFails(Fetchers.plain(), URI.create("file:///etc/passwd"));

        assertEquals(Reason.BAD_SCHEME, ftp.reason());
        assertEquals("ftp://127.0.0.1/pub/x: scheme ftp is not fetched; only http and https", ftp.getMessage());
        assertEquals(Reason.BAD_SCHEME, file.reason());
        assertEquals("file:///etc/passwd: scheme file is not fetched; only http and https", file.getMessage());
    }

    @Test
    void redirectToAnotherLoopbackAddressIsRefusedAtThatHop() throws Exception {
        try (SocketTrap other = new SocketTrap("127.0.0.2")) {
            URI target = URI.create("http://127.0.0.2:" + other.port() + "/internal");
            server.redirect("/go", target.toString(), 302);

            FetchException e = fetchFails(Fetchers.plain(), server.url("/go"));

            assertEquals(Reason.BLOCKED, e.reason());
            assertEquals(target, e.url());
            assertEquals(target + ": address blocked: 127.0.0.2 (loopback) for host 127.0.0.2; allow it with"
                    + " IPRADAR_CRAWL_ALLOW", e.getMessage());
            assertEquals(1, server.hits("/go"));
            assertEquals(0, other.accepted());
        }
    }

    @Test
    void redirectToMetadataPrivateAndIpv6LoopbackIsRefused() throws Exception {
        server.redirect("/meta", "http://169.254.169.254/latest/meta-data/", 301)
                .redirect("/private", "http://10.0.0.1/", 307)
                .redirect("/v6", "http://[::1]:" + trap.port() + "/", 308)
                .redirect("/mapped", "http://[::ffff:a9fe:a9fe]/", 302);
        HttpFetcher f = Fetchers.plain();

        FetchException meta = fetchFails(f, server.url("/meta"));
        FetchException priv = fetchFails(f, server.url("/private"));
        FetchException v6 = fetchFails(f, server.url("/v6"));
        FetchException mapped = fetchFails(f, server.url("/mapped"));

        assertEquals(Reason.BLOCKED, meta.reason());
        assertEquals("http://169.254.169.254/latest/meta-data/: address blocked: 169.254.169.254 (cloud metadata)"
                + " for host 169.254.169.254; allow it with IPRADAR_CRAWL_ALLOW", meta.getMessage());
        assertEquals(Reason.BLOCKED, priv.reason());
        assertTrue(priv.getMessage().contains("10.0.0.1 (private)"), priv.getMessage());
        assertEquals(Reason.BLOCKED, v6.reason());
        assertEquals(Reason.BLOCKED, mapped.reason());
        assertTrue(mapped.getMessage().contains("169.254.169.254 (cloud metadata)"), mapped.getMessage());
        assertEquals(0, trap.accepted());
    }

    @Test
    void redirectToOtherSchemesIsRefused() {
        server.redirect("/ftp", "ftp://example.org/file", 302).redirect("/file", "file:///etc/passwd", 301);

        FetchException ftp = fetchFails(Fetchers.plain(), server.url("/ftp"));
        FetchException file = fetchFails(Fetchers.plain(), server.url("/file"));

        assertEquals(Reason.BAD_SCHEME, ftp.reason());
        assertEquals(server.url("/ftp") + ": redirect to scheme ftp (ftp://example.org/file); only http and https are"
                + " fetched", ftp.getMessage());
        assertEquals(Reason.BAD_SCHEME, file.reason());
    }

    @Test
    void hostNameResolvingToAPrivateAddressIsBlocked() throws Exception {
        HttpFetcher f = Fetchers.builder()
                .dns(Fetchers.fakeDns(Map.of("intranet.example", List.of("10.20.30.40", "192.168.0.7"))))
                .build();

        FetchException e = fetchFails(f, URI.create("http://intranet.example/wiki"));

        assertEquals(Reason.BLOCKED, e.reason());
        assertEquals("http://intranet.example/wiki: address blocked: 10.20.30.40 (private) for host"
                + " intranet.example; allow it with IPRADAR_CRAWL_ALLOW", e.getMessage());
    }

    @Test
    void blockedAddressesAmongAllowedOnesAreDroppedBeforeConnecting() throws Exception {
        try (SocketTrap other = new SocketTrap("127.0.0.2")) {
            // the name resolves first to a forbidden address that listens, then to the fixture server
            HttpFetcher f = Fetchers.builder()
                    .dns(Fetchers.fakeDns(Map.of("mixed.example", List.of("127.0.0.2", "127.0.0.1"))))
                    .build();

            FetchResponse r = f.fetch(FetchRequest.of(URI.create("http://mixed.example:" + server.port()
                    + "/page.html"), Purpose.HTML).withDelay(Duration.ZERO));

            assertEquals(200, r.status());
            assertEquals("mixed.example:" + server.port(), server.requests().get(0).header("host"));
            assertEquals(0, other.accepted());
        }
    }

    @Test
    void guardedSocketRefusesToConnectToAForbiddenAddress() throws Exception {
        GuardedSocketFactory blocking = new GuardedSocketFactory(AddressPolicy.blockPrivate());
        GuardedSocketFactory allowing = new GuardedSocketFactory(Fetchers.FIXTURE_ONLY);

        try (Socket s = blocking.createSocket()) {
            BlockedAddressException e = assertThrows(BlockedAddressException.class,
                    () -> s.connect(new InetSocketAddress("127.0.0.1", trap.port()), 1000));
            assertEquals("127.0.0.1", e.address());
            assertEquals("loopback", e.category());
        }
        assertEquals(0, trap.accepted());
        try (Socket s = allowing.createSocket()) {
            s.connect(new InetSocketAddress("127.0.0.1", trap.port()), 1000);
        }
        assertEquals(1, trap.accepted());
    }
}
