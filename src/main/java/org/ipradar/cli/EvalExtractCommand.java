package org.ipradar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.extract.ArticleExtractor;
import org.ipradar.extract.ExtractionBenchmark;
import org.ipradar.extract.ShingleMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval-extract}: measures the main-text extractor on the shared corpus's pages with gold text, with the
 * Article Extraction Benchmark's shingle measure, and prints precision, recall and F1 per set.
 */
@Command(name = "eval-extract", mixinStandardHelpOptions = true,
        description = "Measure main-text extraction against gold texts / 正文抽取评测")
final class EvalExtractCommand implements Callable<Integer> {
    /** The environment variable naming the shared corpus, as the tests read it. */
    static final String CORPUS_ENV = "IPRADAR_CORPUS";

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "shared corpus directory (default: $IPRADAR_CORPUS or ../shared/data)")
    Path corpus;

    @Option(names = "--set", paramLabel = "NAME",
            description = "measure one set: article-extraction-benchmark, readability (default: all)")
    String set;

    @Option(names = "--verbose", description = "also print every page's figures, worst first")
    boolean verbose;

    @Override
    public Integer call() {
        Path root = corpusDirectory();
        if (!Files.isDirectory(root)) {
            throw new CliException("shared corpus not found at " + root + " (give --corpus DIR or set " + CORPUS_ENV
                    + ")");
        }
        List<String> sets;
        if (set == null) {
            sets = ExtractionBenchmark.SETS;
        } else if (ExtractionBenchmark.SETS.contains(set)) {
            sets = List.of(set);
        } else {
            throw new CliException("--set must be one of: " + String.join(", ", ExtractionBenchmark.SETS) + " (got \""
                    + set + "\")");
        }
        for (String s : sets) {
            Path dir = ExtractionBenchmark.directory(root, s);
            if (!Files.isDirectory(dir)) {
                throw new CliException("shared corpus at " + root + " has no " + root.relativize(dir) + " (set " + s
                        + ")");
            }
        }
        ArticleExtractor extractor = new ArticleExtractor();
        System.out.println("measure: article-extraction-benchmark evaluate.py (bags of word 4-gram shingles,"
                + " P and R averaged over pages, F1 of the averages; CJK characters are tokens)");
        System.out.printf(Locale.ROOT, "%-30s %6s %10s %8s %8s%n", "set", "pages", "precision", "recall", "F1");
        for (String s : sets) {
            ExtractionBenchmark.SetResult r;
            try {
                r = ExtractionBenchmark.run(root, s, extractor);
            } catch (java.io.UncheckedIOException e) {
                throw new CliException(e.getMessage() + ": " + e.getCause().getMessage());
            }
            ShingleMatch.Summary sum = r.summary();
            System.out.printf(Locale.ROOT, "%-30s %6d %10.4f %8.4f %8.4f%n", s, sum.pages(), sum.precision(),
                    sum.recall(), sum.f1());
            if (verbose) {
                for (ExtractionBenchmark.PageResult p : r.pages()) {
                    System.out.printf(Locale.ROOT, "  %-28s %6s %10.4f %8.4f %8.4f %6d ms%n", shortId(p.id()), "",
                            p.score().precision(), p.score().recall(), p.score().f1(), p.micros() / 1000);
                }
            }
        }
        return 0;
    }

    private Path corpusDirectory() {
        if (corpus != null) {
            return corpus.toAbsolutePath().normalize();
        }
        String env = System.getenv(CORPUS_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return Path.of("..", "shared", "data").toAbsolutePath().normalize();
    }

    /** Page ids of the benchmark are SHA-256 hashes: 16 characters tell them apart. */
    private static String shortId(String id) {
        return id.length() > 28 ? id.substring(0, 16) : id;
    }
}
