package org.ipradar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.config.Settings;
import org.ipradar.eval.Bm25Baseline;
import org.ipradar.patent.KnownItemEvaluation;
import org.ipradar.patent.KnownItemEvaluation.Item;
import org.ipradar.patent.KnownItemEvaluation.QueryText;
import org.ipradar.patent.KnownItemEvaluation.Result;
import org.ipradar.patent.Patents;
import org.ipradar.patent.RiskMatcher;
import org.ipradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eval-patents}: the known-item test of risk ranking over every patent in the data directory, with plain BM25
 * run on the same records in the same process for comparison.
 */
@Command(name = "eval-patents", mixinStandardHelpOptions = true,
        description = "Measure risk-patent ranking with a known-item test / 风险专利排序评测",
        footer = {"",
            "Each patent's abstract (or first independent claim) is the product description, over all jurisdictions",
            "with expired rights included; reported: where the patent itself ranks and where the first of its family",
            "members in the store ranks (MRR, recall@1, recall@10 within --depth). The query text is indexed too, so",
            "this is a find-yourself test; with --query abstract it is also run against claims only (abstract and",
            "title ignored), the harder variant. Baseline: BM25 (StandardAnalyzer) over title, abstract and claims."})
final class EvalPatentsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--query", paramLabel = "TEXT", defaultValue = "abstract",
            description = "which text of each patent is its query: abstract or claim (default: abstract)")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "measure only the first N patents that have the text (default: all)")
    int limit;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "100",
            description = "how deep each ranking is read; a patent not within it counts 0 (default: 100)")
    int depth;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10",
            description = "list up to N queries whose patent was not ranked first (default: 10)")
    int show;

    @Override
    public Integer call() throws IOException {
        QueryText which = switch (query) {
            case "abstract" -> QueryText.ABSTRACT;
            case "claim" -> QueryText.CLAIM;
            default -> throw new CliException("--query must be abstract or claim (got \"" + query + "\")");
        };
        if (limit < 0) {
            throw new CliException("--limit must be 0 (all) or more (got " + limit + ")");
        }
        if (depth < 1 || depth > 1000) {
            throw new CliException("--depth must be 1 to 1000 (got " + depth + ")");
        }
        Settings s = common.settings();
        if (!Files.exists(s.dataDir().resolve(Database.FILE))) {
            throw new CliException("no data directory at " + s.dataDir() + " (import patents first, or give --data)");
        }
        try (Database db = Database.open(s.dataDir());
                Patents patents = Patents.open(db, s.dataDir(), n -> System.out.printf(Locale.ROOT,
                        "  indexed %d patents%n", n))) {
            long total = patents.store().count();
            List<Item> items = KnownItemEvaluation.items(patents.store(), which, limit);
            if (items.isEmpty()) {
                throw new CliException("none of the " + total + " patents in " + s.dataDir() + " has "
                        + (which == QueryText.ABSTRACT ? "an abstract" : "a claim") + " to query with");
            }
            long withFamily = items.stream().filter(i -> !i.family().isEmpty()).count();
            System.out.printf(Locale.ROOT, "%d patents in %s; %d queries (%s), %d with family members in the store;"
                    + " depth %d%n", total, s.dataDir(), items.size(), which.wire(), withFamily, depth);
            List<Result> results = new ArrayList<>();
            Result ipradar = run("ipradar", KnownItemEvaluation.matcher(patents.matcher()), items);
            results.add(ipradar);
            Result bm25;
            try (Bm25Baseline b = KnownItemEvaluation.baseline(patents.store(), Bm25Baseline.STANDARD, false)) {
                bm25 = run("bm25-standard", b, items);
            }
            results.add(bm25);
            Result claimsOnly = null;
            Result bm25Claims = null;
            if (which == QueryText.ABSTRACT) {
                claimsOnly = run("ipradar claims-only",
                        KnownItemEvaluation.matcher(new RiskMatcher(patents.index(), RiskMatcher.Weights.CLAIMS_ONLY)),
                        items);
                results.add(claimsOnly);
                try (Bm25Baseline b = KnownItemEvaluation.baseline(patents.store(), Bm25Baseline.STANDARD, true)) {
                    bm25Claims = run("bm25-standard claims-only", b, items);
                }
                results.add(bm25Claims);
            }
            System.out.println();
            System.out.print(KnownItemEvaluation.table(results));
            System.out.println(KnownItemEvaluation.ratio(ipradar, bm25));
            if (claimsOnly != null) {
                System.out.println(KnownItemEvaluation.ratio(claimsOnly, bm25Claims));
            }
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < items.size() && missed.size() < show; i++) {
                int rank = ipradar.selfRanks().get(i);
                if (rank != 1) {
                    missed.add("  " + items.get(i).id() + ": " + (rank == 0 ? "not in the first " + depth
                            : "rank " + rank));
                }
            }
            if (!missed.isEmpty()) {
                System.out.println("ipradar did not rank these first:");
                missed.forEach(System.out::println);
            }
            return 0;
        }
    }

    private Result run(String system, org.ipradar.eval.Ranker ranker, List<Item> items) {
        Result r = KnownItemEvaluation.run(system, ranker, items, depth,
                n -> System.out.printf(Locale.ROOT, "  %s: %d / %d queries%n", system, n, items.size()));
        System.out.printf(Locale.ROOT, "  %s: %d queries in %.1fs%n", system, items.size(),
                r.time().toMillis() / 1000.0);
        return r;
    }
}
