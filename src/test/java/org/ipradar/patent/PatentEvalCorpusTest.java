package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.eval.Bm25Baseline;
import org.ipradar.patent.KnownItemEvaluation.Item;
import org.ipradar.patent.KnownItemEvaluation.QueryText;
import org.ipradar.patent.KnownItemEvaluation.Result;
import org.ipradar.store.Database;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The known-item test over the shared corpus's patent samples (USPTO grants and applications of several formats, EP
 * publications, and about 400 US claims as distractors), as {@code eval-patents} runs it; prints the table.
 */
class PatentEvalCorpusTest {
    @TempDir
    Path dir;

    @Test
    void abstractFindsItsOwnPatentWithMrrOfAtLeastNineTenths() throws Exception {
        Path patents = Corpus.require("patents");
        PatentBatch batch = SampleCorpus.read(patents);
        try (Database db = Database.open(dir); Patents p = Patents.open(db, dir, n -> {})) {
            ImportCounts counts = p.importer().apply(batch, PatentImporter.Progress.none());
            System.out.println("sample corpus: " + counts.summary() + "; " + p.index().count() + " patents indexed");
            List<Result> results = new ArrayList<>();
            Result main = null;
            for (QueryText which : QueryText.values()) {
                List<Item> items = KnownItemEvaluation.items(p.store(), which, 0);
                Result r = KnownItemEvaluation.run("ipradar " + which.wire(),
                        KnownItemEvaluation.matcher(p.matcher()), items, 100, n -> {});
                main = main == null ? r : main;
                results.add(r);
                try (Bm25Baseline b = KnownItemEvaluation.baseline(p.store(), Bm25Baseline.STANDARD, false)) {
                    results.add(KnownItemEvaluation.run("bm25 " + which.wire(), b, items, 100, n -> {}));
                }
                if (which == QueryText.ABSTRACT) {
                    results.add(KnownItemEvaluation.run("ipradar abstract>claims",
                            KnownItemEvaluation.matcher(new RiskMatcher(p.index(), RiskMatcher.Weights.CLAIMS_ONLY)),
                            items, 100, n -> {}));
                    try (Bm25Baseline b = KnownItemEvaluation.baseline(p.store(), Bm25Baseline.STANDARD, true)) {
                        results.add(KnownItemEvaluation.run("bm25 abstract>claims", b, items, 100, n -> {}));
                    }
                }
            }
            System.out.print(KnownItemEvaluation.table(results));
            assertTrue(main.self().mrr() >= 0.9, "MRR with the abstract as the description: " + main.self().mrr());
        }
    }
}
