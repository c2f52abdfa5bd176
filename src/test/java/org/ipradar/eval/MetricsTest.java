package org.ipradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    static final double EXACT = 1e-12;

    @Test
    void ndcgWithBinaryJudgments() {
        // DCG = 1/log2(3) + 1/log2(5) = 1.0616063116448504; ideal = 1 + 1/log2(3) = 1.6309297535714575
        List<String> ranking = List.of("x", "r1", "y", "r2");
        Map<String, Integer> grades = Map.of("r1", 1, "r2", 1);
        assertEquals(0.6509209298071326, Metrics.ndcg(ranking, grades, 10), EXACT);
        assertEquals(1.0, Metrics.recall(ranking, grades, 100), EXACT);
        assertEquals(0.5, Metrics.reciprocalRank(ranking, grades, 100), EXACT);
    }

    @Test
    void ndcgWithGradedJudgmentsUsesTheGradeAsGain() {
        // b (1) at rank 1, c (0) at 2, a (2) at 3: DCG = 1/log2(2) + 0 + 2/log2(4) = 2;
        // ideal = 2/log2(2) + 1/log2(3) = 2.630929753571457
        List<String> ranking = List.of("b", "c", "a");
        Map<String, Integer> grades = Map.of("a", 2, "b", 1, "c", 0);
        assertEquals(0.7601875334318685, Metrics.ndcg(ranking, grades, 10), EXACT);
        assertEquals(1.0, Metrics.reciprocalRank(ranking, grades, 100), EXACT);
    }

    @Test
    void theIdealCountsJudgedDocumentsTheRankingMissed() {
        // only a (2) at rank 2 and b (1) at rank 3 of 2, 1 and a missing 1:
        // DCG = 2/log2(3) + 1/log2(4); ideal = 2/log2(2) + 1/log2(3) + 1/log2(4)
        List<String> ranking = List.of("x", "a", "b");
        Map<String, Integer> grades = Map.of("a", 2, "b", 1, "c", 1);
        assertEquals(0.5627272554209044, Metrics.ndcg(ranking, grades, 10), EXACT);
        assertEquals(2.0 / 3, Metrics.recall(ranking, grades, 100), EXACT);
    }

    @Test
    void depthsCutTheRanking() {
        List<String> ranking = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ranking.add("n" + i);
        }
        ranking.add("r"); // rank 11
        Map<String, Integer> grades = Map.of("r", 1, "s", 1);
        assertEquals(0.0, Metrics.ndcg(ranking, grades, 10), EXACT, "rank 11 is beyond nDCG@10");
        assertEquals(0.5, Metrics.recall(ranking, grades, 100), EXACT);
        assertEquals(0.0, Metrics.recall(ranking, grades, 10), EXACT);
        assertEquals(1.0 / 11, Metrics.reciprocalRank(ranking, grades, 100), EXACT);
        assertEquals(0.0, Metrics.reciprocalRank(ranking, grades, 10), EXACT);
    }

    @Test
    void aRepeatedDocumentCountsOnceWhereItFirstAppears() {
        List<String> ranking = List.of("x", "x", "r", "r");
        Map<String, Integer> grades = Map.of("r", 1);
        assertEquals(0.5, Metrics.reciprocalRank(ranking, grades, 100), EXACT, "r is second once x is counted once");
        assertEquals(1 / (Math.log(3) / Math.log(2)), Metrics.ndcg(ranking, grades, 10), EXACT);
        assertEquals(1.0, Metrics.recall(ranking, grades, 100), EXACT);
    }

    @Test
    void unjudgedAndNegativeGradesAreNotRelevantAndNothingRelevantScoresZero() {
        Map<String, Integer> grades = Map.of("a", 0, "b", -1);
        List<String> ranking = List.of("a", "b", "c");
        assertEquals(0.0, Metrics.ndcg(ranking, grades, 10), EXACT);
        assertEquals(0.0, Metrics.recall(ranking, grades, 100), EXACT);
        assertEquals(0.0, Metrics.reciprocalRank(ranking, grades, 100), EXACT);
        assertEquals(0.0, Metrics.ndcg(List.of(), Map.of("a", 1), 10), EXACT, "an empty ranking");
    }
}
