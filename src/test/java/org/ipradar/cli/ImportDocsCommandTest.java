package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportDocsCommandTest {
    @TempDir
    Path dir;

    @Test
    void exitsZeroWhenEveryLineIsImportedAndOneWhenSomeAreSkipped() throws IOException {
        Path data = dir.resolve("data");
        Path good = Files.writeString(dir.resolve("good.jsonl"), "{\"id\": \"a\", \"title\": \"Durian\"}\n",
                StandardCharsets.UTF_8);
        CliRun ok = CliRun.of("import-docs", good.toString(), "--data", data.toString());
        assertEquals(0, ok.exit, ok.err);
        assertTrue(ok.out.matches("imported " + java.util.regex.Pattern.quote(good + " into " + data)
                + ": 1 line: 1 new, 0 updated, 0 unchanged, 0 skipped \\(\\d+\\.\\ds\\)\n"), ok.out);

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"title\": \"Durian\"}\n"
                + "{\"title\": \"x\", \"countries\": [\"XX\"]}\n", StandardCharsets.UTF_8);
        CliRun some = CliRun.of("import-docs", bad.toString(), "--data", data.toString(), "--source", "editors");
        assertEquals(1, some.exit);
        assertEquals("bad.jsonl: line 2: countries: must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO"
                + " (got \"XX\")\n", some.err);
        assertTrue(some.out.contains(": 2 lines: 0 new, 1 updated, 0 unchanged, 1 skipped (countries: 1) ("),
                "a is updated because --source gave it another source: " + some.out);
    }

    @Test
    void exitsTwoWhenTheFileCannotBeReadOrTheSourceIsBad() {
        Path missing = dir.resolve("missing.jsonl");
        CliRun run = CliRun.of("import-docs", missing.toString(), "--data", dir.resolve("data").toString());
        assertEquals(2, run.exit);
        assertEquals("ipradar: cannot read " + missing + ": no such file\n", run.err);
        CliRun source = CliRun.of("import-docs", missing.toString(), "--source", "my source");
        assertEquals(2, source.exit);
        assertEquals("ipradar: --source must be letters, digits and '-', at most 64, starting with a letter or digit"
                + " (got \"my source\")\n", source.err);
    }
}
