package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.patent.ImportCounts;
import org.ipradar.patent.PatentImporter;
import org.ipradar.patent.Patents;
import org.ipradar.patent.SampleCorpus;
import org.ipradar.store.Database;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval-patents} over the shared corpus's patent samples: USPTO grants (utility, design, plant, reissue) and
 * applications of several XML versions, EP publications, and about 400 US independent claims without abstracts as
 * distractors. Prints what the command prints.
 */
class EvalPatentsCorpusTest {
    @TempDir
    Path dir;

    @Test
    void theAbstractFindsItsOwnPatentWithMrrOfAtLeastNineTenths() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data); Patents p = Patents.open(db, data, n -> {})) {
            ImportCounts counts = p.importer().apply(SampleCorpus.read(Corpus.require("patents")),
                    PatentImporter.Progress.none());
            System.out.println("patent samples: " + counts.summary());
        }
        CliRun run = CliRun.of("eval-patents", "--data", data.toString());
        System.out.print(run.out);
        assertEquals(0, run.exit, run.err);
        Matcher m = Pattern.compile("\nipradar +(\\d+) +([0-9.]+) ").matcher(run.out);
        assertTrue(m.find(), run.out);
        assertTrue(Integer.parseInt(m.group(1)) > 100, "queries: " + m.group(1));
        assertTrue(Double.parseDouble(m.group(2)) >= 0.9, "MRR with the abstract as the description: " + m.group(2));

        CliRun claims = CliRun.of("eval-patents", "--data", data.toString(), "--query", "claim", "--limit", "200");
        System.out.print(claims.out);
        assertEquals(0, claims.exit, claims.err);
    }
}
