package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ipradar.patent.PatentStore.Outcome;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentStoreTest {
    @TempDir
    Path dir;

    static PatentRecord full() {
        return PatentBuilder.of("us", "9000001", "b2").title("Ceramic-coated separator")
                .abstractText("A separator with a ceramic coating.")
                .claim("A separator comprising a film.").dependent(1, "The separator of claim 1, coated.")
                .applicants("Polar Film Corp.").assignees("Polar Film Corp.").ipc("H01M 50/449")
                .cpc("H01M 50/449", "Y02E 60/10").priority("JP", "2013-045678", "2013-03-07")
                .application("14/195,001").filed("2014-03-03").published("2016-05-10").granted("2016-05-10")
                .status(LegalStatus.LAPSED).event("2020-06-01", "EXP", "Expired for failure to pay maintenance fees")
                .expiry("2034-03-03").familyId("55012345").family("JP2014178888A", "CN104051234A").lang("en")
                .build();
    }

    @Test
    void aRecordComesBackAsItWasStored() {
        try (Database db = Database.open(dir)) {
            PatentStore store = new PatentStore(db);
            PatentRecord r = full();
            assertEquals("US9000001B2", r.id());
            assertEquals(Outcome.NEW, store.upsert(List.of(r)).getFirst().outcome());
            assertEquals(r, store.get("US9000001B2").orElseThrow());
            assertTrue(store.get("US9000001B1").isEmpty());
            String json = PatentJson.write(r);
            assertFalse(json.contains("\"id\"") || json.contains("independentClaims"), json);
            assertTrue(json.contains("\"filingDate\":\"2014-03-03\""), json);
        }
    }

    @Test
    void reimportCountsUnchangedAndUpdatedAndNeverDuplicates() {
        try (Database db = Database.open(dir)) {
            PatentStore store = new PatentStore(db);
            PatentStore.Upserted first = store.upsert(List.of(full())).getFirst();
            assertEquals(1, first.seq());
            PatentStore.Upserted again = store.upsert(List.of(full())).getFirst();
            assertEquals(Outcome.UNCHANGED, again.outcome());
            assertEquals(1, again.seq(), "an unchanged record keeps its change number");
            PatentRecord changed = PatentBuilder.of("US", "9000001", "B2").title("New title").build();
            PatentStore.Upserted updated = store.upsert(List.of(changed)).getFirst();
            assertEquals(Outcome.UPDATED, updated.outcome());
            assertEquals(2, updated.seq());
            assertEquals(1, store.count());
            assertEquals("New title", store.get("US9000001B2").orElseThrow().title());

            List<PatentStore.Upserted> twice = store.upsert(List.of(
                    PatentBuilder.of("EP", "3000003", "A1").title("one").build(),
                    PatentBuilder.of("EP", "3000003", "A1").title("two").build()));
            assertEquals(List.of(Outcome.NEW, Outcome.UPDATED), twice.stream().map(PatentStore.Upserted::outcome)
                    .toList());
            assertEquals(2, store.count());
            assertEquals("two", store.get("EP3000003A1").orElseThrow().title());
            assertEquals(4, store.maxSeq());
        }
    }

    @Test
    void findsARecordByAnySpellingOfItsNumber() {
        try (Database db = Database.open(dir)) {
            PatentStore store = new PatentStore(db);
            store.upsert(List.of(full(), PatentBuilder.of("US", "D512345", "S").build()));
            for (String spelling : List.of("US 9,000,001 B2", "US09000001", "us9000001b1")) {
                assertEquals(List.of("US9000001B2"), store.findByNumber(spelling).stream().map(PatentRecord::id)
                        .toList(), spelling);
            }
            assertEquals(List.of("USD512345S"), store.findByNumber("US D512,345").stream().map(PatentRecord::id)
                    .toList());
        }
    }

    @Test
    void familyIsFoundByFamilyIdNumberApplicationAndNamedMembersBothWays() {
        try (Database db = Database.open(dir)) {
            PatentStore store = new PatentStore(db);
            store.upsert(List.of(
                    PatentBuilder.of("US", "20150000001", "A1").application("14/000,001").build(),
                    PatentBuilder.of("US", "9100001", "B2").application("14000001").build(),
                    PatentBuilder.of("EP", "3000003", "A1").familyId("F7").build(),
                    PatentBuilder.of("EP", "3000003", "B1").build(),
                    PatentBuilder.of("WO", "2015000004", "A1").family("EP 3000003 A1").build(),
                    PatentBuilder.of("CN", "105000005", "A").familyId("F7").build(),
                    PatentBuilder.of("JP", "2015000006", "A").familyId("F8").build()));
            assertEquals(List.of("CN105000005A", "EP3000003B1", "WO2015000004A1"), family(store, "EP3000003A1"));
            assertEquals(List.of("EP3000003A1", "EP3000003B1"), family(store, "WO2015000004A1"));
            assertEquals(List.of("US9100001B2"), family(store, "US20150000001A1"));
            assertEquals(List.of(), family(store, "JP2015000006A"));

            // A record read again without family members (a partial OPS response) keeps those already known, and
            // adds new ones.
            store.upsert(List.of(PatentBuilder.of("WO", "2015000004", "A1").build()));
            assertEquals(List.of("CN105000005A", "EP3000003B1", "WO2015000004A1"), family(store, "EP3000003A1"),
                    "an update keeps the family members a record named");
            store.upsert(List.of(PatentBuilder.of("WO", "2015000004", "A1").family("JP 2015000006 A").build()));
            assertEquals(List.of("EP3000003A1", "EP3000003B1", "JP2015000006A"), family(store, "WO2015000004A1"));
        }
    }

    private static List<String> family(PatentStore store, String id) {
        return store.family(id).stream().map(PatentRecord::id).toList();
    }
}
