package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDedupCommandTest {
    @Test
    void missingOrIncompleteCorpusExitsWithTwo(@TempDir Path dir) {
        assertEquals(2, Cli.run(new String[] {"eval-dedup", "--corpus", dir.resolve("absent").toString()}));
        assertEquals(2, Cli.run(new String[] {"eval-dedup", "--corpus", dir.toString()}), "empty corpus");
        assertEquals(2, Cli.run(new String[] {"eval-dedup", "--corpus", dir.toString(), "--load-docs", "-1"}));
    }
}
