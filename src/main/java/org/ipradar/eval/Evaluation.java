package org.ipradar.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipradar.search.InvalidRequestException;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.SearchResult;
import org.ipradar.search.SearchService;

/**
 * Runs queries through systems and averages the measures over the queries: nDCG@10, Recall@100 and MRR (the
 * reciprocal rank of the first relevant document within the first 100). Only queries with at least one relevant
 * document count, as in trec_eval; a query a system rejects counts with zeros and is reported as failed.
 */
public final class Evaluation {
    /** The depth of nDCG. */
    public static final int NDCG_DEPTH = 10;
    /** How many documents each system returns per query; Recall and MRR are measured to this depth. */
    public static final int DEPTH = 100;

    /** One query's ranking and measures in one system. */
    public record QueryResult(String queryId, List<String> ranking, double ndcg, double recall,
            double reciprocalRank, boolean failed) {}

    /**
     * One system's averages.
     *
     * @param system its name
     * @param ndcg mean nDCG@10
     * @param recall mean Recall@100
     * @param mrr mean reciprocal rank within the first 100
     * @param queries queries measured
     * @param failed queries the system rejected (counted with zeros)
     * @param time time spent ranking, all queries
     * @param perQuery each query's result, in query order
     */
    public record SystemResult(String system, double ndcg, double recall, double mrr, int queries, int failed,
            Duration time, List<QueryResult> perQuery) {
        /** Mean time per query in milliseconds. */
        public double millisPerQuery() {
            return queries == 0 ? 0 : time.toNanos() / 1e6 / queries;
        }
    }

    private Evaluation() {}

    /** The queries to measure: those with a relevant document, in file order, at most {@code limit} (0: all). */
    public static List<Queries.Query> measurable(List<Queries.Query> queries, Qrels qrels, int limit) {
        List<Queries.Query> out = new ArrayList<>();
        for (Queries.Query q : queries) {
            if (qrels.hasRelevant(q.id()) && (limit <= 0 || out.size() < limit)) {
                out.add(q);
            }
        }
        return out;
    }

    /** Runs every query through the ranker and averages the measures. */
    public static SystemResult run(String system, Ranker ranker, List<Queries.Query> queries, Qrels qrels) {
        List<QueryResult> results = new ArrayList<>(queries.size());
        double ndcg = 0;
        double recall = 0;
        double rr = 0;
        int failed = 0;
        long nanos = 0;
        for (Queries.Query q : queries) {
            List<String> ranking;
            boolean fail = false;
            long start = System.nanoTime();
            try {
                ranking = ranker.rank(q.text(), DEPTH);
            } catch (Ranker.Failed e) {
                ranking = List.of();
                fail = true;
                failed++;
            }
            nanos += System.nanoTime() - start;
            if (ranking.size() > DEPTH) {
                ranking = ranking.subList(0, DEPTH);
            }
            var grades = qrels.grades(q.id());
            QueryResult r = new QueryResult(q.id(), List.copyOf(ranking), Metrics.ndcg(ranking, grades, NDCG_DEPTH),
                    Metrics.recall(ranking, grades, DEPTH), Metrics.reciprocalRank(ranking, grades, DEPTH), fail);
            ndcg += r.ndcg();
            recall += r.recall();
            rr += r.reciprocalRank();
            results.add(r);
        }
        int n = queries.size();
        return new SystemResult(system, n == 0 ? 0 : ndcg / n, n == 0 ? 0 : recall / n, n == 0 ? 0 : rr / n, n,
                failed, Duration.ofNanos(nanos), List.copyOf(results));
    }

    /**
     * ipradar's search as it is: the query as a user would type it, no filters, by relevance, the first {@link
     * #DEPTH} hits (one per near-duplicate cluster); a query the search rejects as invalid fails.
     */
    public static Ranker ipradar(SearchService search) {
        return (query, depth) -> {
            SearchRequest r = new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), null, null,
                    SearchRequest.Sort.RELEVANCE, Math.min(depth, SearchRequest.MAX_LIMIT), 0);
            try {
                return search.search(r).hits().stream().map(SearchResult.Hit::id).toList();
            } catch (InvalidRequestException e) {
                throw new Ranker.Failed(e.getMessage(), e);
            }
        };
    }

    /** The results as a table, one row per system, measures to four decimals. */
    public static String table(List<SystemResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-12s %8s %11s %8s %8s %7s %9s%n", "system", "nDCG@10", "Recall@100",
                "MRR@100", "queries", "failed", "ms/query"));
        for (SystemResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-12s %8.4f %11.4f %8.4f %8d %7d %9.2f%n", r.system(), r.ndcg(),
                    r.recall(), r.mrr(), r.queries(), r.failed(), r.millisPerQuery()));
        }
        return sb.toString();
    }

    /** Writes a system's rankings as a TREC run file: {@code qid Q0 docid rank score system}, score = DEPTH - rank + 1. */
    public static void writeRun(SystemResult result, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (QueryResult q : result.perQuery()) {
                for (int i = 0; i < q.ranking().size(); i++) {
                    w.write(q.queryId() + " Q0 " + q.ranking().get(i) + " " + (i + 1) + " " + (DEPTH - i) + " "
                            + result.system());
                    w.newLine();
                }
            }
        }
    }
}
