package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ipradar.eval.EvalFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    static final double LOG2_3 = Math.log(3) / Math.log(2);

    @TempDir
    Path dir;

    @Test
    void printsOneRowPerSystemWithTheMeasuresWorkedOutByHand() throws IOException {
        Path runs = dir.resolve("runs");
        CliRun run = CliRun.of("eval", "--docs", EvalFixtures.path("tiny/docs.jsonl").toString(),
                "--queries", EvalFixtures.path("tiny/queries.tsv").toString(),
                "--qrels", EvalFixtures.path("tiny/qrels.txt").toString(), "--runs", runs.toString());
        assertEquals(0, run.exit, run.err);
        List<String> lines = run.out.lines().toList();
        assertTrue(lines.contains("6 documents; 4 queries measured (6 in the file, 4 with a relevant document)"),
                run.out);
        assertTrue(lines.contains("system        nDCG@10  Recall@100  MRR@100  queries  failed  ms/query"), run.out);
        // each baseline ranks q1 [d1, d4], q2 [d4, d3], q3 [d3], q6 [d6] (see EvaluationTest): q1 and q6 score 1,
        // q3 0, q2 (d4 grade 1, then d3 grade 2) (1 + 2/log2(3)) / (2 + 1/log2(3))
        double ndcg = (1 + (1 + 2 / LOG2_3) / (2 + 1 / LOG2_3) + 0 + 1) / 4;
        for (String system : List.of("standard", "cjk-bigram", "smartcn")) {
            String row = String.format(Locale.ROOT, "%-12s %8.4f %11.4f %8.4f %8d %7d", system, ndcg, 0.75, 0.75, 4,
                    0);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(row)), row + " in\n" + run.out);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("ipradar\\s+\\d\\.\\d{4}\\s+\\d\\.\\d{4}\\s+\\d\\.\\d{4}\\s+4"
                + "\\s+\\d+\\s+\\d+\\.\\d\\d")), run.out);
        assertEquals("q1 Q0 d1 1 100 standard\nq1 Q0 d4 2 99 standard\nq2 Q0 d4 1 100 standard\n"
                + "q2 Q0 d3 2 99 standard\nq3 Q0 d3 1 100 standard\nq6 Q0 d6 1 100 standard\n",
                Files.readString(runs.resolve("standard.run"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(runs.resolve("ipradar.run")));
    }

    @Test
    void keepsTheDataDirectoryWhenAskedAndLimitsQueries() {
        Path data = dir.resolve("data");
        CliRun run = CliRun.of("eval", "--docs", EvalFixtures.path("tiny/docs.jsonl").toString(),
                "--queries", EvalFixtures.path("tiny/queries.tsv").toString(),
                "--qrels", EvalFixtures.path("tiny/qrels.txt").toString(), "--data", data.toString(),
                "--limit-queries", "1", "--systems", "standard");
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("\nstandard       1.0000      1.0000   1.0000        1       0"), run.out);
        assertTrue(!run.out.contains("\nipradar "), run.out);
        assertTrue(Files.exists(data.resolve("ipradar.db")), "the scratch data directory is kept");
    }

    @Test
    void badArgumentsExitTwoWithTheReason() {
        Path queries = EvalFixtures.path("tiny/queries.tsv");
        Path qrels = EvalFixtures.path("tiny/qrels.txt");
        CliRun systems = CliRun.of("eval", "--docs", queries.toString(), "--queries", queries.toString(), "--qrels",
                qrels.toString(), "--systems", "bm25");
        assertEquals(2, systems.exit);
        assertEquals("ipradar: --systems must name some of: ipradar, standard, cjk-bigram, smartcn (got \"bm25\")\n",
                systems.err);
        Path missing = dir.resolve("none.jsonl");
        CliRun docs = CliRun.of("eval", "--docs", missing.toString(), "--queries", queries.toString(), "--qrels",
                qrels.toString());
        assertEquals(2, docs.exit);
        assertEquals("ipradar: cannot read " + missing + ": no such file or directory\n", docs.err);
        CliRun format = CliRun.of("eval", "--docs", queries.toString(), "--docs-format", "csv", "--queries",
                queries.toString(), "--qrels", qrels.toString());
        assertEquals("ipradar: --docs-format must be one of: jsonl, tsv, sg-judgments, markdown (got \"csv\")\n",
                format.err);
    }
}
