package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print-config}: the settings, and which dictionary search would use. */
class PrintConfigCommandTest {
    @TempDir
    Path dir;

    private static String last(CliRun run) {
        List<String> lines = run.out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void saysWhichDictionarySearchUses() throws IOException {
        CliRun without = CliRun.of("print-config", "--data", dir.toString());
        assertEquals(0, without.exit, without.err);
        assertTrue(without.out.contains("IPRADAR_DICTIONARY=\n"), without.out);
        assertEquals("# dictionary: none (cross-language search translates through the IP glossary only)",
                last(without));

        Path file = Files.writeString(dir.resolve("cedict_ts.u8"), "", StandardCharsets.UTF_8);
        CliRun with = CliRun.of("print-config", "--data", dir.toString());
        assertEquals("# dictionary: " + file, last(with));
    }
}
