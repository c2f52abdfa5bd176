package org.ipradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipradar.store.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    static final double EXACT = 1e-12;
    static final double LOG2_3 = Math.log(3) / Math.log(2);

    @TempDir
    Path dir;

    @Test
    void baselineRanksTheTinyCollectionAsWorkedOutByHand() throws IOException {
        List<Article> docs = EvalFixtures.articles(EvalFixtures.path("tiny/docs.jsonl"));
        List<Queries.Query> queries = Queries.read(EvalFixtures.path("tiny/queries.tsv"));
        Qrels qrels = Qrels.read(EvalFixtures.path("tiny/qrels.txt"));
        List<Queries.Query> measured = Evaluation.measurable(queries, qrels, 0);
        assertEquals(List.of("q1", "q2", "q3", "q6"), measured.stream().map(Queries.Query::id).toList(),
                "q4 has no judgment and q5 nothing relevant");
        try (Bm25Baseline standard = Bm25Baseline.build(Bm25Baseline.STANDARD, docs)) {
            Evaluation.SystemResult r = Evaluation.run("standard", standard, measured, qrels);
            // q1 durian: d1 (3 of 10 tokens) before d4 (2 of 13); q2 rambutan: d4 (3 of 13) before d3 (2 of 11);
            // q3 trademark squatting: only d3 has "trademark"; q6 商标抢注: StandardAnalyzer cuts it into single
            // characters, which only d6 has.
            assertEquals(Map.of("q1", List.of("d1", "d4"), "q2", List.of("d4", "d3"), "q3", List.of("d3"),
                    "q6", List.of("d6")), Map.of(
                    "q1", r.perQuery().get(0).ranking(), "q2", r.perQuery().get(1).ranking(),
                    "q3", r.perQuery().get(2).ranking(), "q6", r.perQuery().get(3).ranking()));
            // q2: DCG = 1 (d4, grade 1) + 2/log2(3) (d3, grade 2); ideal = 2 + 1/log2(3)
            double q2 = (1 + 2 / LOG2_3) / (2 + 1 / LOG2_3);
            assertEquals((1 + q2 + 0 + 1) / 4, r.ndcg(), EXACT);
            assertEquals(0.75, r.recall(), EXACT);
            assertEquals(0.75, r.mrr(), EXACT);
            assertEquals(4, r.queries());
            assertEquals(0, r.failed());
        }
    }

    @Test
    void theBaselineQueryIsABagOfTheAnalyzersTokens() throws IOException {
        List<Article> docs = EvalFixtures.articles(EvalFixtures.path("tiny/docs.jsonl"));
        try (Bm25Baseline standard = Bm25Baseline.build(Bm25Baseline.STANDARD, docs);
                Bm25Baseline cjk = Bm25Baseline.build(Bm25Baseline.CJK_BIGRAM, docs);
                Bm25Baseline smartcn = Bm25Baseline.build(Bm25Baseline.SMARTCN, docs)) {
            assertEquals("body:durian body:export body:durian", standard.query("\"Durian\" -export durian")
                    .toString(), "syntax is text: quotes and minus are dropped by the analyzer, repeats are kept");
            assertEquals("body:商标 body:标抢 body:抢注", cjk.query("商标抢注").toString());
            assertEquals("body:商标 body:抢 body:注", smartcn.query("商标抢注").toString());
        }
    }

    @Test
    void aRejectedQueryCountsAsFailedWithZeros() {
        Qrels qrels = Qrels.of(Map.of("a", Map.of("d1", 1), "b", Map.of("d1", 1)));
        List<Queries.Query> queries = List.of(new Queries.Query("a", "ok"), new Queries.Query("b", "bad"));
        Ranker ranker = (q, depth) -> {
            if (q.equals("bad")) {
                throw new Ranker.Failed("rejected", null);
            }
            return List.of("d1");
        };
        Evaluation.SystemResult r = Evaluation.run("s", ranker, queries, qrels);
        assertEquals(1, r.failed());
        assertEquals(0.5, r.ndcg(), EXACT);
        assertEquals(0.5, r.mrr(), EXACT);
    }

    @Test
    void tableAndRunFile() throws IOException {
        Evaluation.SystemResult r = new Evaluation.SystemResult("standard", 0.5, 0.75, 0.625, 2, 1,
                java.time.Duration.ofMillis(3), List.of(
                        new Evaluation.QueryResult("q1", List.of("d1", "d2"), 1, 1, 1, false),
                        new Evaluation.QueryResult("q2", List.of(), 0, 0.5, 0.25, true)));
        assertEquals("""
                system        nDCG@10  Recall@100  MRR@100  queries  failed  ms/query
                standard       0.5000      0.7500   0.6250        2       1      1.50
                """, Evaluation.table(List.of(r)));
        Path run = dir.resolve("standard.run");
        Evaluation.writeRun(r, run);
        assertEquals("q1 Q0 d1 1 100 standard\nq1 Q0 d2 2 99 standard\n", Files.readString(run,
                StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void queriesAndQrelsFilesNameTheirBadLine() throws IOException {
        Path queries = Files.writeString(dir.resolve("q.tsv"), "# comment\nq1\tdurian\nq2 no tab\n",
                StandardCharsets.UTF_8);
        CollectionException q = assertThrows(CollectionException.class, () -> Queries.read(queries));
        assertEquals(queries + " line 3: expected query-id<TAB>text", q.getMessage());
        Path twice = Files.writeString(dir.resolve("q2.tsv"), "q1\ta\nq1\tb\n", StandardCharsets.UTF_8);
        assertEquals(twice + " line 2: query id q1 appears twice",
                assertThrows(CollectionException.class, () -> Queries.read(twice)).getMessage());
        Path qrels = Files.writeString(dir.resolve("qrels.txt"), "q1 0 d1 1\nq1 0 d2\n", StandardCharsets.UTF_8);
        assertEquals(qrels + " line 2: expected \"query-id 0 doc-id grade\" (4 fields, got 3)",
                assertThrows(CollectionException.class, () -> Qrels.read(qrels)).getMessage());
        Path grade = Files.writeString(dir.resolve("g.txt"), "q1 0 d1 yes\n", StandardCharsets.UTF_8);
        assertEquals(grade + " line 1: the grade must be a whole number (got \"yes\")",
                assertThrows(CollectionException.class, () -> Qrels.read(grade)).getMessage());
    }
}
