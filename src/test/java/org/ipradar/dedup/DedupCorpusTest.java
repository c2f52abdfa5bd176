package org.ipradar.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;

/** The measured figures of {@code ipradar eval-dedup} stay above floors a little below what was measured. */
class DedupCorpusTest {
    private static Path corpus(String... needed) {
        for (String n : needed) {
            Corpus.require(n);
        }
        return Corpus.location();
    }

    @Test
    void englishClusteringStaysAboveItsFloor() throws IOException {
        Path root = corpus("html/article-extraction-benchmark", "html/readability", "retrieval/cranfield",
                "cases/singapore_judgments");
        DedupEvaluation.LangResult r = DedupEvaluation.evaluate(DedupCollection.build(root, "en", 42),
                MatchRule.DEFAULT);
        // measured on the shared corpus: precision 0.993, recall 0.971, F1 0.982
        assertTrue(r.scores().f1() >= 0.97, "F1 " + r.scores().f1());
        assertTrue(r.scores().precision() >= 0.985, "precision " + r.scores().precision());
        assertTrue(r.scores().f1() > r.textOnly().f1(), "excerpt and title matches add recall");
    }

    @Test
    void chineseClusteringStaysAboveItsFloorAndTheCollectionIsReproducible() throws IOException {
        Path root = corpus("retrieval/cmrc2018", "cases/china_ip_law", "html/readability");
        DedupCollection c = DedupCollection.build(root, "zh", 42);
        assertEquals(c.docs(), DedupCollection.build(root, "zh", 42).docs(), "one seed, one collection");
        DedupEvaluation.LangResult r = DedupEvaluation.evaluate(c, MatchRule.DEFAULT);
        // measured on the shared corpus: precision 0.993, recall 0.982, F1 0.988
        assertTrue(r.scores().f1() >= 0.975, "F1 " + r.scores().f1());
        assertTrue(r.scores().precision() >= 0.985, "precision " + r.scores().precision());
    }

    @Test
    void everyUrlVariantOfTheBenchmarkPagesKeepsItsKey() throws IOException {
        DedupEvaluation.UrlResult u = DedupEvaluation.urls(corpus("html/article-extraction-benchmark"));
        assertEquals(u.originals(), u.distinctKeys(), "no two pages share a key");
        for (DedupEvaluation.UrlCase c : u.cases()) {
            assertEquals(c.total(), c.unified(), c.kind());
        }
        assertEquals(u.keptApart().total(), u.keptApart().unified(), "other pages keep other keys");
    }
}
