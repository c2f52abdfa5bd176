package org.ipradar.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskStoreTest {
    @TempDir
    Path dir;

    private static final RiskRequest REQUEST = new RiskRequest("锂电池隔膜", "A separator with a ceramic coating",
            List.of("ceramic coating", "polyolefin base film"), List.of("US", "VN"), List.of("H01M 50/446"), false);
    private static final RiskRow ROW = new RiskRow(1, "US9876543B2", "US", "Coated separator", List.of("Acme Inc."),
            LocalDate.of(2016, 3, 1), LocalDate.of(2018, 1, 9), "in_force", LocalDate.of(2036, 3, 1), true,
            List.of("H01M 50/446"), RiskLevel.HIGH, "high: claim 1 touches 2 of 2 features", "1. A separator ...", null,
            "");

    // A bare firm row: risk objects belong to a firm.
    static void firm(Database db, String id) {
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT INTO enterprises (id, version, name, industry, markets,"
                    + " competitors, own_patents, own_trademarks, created, created_by, updated, updated_by)"
                    + " VALUES (?, 1, ?, 'other', '', '', '', '', 0, 'test', 0, 'test')")) {
                st.setString(1, id);
                st.setString(2, id);
                return st.executeUpdate();
            }
        });
    }

    @Test
    void anObjectMustBelongToAFirm() {
        try (Database db = Database.open(dir)) {
            RiskStore store = new RiskStore(db, new ObjectMapper().registerModule(new JavaTimeModule()));
            org.junit.jupiter.api.Assertions.assertThrows(org.ipradar.store.StoreException.class,
                    () -> db.write(c -> store.insert(c, RiskStore.Kind.REPORT, "no-such-firm", "x",
                            new ReportBody(List.of(), 0, 0, List.of()), "alice", Instant.EPOCH)));
        }
    }

    @Test
    void savesVersionsAndRefusesStaleSaves() {
        Instant t1 = Instant.parse("2026-11-20T08:00:00Z");
        Instant t2 = Instant.parse("2026-11-21T08:00:00Z");
        try (Database db = Database.open(dir)) {
            RiskStore store = new RiskStore(db, new ObjectMapper().registerModule(new JavaTimeModule()));
            firm(db, "firm-a");
            Saved<RiskListBody> v1 = db.write(c -> store.insert(c, RiskStore.Kind.RISK_LIST, "firm-a", "锂电池隔膜",
                    new RiskListBody(REQUEST, List.of(ROW), "2026-11-20"), "alice", t1));
            assertEquals(1, v1.version());

            RiskListBody judged = new RiskListBody(REQUEST, List.of(ROW.judged(true, "做 FTO")), "2026-11-20");
            Saved<RiskListBody> v2 = db.write(c -> store.<RiskListBody>update(c, RiskStore.Kind.RISK_LIST, v1.id(), 1,
                    "锂电池隔膜（复核）", judged, "bob", t2)).orElseThrow();
            assertEquals(2, v2.version());
            assertEquals("锂电池隔膜（复核）", v2.title());
            assertEquals(t1, v2.created());
            assertEquals("alice", v2.createdBy());
            assertEquals("bob", v2.savedBy());
            assertEquals(Boolean.TRUE, v2.body().rows().getFirst().relevant());
            assertEquals("做 FTO", v2.body().rows().getFirst().note());

            // A save based on version 1 is stale now and changes nothing.
            assertTrue(db.write(c -> store.update(c, RiskStore.Kind.RISK_LIST, v1.id(), 1, "x", judged, "carol", t2))
                    .isEmpty());
            Saved<RiskListBody> old = store.<RiskListBody>get(RiskStore.Kind.RISK_LIST, v1.id(), 1).orElseThrow();
            assertEquals(1, old.version());
            assertEquals(2, old.latestVersion());
            assertNull(old.body().rows().getFirst().relevant());
            assertEquals(ROW, old.body().rows().getFirst());

            assertEquals(List.of(new RiskStore.VersionInfo(1, t1, "alice"), new RiskStore.VersionInfo(2, t2, "bob")),
                    store.versions(RiskStore.Kind.RISK_LIST, v1.id()));
            // The id is a risk list, not a report; another firm has nothing.
            assertTrue(store.get(RiskStore.Kind.REPORT, v1.id()).isEmpty());
            assertEquals(List.of(), store.list(RiskStore.Kind.RISK_LIST, "firm-b"));
            List<Saved<Void>> listed = store.list(RiskStore.Kind.RISK_LIST, "firm-a");
            assertEquals(1, listed.size());
            assertEquals(2, listed.getFirst().version());
            assertEquals("锂电池隔膜（复核）", listed.getFirst().title());
        }
        // Reopened: still there.
        try (Database db = Database.open(dir)) {
            RiskStore store = new RiskStore(db, new ObjectMapper().registerModule(new JavaTimeModule()));
            assertEquals(2, store.get(RiskStore.Kind.RISK_LIST, 1).orElseThrow().version());
        }
    }
}
