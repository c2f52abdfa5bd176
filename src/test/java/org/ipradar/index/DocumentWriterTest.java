package org.ipradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.store.DocumentStore;
import org.ipradar.testing.Articles;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesBecomeSearchableWithinSecondsWithoutACommit() throws InterruptedException {
        try (Services services = TestServices.open(dir)) {
            List<org.ipradar.store.Article> corpus = TestServices.corpus();
            services.writer().write(corpus.subList(0, 2));
            assertEquals(2, services.index().count(), "the first write is searchable at once");
            services.writer().write(corpus.subList(2, 5));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (services.index().count() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(5, services.index().count(), "the background refresh shows later writes within a second");
        }
    }

    @Test
    void commitRecordsHowFarTheIndexReachesAndAReopenNeedsNoCatchUp() {
        long stored;
        try (Services services = TestServices.open(dir)) {
            services.writer().write(TestServices.corpus());
            stored = services.documents().maxSeq();
        }
        try (Services again = TestServices.open(dir)) {
            assertEquals(stored, again.index().lastSeq(), "closing committed the index up to the store");
            assertEquals(5, again.index().count());
        }
    }

    @Test
    void changedDocumentReplacesTheOldOneInTheIndex() {
        try (Services services = TestServices.open(dir)) {
            services.writer().write(TestServices.corpus());
            var changed = Articles.of("en1", "Trademark squatting in Vietnam: an update", "New text about bad faith.",
                    "en-news", "en", "news", List.of("VN"), "2026-02-01T00:00:00Z");
            var outcome = services.writer().write(List.of(changed)).get(0).outcome();
            assertEquals(DocumentStore.Outcome.UPDATED, outcome);
            services.writer().commit();
            assertEquals(5, services.index().count());
            var hits = services.search().search(org.ipradar.search.SearchRequest.of("bad faith")).hits();
            assertEquals(List.of("en1"), hits.stream().map(h -> h.id()).toList());
            assertTrue(hits.get(0).title().endsWith("an update"));
        }
    }
}
