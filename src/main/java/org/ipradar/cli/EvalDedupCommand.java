package org.ipradar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ipradar.dedup.DedupCollection;
import org.ipradar.dedup.DedupEvaluation;
import org.ipradar.dedup.MatchRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval-dedup}: measures near-duplicate clustering and URL canonicalisation on a collection generated from the
 * shared corpus, and prints the tables.
 */
@Command(name = "eval-dedup", mixinStandardHelpOptions = true,
        description = "Measure near-duplicate clustering on the shared corpus / 评测近重复聚类")
final class EvalDedupCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "shared corpus directory (default: $IPRADAR_CORPUS or ../shared/data)")
    Path corpus;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the generated variants (default 42)")
    long seed;

    @Option(names = "--load-docs", paramLabel = "N", defaultValue = "100000",
            description = "stored fingerprints to rebuild an index from, for the load figure; 0 skips (default 100000)")
    int loadDocs;

    @Override
    public Integer call() {
        Path dir = corpus != null ? corpus : defaultCorpus();
        if (!Files.isDirectory(dir)) {
            throw new CliException("corpus not found at " + dir.toAbsolutePath().normalize()
                    + " (use --corpus DIR or set IPRADAR_CORPUS)");
        }
        if (loadDocs < 0) {
            throw new CliException("--load-docs must not be negative (got " + loadDocs + ")");
        }
        MatchRule rule = MatchRule.DEFAULT;
        System.out.printf(Locale.ROOT, "Near-duplicate clustering on %s (seed %d)%n", dir.toAbsolutePath().normalize(),
                seed);
        System.out.printf(Locale.ROOT, "rule: same text at estimated Jaccard >= %.2f; excerpt at containment >= %.2f"
                + " and lead similarity >= %.2f; texts under %d shingles only by an identical long title%n",
                rule.similarity(), rule.containment(), rule.leadSimilarity(), rule.minShingles());
        try {
            for (String lang : DedupCollection.LANGUAGES) {
                print(DedupEvaluation.evaluate(DedupCollection.build(dir, lang, seed), rule));
            }
            print(DedupEvaluation.urls(dir));
        } catch (IOException e) {
            throw new CliException("cannot read the corpus: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CliException("cannot read the corpus: " + e.getCause().getMessage());
        }
        if (loadDocs > 0) {
            DedupEvaluation.LoadResult l = DedupEvaluation.load(loadDocs, seed);
            System.out.printf(Locale.ROOT, "%nIndex rebuild: %d stored fingerprints decoded and added in %.1f s;"
                    + " index arrays %.1f MB (%d bytes a document), heap %.1f MB with the ids%n", l.docs(),
                    l.millis() / 1000.0, l.arrayBytes() / 1e6, l.arrayBytes() / l.docs(), l.heapBytes() / 1e6);
        }
        return 0;
    }

    private static Path defaultCorpus() {
        String env = System.getenv("IPRADAR_CORPUS");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
    }

    private static void print(DedupEvaluation.LangResult r) {
        String sources = r.storiesBySource().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        System.out.printf(Locale.ROOT, "%n%s: %d documents, %d stories (%s); %d documents under %d shingles%n",
                r.lang(), r.docs(), r.stories(), sources, r.shortDocs(), r.rule().minShingles());
        System.out.printf(Locale.ROOT, "  pairwise    precision %.3f  recall %.3f  F1 %.3f  (%d true pairs)%n",
                r.scores().precision(), r.scores().recall(), r.scores().f1(), r.scores().truePairs());
        System.out.printf(Locale.ROOT, "  text only   precision %.3f  recall %.3f  F1 %.3f  (no excerpt or title"
                + " matches)%n", r.textOnly().precision(), r.textOnly().recall(), r.textOnly().f1());
        System.out.println("  threshold  precision  recall     F1");
        r.sweep().forEach((t, s) -> System.out.printf(Locale.ROOT, "  %9.2f  %9.3f  %6.3f  %5.3f%s%n", t,
                s.precision(), s.recall(), s.f1(), t == r.rule().similarity() ? "  <- default" : ""));
        System.out.println("  found with their original:");
        for (DedupEvaluation.VariantRecall v : r.variants()) {
            System.out.printf(Locale.ROOT, "    %-15s %4d of %4d%n", v.variant(), v.joined(), v.total());
        }
        System.out.println("  different stories put together (pairs):");
        for (DedupEvaluation.NearMisses n : r.nearMisses()) {
            System.out.printf(Locale.ROOT, "    %-15s %4d of %8d%n", n.kind(), n.merged(), n.pairs());
        }
        System.out.printf(Locale.ROOT, "  fingerprint: %.0f µs CPU time per 5 KB of text (median)%n", r.microsPer5k());
    }

    private static void print(DedupEvaluation.UrlResult u) {
        System.out.printf(Locale.ROOT, "%nURL keys, variants of the %d benchmark page URLs (same key as the"
                + " original):%n", u.originals());
        for (DedupEvaluation.UrlCase c : u.cases()) {
            System.out.printf(Locale.ROOT, "    %-30s %4d of %4d%n", c.kind(), c.unified(), c.total());
        }
        System.out.printf(Locale.ROOT, "    %-30s %4d of %4d kept apart%n", u.keptApart().kind(),
                u.keptApart().unified(), u.keptApart().total());
        System.out.printf(Locale.ROOT, "    %-30s %4d of %4d%n", "originals with distinct keys", u.distinctKeys(),
                u.originals());
    }
}
