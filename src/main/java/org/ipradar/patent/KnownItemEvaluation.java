package org.ipradar.patent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import org.ipradar.eval.Bm25Baseline;
import org.ipradar.eval.Ranker;
import org.ipradar.store.Article;

/**
 * The known-item test of risk ranking: each patent's own abstract (or first independent claim) is the "product
 * description", and the measure is where the patent itself, and separately its first family member, ranks among all
 * patents: mean reciprocal rank, recall at 1 and at 10. Compared with plain BM25 over the same records.
 */
public final class KnownItemEvaluation {
    /** Which text of a patent becomes its query. */
    public enum QueryText {
        /** The abstract. */
        ABSTRACT,
        /** The first independent claim. */
        CLAIM;

        /** The option spelling: {@code abstract}, {@code claim}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One query: a patent, the text asked with, and the ids of its family members in the store.
     *
     * @param id the patent's id
     * @param text the query text
     * @param family the other family members' ids (empty when the store has none)
     */
    public record Item(String id, String text, Set<String> family) {
        /** Copies the set. */
        public Item {
            family = Set.copyOf(family);
        }
    }

    /**
     * Measures over a set of queries; a query whose target is not within the ranking's depth counts with 0.
     *
     * @param queries how many queries were measured
     * @param mrr mean reciprocal rank
     * @param recall1 the share ranked first
     * @param recall10 the share within the first ten
     */
    public record Measures(int queries, double mrr, double recall1, double recall10) {
        /** The measures of a list of ranks, 1-based, 0 for not found. */
        public static Measures of(List<Integer> ranks) {
            if (ranks.isEmpty()) {
                return new Measures(0, 0, 0, 0);
            }
            double rr = 0;
            int at1 = 0;
            int at10 = 0;
            for (int r : ranks) {
                if (r > 0) {
                    rr += 1.0 / r;
                    at1 += r == 1 ? 1 : 0;
                    at10 += r <= 10 ? 1 : 0;
                }
            }
            int n = ranks.size();
            return new Measures(n, rr / n, (double) at1 / n, (double) at10 / n);
        }
    }

    /**
     * One system's result.
     *
     * @param system the system's name
     * @param self where each patent itself ranked
     * @param family where the first of its family members ranked, over the queries that have any
     * @param selfRanks the patent's rank per query, in item order (0: not within the depth)
     * @param time the time the queries took
     */
    public record Result(String system, Measures self, Measures family, List<Integer> selfRanks, Duration time) {
        /** Copies the list. */
        public Result {
            selfRanks = List.copyOf(selfRanks);
        }
    }

    private KnownItemEvaluation() {}

    /** The queries: every stored patent that has the text, in store order, at most {@code limit} (0: all). */
    public static List<Item> items(PatentStore store, QueryText which, int limit) {
        List<Item> items = new ArrayList<>();
        store.forEach(r -> {
            if (limit > 0 && items.size() >= limit) {
                return;
            }
            String text = switch (which) {
                case ABSTRACT -> r.abstractText();
                case CLAIM -> PatentFields.independentClaims(r).stream().findFirst().map(Claim::text).orElse("");
            };
            if (text.isBlank()) {
                return;
            }
            Set<String> family = new LinkedHashSet<>();
            store.family(r.id()).forEach(m -> family.add(m.id()));
            items.add(new Item(r.id(), text, family));
        });
        return items;
    }

    /** A ranker of the risk matcher: every jurisdiction, expired rights included. */
    public static Ranker matcher(RiskMatcher matcher) {
        return (text, depth) -> matcher.rankIds(RiskQuery.builder(text).includeExpired(true)
                .limit(Math.min(depth, RiskQuery.MAX_LIMIT)).build());
    }

    /**
     * Plain BM25 over the stored records through the named {@link Bm25Baseline} analyzer: title, abstract and
     * claims as one text, or the claims alone.
     */
    public static Bm25Baseline baseline(PatentStore store, String analyzer, boolean claimsOnly) {
        List<Article> docs = new ArrayList<>();
        store.forEach(r -> {
            StringBuilder text = new StringBuilder();
            if (!claimsOnly) {
                text.append(r.abstractText()).append("\n\n");
            }
            r.claims().forEach(c -> text.append(c.text()).append('\n'));
            docs.add(new Article(r.id(), null, null, claimsOnly ? "" : r.title(), text.toString(), "patents",
                    r.lang(), "patent", List.of(), null, Instant.EPOCH, "", null, 0));
        });
        return Bm25Baseline.build(analyzer, docs);
    }

    /** Runs the queries through a ranker to the given depth; {@code progress} hears the count every 100 queries. */
    public static Result run(String system, Ranker ranker, List<Item> items, int depth, IntConsumer progress) {
        List<Integer> self = new ArrayList<>();
        List<Integer> family = new ArrayList<>();
        long start = System.nanoTime();
        for (Item item : items) {
            List<String> ranking = ranker.rank(item.text(), depth);
            self.add(ranking.indexOf(item.id()) + 1);
            if (!item.family().isEmpty()) {
                int first = 0;
                for (int i = 0; i < ranking.size(); i++) {
                    if (item.family().contains(ranking.get(i))) {
                        first = i + 1;
                        break;
                    }
                }
                family.add(first);
            }
            if (self.size() % 100 == 0) {
                progress.accept(self.size());
            }
        }
        return new Result(system, Measures.of(self), Measures.of(family), self,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The results as a table, each followed by its ratio to the reference (the baseline) when one is given. */
    public static String table(List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-28s %7s %6s %6s %6s   %7s %6s %6s %6s%n", "system", "queries", "MRR",
                "R@1", "R@10", "family", "MRR", "R@1", "R@10"));
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "%-28s %7d %6.3f %6.3f %6.3f   %7d %6.3f %6.3f %6.3f%n", r.system(),
                    r.self().queries(), r.self().mrr(), r.self().recall1(), r.self().recall10(),
                    r.family().queries(), r.family().mrr(), r.family().recall1(), r.family().recall10()));
        }
        return b.toString();
    }

    /** One line comparing a system with a baseline: the ratios of MRR and recall@10. */
    public static String ratio(Result system, Result baseline) {
        return String.format(Locale.ROOT, "%s / %s: MRR x%s, R@10 x%s", system.system(), baseline.system(),
                ratio(system.self().mrr(), baseline.self().mrr()),
                ratio(system.self().recall10(), baseline.self().recall10()));
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", a / b);
    }
}
