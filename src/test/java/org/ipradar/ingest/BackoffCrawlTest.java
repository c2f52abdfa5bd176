package org.ipradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.config.FeedsFile;
import org.ipradar.config.Source;
import org.ipradar.store.SourceState;
import org.ipradar.testing.FixtureServer;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing source backs off: its interval doubled per failure in a row, or longer when the host says so with
 * Retry-After, which also keeps every other source of that host waiting; a blocked address is never contacted.
 */
class BackoffCrawlTest {
    @TempDir
    Path dir;

    FixtureServer server;
    Services services;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        server.status("/down.xml", 500);
        server.retryAfter("/busy.xml", 503, "172800");
        server.serve("/blocked.xml", "<rss/>", "application/rss+xml");
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
        server.close();
    }

    @Test
    void failuresDoubleTheWaitAndRetryAfterCanLengthenIt() {
        List<Source> sources = FeedsFile.parse("test.yml", String.format(java.util.Locale.ROOT, """
                defaults: { every: 1h, delay: 0ms, articles: never }
                sources:
                  - id: down
                    url: http://127.0.0.1:%d/down.xml
                  - id: busy
                    url: http://127.0.0.1:%d/busy.xml
                  - id: blocked
                    url: http://127.0.0.2:%d/blocked.xml
                """, server.port(), server.port(), server.port()));
        services = Services.open(TestServices.settings(dir), sources, n -> {});
        services.crawler().crawl(sources.get(0));
        SourceState once = services.sourceStates().get("down").orElseThrow();
        assertEquals(Duration.ofHours(1), Duration.between(once.lastAttempt(), once.nextAttempt()));
        services.crawler().crawl(sources.get(0));
        SourceState twice = services.sourceStates().get("down").orElseThrow();
        assertEquals(2, twice.errorCount());
        assertEquals(Duration.ofHours(2), Duration.between(twice.lastAttempt(), twice.nextAttempt()));
        assertFalse(CrawlScheduler.due(sources.get(0), twice, twice.lastAttempt().plus(Duration.ofMinutes(90)), true),
                "still backing off, even at start");
        assertTrue(CrawlScheduler.due(sources.get(0), twice, twice.lastAttempt().plus(Duration.ofHours(2)), false));

        CrawlReport.SourceReport refused = services.crawler().crawl(sources.get(2));
        assertTrue(refused.error().startsWith("address blocked: 127.0.0.2 (loopback)"), refused.error());
        assertTrue(services.sourceStates().get("blocked").orElseThrow().blocked());
        assertEquals(0, server.requests("/blocked.xml").size(), "no request reached the server");

        server.serve("/down.xml", "<rss version=\"2.0\"><channel><title>up</title></channel></rss>",
                "application/rss+xml");
        services.crawler().crawl(sources.get(0));
        SourceState healed = services.sourceStates().get("down").orElseThrow();
        assertEquals(0, healed.errorCount());
        assertEquals(null, healed.nextAttempt());
        Instant t = healed.lastAttempt();
        assertFalse(CrawlScheduler.due(sources.get(0), healed, t.plus(Duration.ofMinutes(59)), false));
        assertTrue(CrawlScheduler.due(sources.get(0), healed, t.plus(Duration.ofHours(1)), false));

        services.crawler().crawl(sources.get(1));
        SourceState busy = services.sourceStates().get("busy").orElseThrow();
        assertEquals(Duration.ofDays(2), Duration.between(busy.lastAttempt(), busy.nextAttempt()),
                "the host's Retry-After of two days beats the one-hour backoff");
        // and the host is left alone meanwhile: the next request to it is deferred without being sent
        int sent = server.requests().size();
        CrawlReport.SourceReport deferred = services.crawler().crawl(sources.get(0));
        assertEquals("failed", deferred.outcome());
        assertEquals(sent, server.requests().size(), deferred.toString());
    }
}
