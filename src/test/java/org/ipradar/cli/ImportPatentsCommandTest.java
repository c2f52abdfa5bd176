package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPatentsCommandTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures/patents", name);
    }

    @Test
    void importsReportsBadRecordsByPositionAndUpdatesOnReimport() {
        Path data = dir.resolve("data");
        Path bulk = fixture("uspto-bulk.xml");
        Path ops = fixture("ops-biblio.xml");
        CliRun first = CliRun.of("import-patents", bulk.toString(), ops.toString(), "--data", data.toString());
        assertEquals(1, first.exit, "a record was skipped: " + first.err);
        assertTrue(first.err.startsWith("skipped " + bulk + " document 4 (line 171): "), first.err);
        assertTrue(first.out.contains(bulk + ": 3 imported, 0 updated, 0 unchanged, 1 skipped\n"), first.out);
        assertTrue(first.out.contains(ops + ": 2 imported, 0 updated, 0 unchanged, "), first.out);
        assertTrue(Pattern.compile("imported 2 files into " + Pattern.quote(data.toString())
                + ": 5 imported, 0 updated, 0 unchanged, \\d+ skipped; 5 patents stored \\(\\d+\\.\\ds\\)\n")
                .matcher(first.out).find(), first.out);

        CliRun again = CliRun.of("import-patents", bulk.toString(), "--data", data.toString());
        assertTrue(again.out.contains(bulk + ": 0 imported, 0 updated, 3 unchanged, 1 skipped\n"),
                "a second import changes nothing and adds nothing: " + again.out);
        assertTrue(again.out.contains("; 5 patents stored ("), again.out);
    }

    @Test
    void aFileInNoKnownFormatIsExitTwoAndTheOthersAreStillImported() throws IOException {
        Path data = dir.resolve("data");
        Path notes = Files.writeString(dir.resolve("notes.xml"), "<?xml version=\"1.0\"?><shopping><item/></shopping>",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import-patents", notes.toString(), fixture("ops-legal.xml").toString(), "--data",
                data.toString());
        assertEquals(2, run.exit, run.out);
        assertTrue(run.err.startsWith("cannot import " + notes + ": "), run.err);
        assertTrue(run.out.contains(fixture("ops-legal.xml") + ": 2 imported, "), run.out);
    }

    @Test
    void missingFilesAndBadMappingsStopBeforeAnythingIsOpened() {
        Path data = dir.resolve("data");
        CliRun missing = CliRun.of("import-patents", dir.resolve("nope.xml").toString(), "--data", data.toString());
        assertEquals(2, missing.exit);
        assertEquals("ipradar: cannot read " + dir.resolve("nope.xml") + ": no such file\n", missing.err);
        CliRun map = CliRun.of("import-patents", fixture("export-incopat-zh.csv").toString(), "--map", "colour=颜色",
                "--data", data.toString());
        assertEquals(2, map.exit);
        assertTrue(map.err.startsWith("ipradar: --map: "), map.err);
        assertTrue(!Files.exists(data), "no data directory was made");
    }
}
