package org.ipradar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipradar.store.Article;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-lingual collections' queries and judgments against the shared corpus (skips without it). */
class XlingFixtureTest {
    @TempDir
    Path dir;

    @Test
    void fixturesAreWellFormedAndEveryQueryHasARelevantDocument() {
        for (String direction : List.of("zh-en", "en-zh")) {
            List<Queries.Query> queries = Queries.read(EvalFixtures.path("xling/queries-" + direction + ".tsv"));
            List<Queries.Query> translated = Queries.read(EvalFixtures.path("xling/queries-" + direction
                    + ".translated.tsv"));
            Qrels qrels = Qrels.read(EvalFixtures.path("xling/qrels-" + direction + ".txt"));
            assertEquals(queries.stream().map(Queries.Query::id).toList(),
                    translated.stream().map(Queries.Query::id).toList(), direction + ": one translation per query");
            assertEquals(queries.size(), Evaluation.measurable(queries, qrels, 0).size(),
                    direction + ": every query has a relevant document");
            assertEquals(queries.stream().map(Queries.Query::id).collect(Collectors.toCollection(TreeSet::new)),
                    new TreeSet<>(qrels.queryIds()), direction + ": no judgments for unknown queries");
        }
        assertEquals(54, Queries.read(EvalFixtures.path("xling/queries-zh-en.tsv")).size());
        assertEquals(25, Queries.read(EvalFixtures.path("xling/queries-en-zh.tsv")).size());
    }

    @Test
    void judgedDocumentsExistInTheCorpus() throws IOException {
        assertJudgedDocumentsExist(Corpus.require("cases/singapore_judgments"), CollectionFormat.SG_JUDGMENTS,
                "zh-en", 117);
        assertJudgedDocumentsExist(Corpus.require("cases/china_ip_law"), CollectionFormat.MARKDOWN, "en-zh", 36);
    }

    private void assertJudgedDocumentsExist(Path docs, CollectionFormat format, String direction, int count)
            throws IOException {
        Path jsonl = dir.resolve(direction + ".jsonl");
        assertEquals(count, format.toJsonl(docs, jsonl));
        Set<String> ids = EvalFixtures.articles(jsonl).stream().map(Article::id).collect(Collectors.toSet());
        Qrels qrels = Qrels.read(EvalFixtures.path("xling/qrels-" + direction + ".txt"));
        for (String q : qrels.queryIds()) {
            for (String doc : qrels.grades(q).keySet()) {
                assertTrue(ids.contains(doc), direction + " " + q + " judges " + doc + ", which is not in " + docs);
            }
        }
    }

    @Test
    void withoutTranslationBm25FindsAlmostNothingAndWithItAlmostEverything() throws IOException {
        Path jsonl = dir.resolve("sg.jsonl");
        CollectionFormat.SG_JUDGMENTS.toJsonl(Corpus.require("cases/singapore_judgments"), jsonl);
        List<Article> docs = EvalFixtures.articles(jsonl);
        Qrels qrels = Qrels.read(EvalFixtures.path("xling/qrels-zh-en.txt"));
        try (Bm25Baseline standard = Bm25Baseline.build(Bm25Baseline.STANDARD, docs)) {
            double zh = Evaluation.run("standard", standard,
                    Queries.read(EvalFixtures.path("xling/queries-zh-en.tsv")), qrels).ndcg();
            double en = Evaluation.run("standard", standard,
                    Queries.read(EvalFixtures.path("xling/queries-zh-en.translated.tsv")), qrels).ndcg();
            // measured 0.028 (only Latin tokens such as GPS and HIV match) and 0.889
            assertTrue(zh < 0.06, "Chinese queries against English judgments: nDCG@10 " + zh);
            assertTrue(en > 0.85, "the same queries translated by hand: nDCG@10 " + en);
        }
    }
}
