package org.ipradar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.SettingsLoader;
import org.ipradar.docs.ImportReport;
import org.ipradar.eval.Bm25Baseline;
import org.ipradar.eval.CollectionException;
import org.ipradar.eval.CollectionFormat;
import org.ipradar.eval.Evaluation;
import org.ipradar.eval.Qrels;
import org.ipradar.eval.Queries;
import org.ipradar.store.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval --docs D --queries Q --qrels R}: loads a test collection into a scratch data directory and prints
 * nDCG@10, Recall@100 and MRR for ipradar's search and for BM25 baselines built in the same process on the same
 * documents.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure search quality on a test collection / 检索效果评测",
        footer = {"",
            "Measures: nDCG@10 (linear gain = grade, discount log2(rank+1), as trec_eval's ndcg_cut.10), Recall@100,",
            "MRR within the first 100; averaged over the queries that have a relevant document. A query a system",
            "rejects counts with zeros (column 'failed'). Baselines: BM25 (k1=1.2, b=0.75) over title + text with",
            "one analyzer, the query's tokens through the same analyzer ORed as SHOULD clauses."})
final class EvalCommand implements Callable<Integer> {
    /** Every system, in the order they are reported. */
    static final List<String> SYSTEMS = List.of("ipradar", Bm25Baseline.STANDARD, Bm25Baseline.CJK_BIGRAM,
            Bm25Baseline.SMARTCN);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "FILE|DIR",
            description = "the documents: JSON lines (as import-docs reads), a .tsv of id, title, text, or a directory"
                    + " (see --docs-format)")
    Path docs;

    @Option(names = "--docs-format", paramLabel = "FORMAT",
            description = "jsonl, tsv, sg-judgments or markdown (default: from the path: .tsv, a directory of"
                    + " judgments, a directory of .md files, else jsonl)")
    String docsFormat;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "id<TAB>text a line")
    Path queries;

    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "TREC judgments: qid 0 docid grade")
    Path qrels;

    @Option(names = "--data", paramLabel = "DIR",
            description = "keep the scratch data directory here (default: a temporary one, deleted afterwards);"
                    + " documents already in it stay and are searched too")
    Path data;

    @Option(names = "--limit-queries", paramLabel = "N", defaultValue = "0",
            description = "measure only the first N queries that have judgments (default: all)")
    int limitQueries;

    @Option(names = "--systems", paramLabel = "LIST", split = ",", defaultValue = "ipradar,standard,cjk-bigram,smartcn",
            description = "systems to run, comma-separated (default: ipradar,standard,cjk-bigram,smartcn)")
    List<String> systems;

    @Option(names = "--runs", paramLabel = "DIR", description = "also write each system's ranking as a TREC run file"
            + " DIR/SYSTEM.run")
    Path runs;

    @Override
    public Integer call() throws IOException {
        for (String s : systems) {
            if (!SYSTEMS.contains(s)) {
                throw new CliException("--systems must name some of: " + String.join(", ", SYSTEMS) + " (got \"" + s
                        + "\")");
            }
        }
        if (limitQueries < 0) {
            throw new CliException("--limit-queries must be 0 (all) or more (got " + limitQueries + ")");
        }
        if (!Files.exists(docs)) {
            throw new CliException("cannot read " + docs + ": no such file or directory");
        }
        CollectionFormat format;
        try {
            format = docsFormat == null ? CollectionFormat.detect(docs) : CollectionFormat.parse(docsFormat);
        } catch (IllegalArgumentException e) {
            throw new CliException("--docs-format " + e.getMessage());
        }
        List<Queries.Query> allQueries;
        Qrels judgments;
        try {
            allQueries = Queries.read(queries);
            judgments = Qrels.read(qrels);
        } catch (CollectionException e) {
            throw new CliException(e.getMessage());
        }
        List<Queries.Query> measured = Evaluation.measurable(allQueries, judgments, limitQueries);
        if (measured.isEmpty()) {
            throw new CliException("no query of " + queries + " has a relevant document in " + qrels);
        }
        Path scratch = Files.createTempDirectory("ipradar-eval-");
        Path dataDir = data != null ? data : scratch.resolve("data");
        try {
            return evaluate(format, scratch, dataDir, allQueries, judgments, measured);
        } finally {
            deleteTree(scratch);
        }
    }

    private int evaluate(CollectionFormat format, Path scratch, Path dataDir, List<Queries.Query> allQueries,
            Qrels judgments, List<Queries.Query> measured) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path jsonl = docs;
        if (format != CollectionFormat.JSONL) {
            jsonl = scratch.resolve("docs.jsonl");
            try {
                format.toJsonl(docs, jsonl);
            } catch (CollectionException e) {
                throw new CliException(e.getMessage());
            }
        }
        Settings settings = SettingsLoader.fromEnvironment().withDataDir(dataDir);
        System.out.printf(Locale.ROOT, "loading %s (%s) into %s%n", docs, format.wire(),
                data != null ? dataDir : "a scratch data directory");
        try (Services services = Services.open(settings, List.of(), n -> {})) {
            System.out.println("  dictionary: " + services.search().dictionary().file()
                    .map(f -> f + " (" + services.search().dictionary().size() + " headwords)")
                    .orElse("none (IP glossary only)"));
            ImportReport report = ImportDocsCommand.run(services, jsonl, "eval", err);
            System.out.printf(Locale.ROOT, "  %s (%.1fs)%n", report.summary(), report.elapsed().toMillis() / 1000.0);
            List<Article> articles = new ArrayList<>();
            services.documents().forEachAfter(0, articles::add);
            Set<String> ids = new HashSet<>();
            articles.forEach(a -> ids.add(a.id()));
            long missing = measured.stream()
                    .flatMap(q -> judgments.grades(q.id()).entrySet().stream())
                    .filter(e -> e.getValue() > 0 && !ids.contains(e.getKey()))
                    .count();
            System.out.printf(Locale.ROOT, "%d documents; %d queries measured (%d in the file, %d with a relevant"
                    + " document)%s%n", articles.size(), measured.size(), allQueries.size(),
                    Evaluation.measurable(allQueries, judgments, 0).size(),
                    limitQueries > 0 ? "; --limit-queries " + limitQueries : "");
            if (missing > 0) {
                System.out.printf(Locale.ROOT, "warning: %d relevant judgments of the measured queries name documents"
                        + " that are not in the collection%n", missing);
            }
            List<Evaluation.SystemResult> results = new ArrayList<>();
            for (String system : SYSTEMS) {
                if (!systems.contains(system)) {
                    continue;
                }
                Evaluation.SystemResult r;
                if (system.equals("ipradar")) {
                    r = Evaluation.run(system, Evaluation.ipradar(services.search()), measured, judgments);
                } else {
                    long start = System.nanoTime();
                    try (Bm25Baseline b = Bm25Baseline.build(system, articles)) {
                        System.out.printf(Locale.ROOT, "  %s: indexed in %.1fs%n", system,
                                (System.nanoTime() - start) / 1e9);
                        r = Evaluation.run(system, b, measured, judgments);
                    }
                }
                System.out.printf(Locale.ROOT, "  %s: %d queries in %.1fs%n", system, r.queries(),
                        r.time().toMillis() / 1000.0);
                results.add(r);
                if (runs != null) {
                    Files.createDirectories(runs);
                    Evaluation.writeRun(r, runs.resolve(system + ".run"));
                }
            }
            System.out.println();
            System.out.print(Evaluation.table(results));
            return report.skipped() == 0 ? 0 : 1;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
