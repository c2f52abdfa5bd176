package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;

/** The eval command on CMRC 2018 from the shared corpus (skips without it): the baselines land where they should. */
class EvalCorpusTest {
    @Test
    void cmrcBaselinesOnTheFirst300Queries() {
        Path cmrc = Corpus.require("retrieval/cmrc2018/docs.tsv").getParent();
        CliRun run = CliRun.of("eval", "--docs", cmrc.resolve("docs.tsv").toString(),
                "--queries", cmrc.resolve("queries.tsv").toString(), "--qrels", cmrc.resolve("qrels.txt").toString(),
                "--limit-queries", "300", "--systems", "standard,cjk-bigram,smartcn");
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("848 documents; 300 queries measured (3219 in the file, 3219 with a relevant"
                + " document); --limit-queries 300"), run.out);
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String line : run.out.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 7 && f[0].matches("standard|cjk-bigram|smartcn")) {
                rows.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3])});
            }
        }
        assertEquals(3, rows.size(), run.out);
        // one relevant passage per question and questions written from that passage: bag-of-words BM25 nearly
        // saturates; bigrams and words beat single characters (measured 0.936, 0.971, 0.976)
        assertInRange("standard nDCG@10", rows.get("standard")[0], 0.90, 0.97);
        assertInRange("cjk-bigram nDCG@10", rows.get("cjk-bigram")[0], 0.94, 1.0);
        assertInRange("smartcn nDCG@10", rows.get("smartcn")[0], 0.94, 1.0);
        for (double[] r : rows.values()) {
            assertInRange("Recall@100", r[1], 0.99, 1.0);
            assertInRange("MRR@100 below nDCG@10's neighbourhood", r[2], r[0] - 0.05, r[0]);
        }
    }

    private static void assertInRange(String what, double value, double low, double high) {
        assertTrue(value >= low && value <= high, what + " = " + value + ", expected " + low + " to " + high);
    }
}
