package org.ipradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.search.SearchRequest;
import org.ipradar.store.Database;
import org.ipradar.store.DocumentStore;
import org.ipradar.testing.Articles;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Withdrawing a document: a change with its own number, applied to the index as a delete, also on catch-up. */
class WithdrawTest {
    @TempDir
    Path dir;

    static List<String> ids(Services s, String q) {
        return s.search().search(SearchRequest.of(q)).hits().stream().map(h -> h.id()).toList();
    }

    @Test
    void transactionMakesDocumentsSearchableAndWithdrawalRemovesThemAtOnce() {
        try (Services s = TestServices.open(dir)) {
            s.writer().write(TestServices.corpus());
            var note = Articles.of("desk-1", "Cambodia trademark filing note", "Cambodia now accepts online filing.",
                    "desk", "en", "guide", List.of("KH"), "2026-04-01T00:00:00Z");
            s.writer().transaction(c -> s.documents().upsert(c, List.of(note)));
            assertEquals(List.of("desk-1"), ids(s, "Cambodia"), "searchable when the call returns");

            long seq = s.writer().transaction(c -> s.documents().withdraw(c, "desk-1"));
            assertEquals(7, seq, "the withdrawal takes the next change number (5 crawled, 1 desk)");
            assertEquals(List.of(), ids(s, "Cambodia"), "gone from search when the call returns");
            assertTrue(s.documents().get("desk-1").isEmpty(), "the public no longer reads it");
            assertEquals(5, s.index().count());
            assertEquals(0L, (long) s.writer().transaction(c -> s.documents().withdraw(c, "desk-1")),
                    "withdrawing twice changes nothing");

            s.writer().transaction(c -> s.documents().upsert(c, List.of(note)));
            assertEquals(List.of("desk-1"), ids(s, "Cambodia"), "the same content written again is public again");
            assertEquals(DocumentStore.Outcome.UNCHANGED, s.writer().write(List.of(note)).getFirst().outcome());
        }
    }

    @Test
    void aWithdrawalTheIndexMissedIsAppliedOnTheNextOpen() {
        try (Services s = TestServices.open(dir)) {
            s.writer().write(TestServices.corpus());
        }
        // As if the process died after the store committed the withdrawal and before the index saw it.
        try (Database db = Database.open(dir)) {
            new DocumentStore(db).transaction(c -> new DocumentStore(db).withdraw(c, "en1"));
        }
        try (Services s = TestServices.open(dir)) {
            assertEquals(4, s.index().count());
            // zh2 (泰国专利侵权诉讼, 海关) matches through the glossary's expansions of the English words
            assertEquals(java.util.Set.of("en2", "zh2"), java.util.Set.copyOf(ids(s, "customs patent")));
            // the withdrawn en1 is gone; the Chinese zh1 (越南商标抢注) is found across languages
            assertEquals(List.of("zh1"), ids(s, "squatting Vietnam exporters"));
            assertEquals(6, s.index().lastSeq(), "the catch-up committed up to the withdrawal");
        }
    }

    @Test
    void reindexKeepsWithdrawnDocumentsOut() {
        try (Services s = TestServices.open(dir)) {
            s.writer().write(TestServices.corpus());
            s.writer().transaction(c -> s.documents().withdraw(c, "zh2"));
            assertEquals(5, s.writer().reindex(n -> {}), "five changes replayed, one of them a withdrawal");
            assertEquals(4, s.index().count());
        }
    }
}
