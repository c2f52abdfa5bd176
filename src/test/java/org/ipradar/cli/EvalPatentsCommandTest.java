package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ipradar.patent.Claim;
import org.ipradar.patent.LegalStatus;
import org.ipradar.patent.PatentBatch;
import org.ipradar.patent.PatentImporter;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Patents;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPatentsCommandTest {
    @TempDir
    Path dir;

    private static PatentRecord patent(String jurisdiction, String number, String kind, String title, String abs,
            String claim, String family) {
        return new PatentRecord(jurisdiction, number, kind, "utility", title, abs,
                List.of(new Claim(1, claim, true, List.of())), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), "", null, null, null, LegalStatus.UNKNOWN, List.of(), null, family, List.of(), "en",
                "test");
    }

    private Path data() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data); Patents p = Patents.open(db, data, n -> {})) {
            p.importer().apply(new PatentBatch(List.of(
                    patent("US", "1", "B1", "Ceramic separator", "A battery separator with an alumina ceramic coating.",
                            "A separator comprising an alumina coating.", "F1"),
                    patent("EP", "2", "A1", "Separator", "A separator for batteries coated with alumina particles.",
                            "A separator having alumina particles.", "F1"),
                    patent("US", "3", "B1", "Coffee machine", "A coffee machine with a water tank and a heater.",
                            "A coffee machine comprising a heater.", ""),
                    patent("US", "4", "B1", "Tea kettle", "", "A kettle comprising a spout.", "")), List.of()),
                    PatentImporter.Progress.none());
        }
        return data;
    }

    @Test
    void printsSelfAndFamilyMeasuresForTheMatcherAndTheBaselines() throws Exception {
        Path data = data();
        CliRun run = CliRun.of("eval-patents", "--data", data.toString());
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.startsWith("4 patents in " + data + "; 3 queries (abstract), 2 with family members in the"
                + " store; depth 100\n"), run.out);
        assertTrue(run.out.contains("\n"
                + "system                       queries    MRR    R@1   R@10    family    MRR    R@1   R@10\n"
                + "ipradar                            3  1.000  1.000  1.000         2  0.500  0.000  1.000\n"
                + "bm25-standard                      3  1.000  1.000  1.000         2  0.500  0.000  1.000\n"
                + "ipradar claims-only                3  1.000  1.000  1.000         2  0.500  0.000  1.000\n"
                + "bm25-standard claims-only          3  1.000  1.000  1.000         2  0.500  0.000  1.000\n"
                + "ipradar / bm25-standard: MRR x1.000, R@10 x1.000\n"
                + "ipradar claims-only / bm25-standard claims-only: MRR x1.000, R@10 x1.000\n"), run.out);

        CliRun claims = CliRun.of("eval-patents", "--data", data.toString(), "--query", "claim", "--limit", "2");
        assertEquals(0, claims.exit, claims.err);
        assertTrue(claims.out.startsWith("4 patents in " + data + "; 2 queries (claim), 2 with family members"),
                claims.out);
        assertTrue(!claims.out.contains("claims-only"), claims.out);
    }

    @Test
    void refusesBadOptionsAndAMissingDataDirectory() throws Exception {
        CliRun query = CliRun.of("eval-patents", "--data", dir.toString(), "--query", "title");
        assertEquals(2, query.exit);
        assertEquals("ipradar: --query must be abstract or claim (got \"title\")\n", query.err);
        Path missing = dir.resolve("nothing");
        CliRun none = CliRun.of("eval-patents", "--data", missing.toString());
        assertEquals(2, none.exit);
        assertEquals("ipradar: no data directory at " + missing + " (import patents first, or give --data)\n",
                none.err);
    }

    @Test
    void reindexRebuildsThePatentIndex() throws Exception {
        Path data = data();
        CliRun run = CliRun.of("reindex", "--patents", "--data", data.toString());
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.matches("reindexing 4 patents from " + java.util.regex.Pattern.quote(data.toString())
                + "\nreindexed 4 patents in \\d+\\.\\ds\n"), run.out);
        CliRun both = CliRun.of("reindex", "--data", data.toString());
        assertEquals(0, both.exit, both.err);
        assertTrue(both.out.contains("reindexed 0 documents in ") && both.out.contains("reindexed 4 patents in "),
                both.out);
    }
}
