package org.ipradar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.ipradar.Services;
import org.ipradar.config.FeedsFile;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.index.Analyzers;
import org.ipradar.index.DocIndex;
import org.ipradar.index.Fields;
import org.ipradar.ingest.CrawlReport;
import org.ipradar.search.SearchService;
import org.ipradar.store.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: ingests a generated bilingual corpus through the real crawl path and through raw Lucene with the
 * same analyzers, then runs a fixed query mix against the service over HTTP and against raw Lucene, and prints
 * documents per second, latency percentiles, the ratios of ours to raw against the targets, and where the time goes.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchServeCommand.class,
        description = {"Benchmark ingest and search against raw Lucene with the same analyzers / 性能基准测试",
            "Everything runs on 127.0.0.1 in a temporary directory, removed at the end unless --keep."})
public final class BenchCommand implements Callable<Integer> {
    static final double INGEST_TARGET = 0.85;
    static final double SEARCH_TARGET = 1.30;
    private static final String HTTP = "ours (HTTP)";
    private static final String IN_PROCESS = "in-process";
    private static final String RAW = "raw Lucene";
    private static final String CORE = "raw core";
    private static final List<String> SIDES = List.of(HTTP, IN_PROCESS, RAW, CORE);

    @Parameters(index = "0", arity = "0..1", paramLabel = "DOCS", description = "documents (default 100000)")
    Integer docsArg;

    @Option(names = "--docs", paramLabel = "N", description = "documents in the corpus (default 100000)")
    Integer docsOpt;

    @Option(names = "--queries", defaultValue = "1000", paramLabel = "N",
            description = "measured queries per side (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--warmup-queries", defaultValue = "360", paramLabel = "N",
            description = "warm-up queries per side, not measured (default ${DEFAULT-VALUE})")
    int warmupQueries;

    @Option(names = "--warmup-docs", paramLabel = "N",
            description = "documents ingested by each side to warm up, not measured (default docs/4, 2000 to 5000)")
    Integer warmupDocs;

    @Option(names = "--warmup-http", defaultValue = "2000", paramLabel = "N",
            description = "extra cheap requests (a one-hit listing) that warm the service's HTTP path before the"
                    + " warm-up queries (default ${DEFAULT-VALUE})")
    int warmupHttp;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "N",
            description = "ingest rounds per side, alternating ours and raw; the best of each is compared, as"
                    + " disturbances only ever slow a round down (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--what-if",
            description = "also time variants of the crawl (refreshing the index less often, storing on the"
                    + " look-ahead thread) re-assembled from the crawler's parts, to measure changes before making them")
    boolean whatIf;

    @Option(names = "--per-feed", defaultValue = "500", paramLabel = "N",
            description = "items per RSS feed file (default ${DEFAULT-VALUE})")
    int perFeed;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "corpus seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--server-heap", defaultValue = "2g", paramLabel = "SIZE",
            description = "-Xmx of the search service's JVM (default ${DEFAULT-VALUE})")
    String serverHeap;

    @Option(names = "--dir", paramLabel = "DIR", description = "work directory (default: a new temporary one)")
    Path dir;

    @Option(names = "--keep", description = "keep the work directory: corpus, data directories, server log")
    boolean keep;

    @Option(names = "--sample-ms", defaultValue = "50", paramLabel = "MS",
            description = "stack sampling interval for the time split (default ${DEFAULT-VALUE}); sampling takes CPU"
                    + " that our two-thread crawl would use, so keep it coarse")
    int sampleMs;

    @Option(names = "--progress-seconds", defaultValue = "5", paramLabel = "S",
            description = "progress line interval (default ${DEFAULT-VALUE})")
    int progressSeconds;

    @Option(names = "--profile-frames",
            description = "name samples no rule covers by their innermost Lucene or ipradar frame, not just \"other\"")
    boolean profileFrames;

    @Option(names = "--fail-on-miss", description = "exit 3 when a target is missed")
    boolean failOnMiss;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    private final Map<IngestExperiments.Variant, List<Long>> whatIfNanos = new LinkedHashMap<>();
    private final Map<String, Long> whatIfRaw = new LinkedHashMap<>();
    private final List<IngestRun> oursRounds = new ArrayList<>();
    private final List<IngestRun> rawRounds = new ArrayList<>();

    /** One measured ingest. */
    record IngestRun(int docs, long nanos, StackSampler.Result profile, int segments, long indexBytes) {
        double docsPerSecond() {
            return docs / (nanos / 1e9);
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    /** The measured search: latencies per side, overall and per query, and each query's hit count. */
    record SearchRun(Map<String, Latencies> overall, Map<String, Map<String, Latencies>> perQuery,
            Map<String, Long> totals, int oursSegments, int rawSegments, Latencies health, long nanos) {}

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        int docs = docsOpt != null ? docsOpt : docsArg != null ? docsArg : 100_000;
        if (docsOpt != null && docsArg != null && !docsOpt.equals(docsArg)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give the document count once, as DOCS or --docs (got " + docsArg + " and " + docsOpt + ")");
        }
        if (docs < 1000 || docs > 5_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "DOCS must be from 1000 to 5000000 (got " + docs + ")");
        }
        if (queries < 100 || warmupQueries < 0 || warmupHttp < 0 || rounds < 1 || perFeed < 1 || sampleMs < 1
                || progressSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--queries must be at least 100; --warmup-queries and --warmup-http at least 0; --rounds,"
                            + " --per-feed, --sample-ms and --progress-seconds at least 1");
        }
        int warmDocs = warmupDocs != null ? warmupDocs : Math.min(5000, Math.max(2000, docs / 4));
        if (dir != null && Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--dir must be a new or empty"
                            + " directory, as it is deleted at the end unless --keep (got " + dir + ")");
                }
            }
        }
        Path root = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("ipradar-bench-");
        long started = System.nanoTime();
        try {
            return run(root, docs, warmDocs);
        } finally {
            if (keep) {
                out.println("work directory kept: " + root);
            } else {
                deleteTree(root);
            }
            out.printf(Locale.ROOT, "bench run time: %.1f s (%.1f min)%n", (System.nanoTime() - started) / 1e9,
                    (System.nanoTime() - started) / 60e9);
        }
    }

    private int run(Path root, int docs, int warmDocs) throws Exception {
        out.printf(Locale.ROOT, "ipradar bench: %,d documents, seed %d, in %s%n", docs, seed, root);
        out.printf(Locale.ROOT, "  JDK %s, %d cores, this JVM's max heap %d MiB, search service -Xmx%s, Lucene %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), serverHeap, org.apache.lucene.util.Version.LATEST);

        CorpusGenerator gen = new CorpusGenerator(seed, docs, perFeed);
        CorpusGenerator warmGen = new CorpusGenerator(seed + 1, warmDocs, perFeed);
        Path corpus = root.resolve("corpus");
        out.println("[1/5] corpus: writing RSS feed files");
        long t = System.nanoTime();
        long bytes = CorpusFiles.write(gen, corpus.resolve("main"));
        CorpusFiles.write(warmGen, corpus.resolve("warm"));
        long zh = gen.feeds().stream().filter(f -> f.lang().equals("zh")).mapToLong(CorpusGenerator.Feed::size).sum();
        String corpusLine = String.format(Locale.ROOT,
                "%,d documents (%,d zh + %,d en) in %d RSS feeds of up to %d items, %.1f MB; seed %d", docs, zh,
                docs - zh, gen.feedCount(), perFeed, bytes / 1e6, seed);
        out.printf(Locale.ROOT, "  %s; written in %.1f s%n", corpusLine, (System.nanoTime() - t) / 1e9);

        IngestRun ours;
        IngestRun raw;
        Path mainFeeds = root.resolve("feeds-main.yml");
        try (FeedServer server = FeedServer.start(corpus)) {
            CorpusFiles.writeFeedsFile(gen, mainFeeds, name -> server.url("main/" + name).toString());
            Path warmFeeds = root.resolve("feeds-warm.yml");
            CorpusFiles.writeFeedsFile(warmGen, warmFeeds, name -> server.url("warm/" + name).toString());
            List<Source> mainSources = FeedsFile.load(mainFeeds);
            List<Source> warmSources = FeedsFile.load(warmFeeds);

            out.printf(Locale.ROOT, "[2/5] warm-up: %,d other documents through each side (not measured)%n",
                    warmDocs);
            ingestOurs(root.resolve("warm-ours"), warmFeeds, warmSources, warmGen, corpus.resolve("warm"), false);
            ingestRaw(root.resolve("warm-raw"),
                    CorpusFiles.articles(warmGen, warmSources, corpus.resolve("warm"), Instant.now()), false);
            deleteTree(root.resolve("warm-ours"));
            deleteTree(root.resolve("warm-raw"));

            for (int r = 1; r <= rounds; r++) {
                boolean last = r == rounds;
                String round = rounds == 1 ? "" : String.format(Locale.ROOT, ", round %d of %d", r, rounds);
                out.println("[3/5] ingest, ours" + round + ": crawl over HTTP, parse, store in SQLite, index");
                Path oursData = root.resolve(last ? "ours" : "ours-" + r);
                IngestRun o = ingestOurs(oursData, mainFeeds, mainSources, gen, corpus.resolve("main"), true, r == 1);
                oursRounds.add(o);
                out.printf(Locale.ROOT, "  ours: %,.0f documents/s (%.1f s)%s%n", o.docsPerSecond(), o.seconds(),
                        disturbance(o.profile()));
                if (!last) {
                    deleteTree(oursData);
                }
                out.println("[4/5] ingest, raw Lucene" + round + ": the same documents, already parsed, into an"
                        + " IndexWriter");
                List<Article> articles =
                        CorpusFiles.articles(gen, mainSources, corpus.resolve("main"), Instant.now());
                Path rawData = root.resolve(last ? "raw" : "raw-" + r);
                IngestRun w = ingestRaw(rawData, articles, true);
                rawRounds.add(w);
                out.printf(Locale.ROOT, "  raw Lucene: %,.0f documents/s (%.1f s)%s%n", w.docsPerSecond(),
                        w.seconds(), disturbance(w.profile()));
                if (!last) {
                    deleteTree(rawData);
                }
                if (last && whatIf) {
                    out.println("[4b] what-if: raw Lucene refreshing every " + perFeed + " documents and committing"
                            + " every 5 s, as DocumentWriter does");
                    long nanos = rawRefreshPerFeed(root.resolve("what-if-raw"), articles);
                    whatIfRaw.put("raw, refresh per feed", nanos);
                    out.printf(Locale.ROOT, "  %-30s %,8.0f documents/s (%.1f s)%n", "raw, refresh per feed",
                            docs / (nanos / 1e9), nanos / 1e9);
                    deleteTree(root.resolve("what-if-raw"));
                }
            }
            ours = best(oursRounds);
            raw = best(rawRounds);
            if (whatIf) {
                // Twice, in opposite orders, so that a variant's place in the run (how warm the JVM is, how much
                // garbage earlier ones left) cannot pass for its effect.
                out.println("[4b] what-if: variants of the crawl, each into a fresh data directory, in order and then"
                        + " in reverse");
                List<IngestExperiments.Variant> order = new ArrayList<>(IngestExperiments.VARIANTS);
                for (int pass = 0; pass < 2; pass++) {
                    for (IngestExperiments.Variant v : order) {
                        Path data = root.resolve("what-if");
                        long[] systemBefore = StackSampler.systemCpu();
                        long cpuBefore = StackSampler.processCpu();
                        long nanos = IngestExperiments.run(v, data, mainFeeds, mainSources, docs,
                                new Progress(out, "what-if", docs, "docs", progressSeconds));
                        long[] systemAfter = StackSampler.systemCpu();
                        long others = systemBefore == null || systemAfter == null ? -1 : Math.max(0,
                                systemAfter[0] - systemBefore[0] - (StackSampler.processCpu() - cpuBefore));
                        whatIfNanos.computeIfAbsent(v, k -> new ArrayList<>()).add(nanos);
                        out.printf(Locale.ROOT, "  %-30s %,8.0f documents/s (%.1f s)%s%n", v.name(),
                                docs / (nanos / 1e9), nanos / 1e9, disturbance(others, nanos));
                        deleteTree(data);
                    }
                    java.util.Collections.reverse(order);
                }
            }
        }

        out.printf(Locale.ROOT, "[5/5] search: %d-query mix, %,d warm-up then %,d measured queries per side%n",
                BenchQuery.MIX.size(), warmupQueries, queries);
        SearchRun search = search(root, mainFeeds, docs);

        return report(corpusLine, ours, raw, search);
    }

    // ---------------------------------------------------------------------------------------------------- ingest

    private IngestRun ingestOurs(Path data, Path feedsFile, List<Source> sources, CorpusGenerator gen, Path corpusDir,
            boolean measured) throws IOException {
        return ingestOurs(data, feedsFile, sources, gen, corpusDir, measured, false);
    }

    private IngestRun ingestOurs(Path data, Path feedsFile, List<Source> sources, CorpusGenerator gen, Path corpusDir,
            boolean measured, boolean verify) throws IOException {
        Settings s = new Settings(0, data, feedsFile, false, Settings.DEFAULT_USER_AGENT, "127.0.0.1/32");
        int expected = gen.docCount();
        IngestRun run;
        try (Services services = Services.open(s, sources, n -> {})) {
            System.gc();
            Progress progress = new Progress(out, measured ? "ours" : "warm ours", expected, "docs", progressSeconds);
            StackSampler sampler = StackSampler.ofCurrentThread(sampleMs, IngestProfiles.ours(profileFrames),
                    Map.of(IngestProfiles.FETCH_AHEAD_THREAD, IngestProfiles.fetchAhead(profileFrames)));
            long start = System.nanoTime();
            CrawlReport report = services.crawler().crawl(sources, r -> progress.add(r.items()));
            long nanos = System.nanoTime() - start;
            StackSampler.Result profile = sampler.stop();
            if (report.failed() > 0) {
                CrawlReport.SourceReport first = report.sources().stream().filter(CrawlReport.SourceReport::failed)
                        .findFirst().orElseThrow();
                throw new IllegalStateException(report.failed() + " sources failed to crawl; the first, "
                        + first.sourceId() + ": " + first.error());
            }
            check(report.added() == expected, "the crawl added " + report.added() + " documents, not " + expected);
            check(services.documents().count() == expected,
                    "the store holds " + services.documents().count() + " documents, not " + expected);
            check(services.index().count() == expected,
                    "the index holds " + services.index().count() + " documents, not " + expected);
            if (verify) {
                checkSameDocuments(services, gen, sources, corpusDir);
            }
            run = new IngestRun(expected, nanos, profile, 0, 0);
        }
        Path indexDir = data.resolve("lucene").resolve("docs");
        return new IngestRun(run.docs(), run.nanos(), run.profile(), segments(indexDir), treeBytes(indexDir));
    }

    // The raw side indexes what ArticleMapper makes of the generated items; check the crawl stored exactly that.
    private static void checkSameDocuments(Services services, CorpusGenerator gen, List<Source> sources,
            Path corpusDir) throws IOException {
        for (int f : new int[] {0, 1, gen.feedCount() - 1}) {
            CorpusGenerator.Feed feed = gen.feed(f);
            for (Article a : CorpusFiles.articles(gen, feed, sources.get(f), corpusDir, Instant.now())) {
                Article stored = services.documents().get(a.id()).orElseThrow(() -> new IllegalStateException(
                        "document " + a.id() + " (" + a.url() + ") was not stored by the crawl"));
                check(stored.contentHash().equals(a.contentHash()) && stored.lang().equals(a.lang()),
                        "document " + a.id() + " differs between the crawl and the raw side: \"" + stored.title()
                                + "\" (" + stored.lang() + ") vs \"" + a.title() + "\" (" + a.lang() + ")");
            }
        }
    }

    /** The IndexWriter configuration DocIndex uses for the service's index (kept in step by hand). */
    static IndexWriterConfig rawConfig() {
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setRAMBufferSizeMB(128);
        cfg.setCommitOnClose(false);
        return cfg;
    }

    private IngestRun ingestRaw(Path data, List<Article> articles, boolean measured) throws IOException {
        Path indexDir = data.resolve("lucene").resolve("docs");
        Files.createDirectories(indexDir);
        IngestRun run;
        try (FSDirectory directory = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(directory, rawConfig())) {
            System.gc();
            Progress progress = new Progress(out, measured ? "raw" : "warm raw", articles.size(), "docs",
                    progressSeconds);
            StackSampler sampler = StackSampler.ofCurrentThread(sampleMs, IngestProfiles.raw(profileFrames), Map.of());
            long start = System.nanoTime();
            for (Article a : articles) {
                writer.updateDocument(new Term(Fields.ID, a.id()), Fields.toDocument(a));
                progress.add(1);
            }
            writer.commit();
            long nanos = System.nanoTime() - start;
            StackSampler.Result profile = sampler.stop();
            check(writer.getDocStats().numDocs == articles.size(),
                    "the raw index holds " + writer.getDocStats().numDocs + " documents, not " + articles.size());
            run = new IngestRun(articles.size(), nanos, profile, 0, 0);
        }
        return new IngestRun(run.docs(), run.nanos(), run.profile(), segments(indexDir), treeBytes(indexDir));
    }

    // Raw Lucene as DocumentWriter drives DocIndex: add a feed's documents, refresh an NRT searcher manager, commit
    // every 5 s and at the end.
    private long rawRefreshPerFeed(Path data, List<Article> articles) throws IOException {
        Path indexDir = data.resolve("lucene").resolve("docs");
        Files.createDirectories(indexDir);
        try (FSDirectory directory = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(directory, rawConfig());
                org.apache.lucene.search.SearcherManager searchers =
                        new org.apache.lucene.search.SearcherManager(writer, null)) {
            System.gc();
            Progress progress = new Progress(out, "what-if raw", articles.size(), "docs", progressSeconds);
            long start = System.nanoTime();
            long lastCommit = start;
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                writer.updateDocument(new Term(Fields.ID, a.id()), Fields.toDocument(a));
                if ((i + 1) % perFeed == 0) {
                    searchers.maybeRefreshBlocking();
                    if (System.nanoTime() - lastCommit >= 5_000_000_000L) {
                        writer.commit();
                        lastCommit = System.nanoTime();
                    }
                }
                progress.add(1);
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            return System.nanoTime() - start;
        }
    }

    private static String rateList(List<IngestRun> runs) {
        StringBuilder b = new StringBuilder();
        for (IngestRun r : runs) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%,.0f", r.docsPerSecond()));
        }
        return b.toString();
    }

    private static IngestRun best(List<IngestRun> runs) {
        return runs.stream().max(Comparator.comparingDouble(IngestRun::docsPerSecond)).orElseThrow();
    }

    // A note when other processes took a noticeable share of the machine during a measurement.
    private static String disturbance(StackSampler.Result r) {
        return disturbance(r.otherProcessesCpuNanos(), r.wallNanos());
    }

    private static String disturbance(long otherProcessesCpuNanos, long wallNanos) {
        if (otherProcessesCpuNanos < 0) {
            return "";
        }
        double share = otherProcessesCpuNanos / (double) wallNanos;
        return share < 0.05 ? "" : String.format(Locale.ROOT, "  [other processes used %.0f%% of a core meanwhile]",
                100 * share);
    }

    // ---------------------------------------------------------------------------------------------------- search

    private SearchRun search(Path root, Path feedsFile, int docs) throws Exception {
        Path oursIndex = root.resolve("ours").resolve("lucene").resolve("docs");
        Path rawIndex = root.resolve("raw").resolve("lucene").resolve("docs");
        int oursSegments = segments(oursIndex);
        ObjectMapper json = new ObjectMapper();
        Map<String, Latencies> overall = new LinkedHashMap<>();
        Map<String, Map<String, Latencies>> perQuery = new LinkedHashMap<>();
        for (String side : SIDES) {
            overall.put(side, new Latencies());
            Map<String, Latencies> m = new LinkedHashMap<>();
            BenchQuery.MIX.forEach(q -> m.put(q.label(), new Latencies()));
            perQuery.put(side, m);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        Duration maxLife = Duration.ofMinutes(30 + (long) (warmupQueries + queries) * BenchQuery.MIX.size() / 1000);
        try (SearchServer server = SearchServer.start(root.resolve("ours"), feedsFile, serverHeap, root, maxLife,
                        Duration.ofMinutes(10));
                DocIndex rawDocIndex = DocIndex.open(root.resolve("raw"));
                RawSearcher raw = new RawSearcher(rawIndex, new SearchService(rawDocIndex)::parse)) {
            out.println("  search service: " + server.base() + " (separate JVM, -Xmx" + serverHeap + ")");
            SearchService inProcess = new SearchService(rawDocIndex);
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpRequest healthRequest = HttpRequest.newBuilder(URI.create(server.base() + "/health"))
                    .timeout(Duration.ofSeconds(60)).GET().build();
            Latencies health = new Latencies();
            List<HttpRequest> requests = BenchQuery.MIX.stream()
                    .map(q -> HttpRequest.newBuilder(URI.create(server.base() + "/api/search?" + q.queryString()))
                            .timeout(Duration.ofSeconds(60)).GET().build())
                    .toList();
            // First, each query once on every side: the totals must agree, or the sides do not do the same work.
            for (int k = 0; k < BenchQuery.MIX.size(); k++) {
                BenchQuery q = BenchQuery.MIX.get(k);
                long http = json.readTree(send(client, requests.get(k), server)).get("total").asLong();
                long inProc = inProcess.search(q.request()).total();
                long rawTotal = raw.full(q);
                check(http == inProc && inProc == rawTotal, "query \"" + q.label() + "\" matches " + http
                        + " documents over HTTP, " + inProc + " in-process and " + rawTotal + " in raw Lucene");
                totals.put(q.label(), http);
            }
            check(totals.get(BenchQuery.of("").label()) == docs, "the blank query does not list every document");
            if (warmupHttp > 0) {
                // A one-hit listing of one small country: the whole HTTP, JSON and search path, little Lucene work.
                HttpRequest cheap = HttpRequest.newBuilder(
                                URI.create(server.base() + "/api/search?q=&country=BN&limit=1"))
                        .timeout(Duration.ofSeconds(60)).GET().build();
                Progress warm = new Progress(out, "warm http", warmupHttp, "requests", progressSeconds);
                for (int i = 0; i < warmupHttp; i++) {
                    send(client, cheap, server);
                    send(client, healthRequest, server);
                    warm.add(1);
                }
            }
            int total = warmupQueries + queries;
            Progress progress = new Progress(out, "search", total, "queries", progressSeconds);
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                int k = i % BenchQuery.MIX.size();
                BenchQuery q = BenchQuery.MIX.get(k);
                boolean record = i >= warmupQueries;
                long t0 = System.nanoTime();
                send(client, requests.get(k), server);
                long t1 = System.nanoTime();
                inProcess.search(q.request());
                long t2 = System.nanoTime();
                raw.full(q);
                long t3 = System.nanoTime();
                raw.core(q);
                long t4 = System.nanoTime();
                if (k == 0) {
                    send(client, healthRequest, server);
                    long t5 = System.nanoTime();
                    if (record) {
                        health.add(t5 - t4);
                    }
                }
                if (record) {
                    long[] took = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
                    for (int side = 0; side < SIDES.size(); side++) {
                        overall.get(SIDES.get(side)).add(took[side]);
                        perQuery.get(SIDES.get(side)).get(q.label()).add(took[side]);
                    }
                }
                progress.add(1);
            }
            return new SearchRun(overall, perQuery, totals, oursSegments, raw.segments(), health,
                    System.nanoTime() - start);
        }
    }

    private static String send(HttpClient client, HttpRequest request, SearchServer server) throws Exception {
        HttpResponse<String> resp = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("GET " + request.uri() + " answered " + resp.statusCode() + ": "
                    + clip(resp.body()) + (server.isAlive() ? "" : "\nserver log:\n" + server.logTail()));
        }
        return resp.body();
    }

    // ---------------------------------------------------------------------------------------------------- report

    private int report(String corpusLine, IngestRun ours, IngestRun raw, SearchRun search) {
        double ingestRatio = ours.docsPerSecond() / raw.docsPerSecond();
        boolean ingestPass = ingestRatio >= INGEST_TARGET;
        Latencies http = search.overall().get(HTTP);
        Latencies rawFull = search.overall().get(RAW);
        double p99Ratio = http.percentileMillis(0.99) / rawFull.percentileMillis(0.99);
        boolean searchPass = p99Ratio <= SEARCH_TARGET;

        out.println();
        out.println("== ipradar bench: results ==");
        out.println("corpus   " + corpusLine);
        out.printf(Locale.ROOT, "machine  %d cores, JDK %s; heap cap: bench JVM (our ingest, raw Lucene) %d MiB,"
                        + " search service JVM -Xmx%s%n", Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), serverHeap);
        out.println();
        out.printf(Locale.ROOT, "INGEST                          %14s %14s %10s   %s%n", "ours", "raw Lucene",
                "ours/raw", "target");
        out.printf(Locale.ROOT, "  documents per second          %,14.0f %,14.0f %10.2f   >= %.2f  %s%n",
                ours.docsPerSecond(), raw.docsPerSecond(), ingestRatio, INGEST_TARGET, ingestPass ? "PASS" : "MISS");
        out.printf(Locale.ROOT, "  wall time (s)                 %14.1f %14.1f%n", ours.seconds(), raw.seconds());
        if (rounds > 1) {
            out.printf(Locale.ROOT, "  documents per second by round %14s %14s   (the best round of each is compared)%n",
                    rateList(oursRounds), rateList(rawRounds));
        }
        out.printf(Locale.ROOT, "  CPU time, all threads (s)     %14.1f %14.1f%n",
                ours.profile().processCpuNanos() / 1e9, raw.profile().processCpuNanos() / 1e9);
        out.printf(Locale.ROOT, "  index segments at the end     %14d %14d%n", ours.segments(), raw.segments());
        out.printf(Locale.ROOT, "  index size (MB)               %14.1f %14.1f%n", ours.indexBytes() / 1e6,
                raw.indexBytes() / 1e6);
        out.println();
        out.printf(Locale.ROOT, "SEARCH (%,d queries per side, one at a time, after %,d warm-up)%n",
                http.count(), warmupQueries);
        out.printf(Locale.ROOT, "                                %12s %12s %12s %12s %10s   %s%n", HTTP, IN_PROCESS,
                RAW, CORE, "ours/raw", "target");
        double[] ps = {0.50, 0.99};
        String[] names = {"p50", "p99"};
        for (int i = 0; i < ps.length; i++) {
            double p = ps[i];
            double ratio = http.percentileMillis(p) / rawFull.percentileMillis(p);
            out.printf(Locale.ROOT, "  %-30s%12.2f %12.2f %12.2f %12.2f %10.2f%s%n", names[i] + " latency (ms)",
                    search.overall().get(HTTP).percentileMillis(p),
                    search.overall().get(IN_PROCESS).percentileMillis(p),
                    rawFull.percentileMillis(p), search.overall().get(CORE).percentileMillis(p), ratio,
                    p == 0.99
                            ? String.format(Locale.ROOT, "   <= %.2f  %s", SEARCH_TARGET, searchPass ? "PASS" : "MISS")
                            : "");
        }
        out.printf(Locale.ROOT, "  %-30s%12.2f %12.2f %12.2f %12.2f %10.2f%n", "mean latency (ms)",
                http.meanMillis(), search.overall().get(IN_PROCESS).meanMillis(), rawFull.meanMillis(),
                search.overall().get(CORE).meanMillis(), http.meanMillis() / rawFull.meanMillis());
        out.printf(Locale.ROOT, "  %-30s%12.2f %12.2f %12.2f %12.2f%n", "max latency (ms)", http.maxMillis(),
                search.overall().get(IN_PROCESS).maxMillis(), rawFull.maxMillis(),
                search.overall().get(CORE).maxMillis());
        out.printf(Locale.ROOT, "  index segments: ours %d (searched over HTTP), raw %d (in-process and raw sides)%n",
                search.oursSegments(), search.rawSegments());

        out.println();
        out.println("WHAT EACH SIDE INCLUDES");
        out.println("  ingest, ours:  services.crawler().crawl(sources) on a fresh data directory, as `crawl --once`"
                + " does: per feed, fetch over");
        out.println("                 HTTP from 127.0.0.1 (OkHttp), raw payload written and fsynced, ROME parse +"
                + " jsoup html-to-text, ArticleMapper,");
        out.println("                 SQLite upsert (WAL, synchronous=FULL), Lucene updateDocument, refresh and"
                + " commit as DocumentWriter decides;");
        out.println("                 timed from the first fetch to the crawl's return (its last commit). Background"
                + " merges still running then");
        out.println("                 are not waited for.");
        out.println("  ingest, raw:   the same Articles, built beforehand (no fetch, parse or store): IndexWriter"
                + " configured as DocIndex");
        out.println("                 (Analyzers.perField(), 128 MB buffer), updateDocument(id, Fields.toDocument(a))"
                + " for each, one commit at");
        out.println("                 the end; one indexing thread, as ours. Background merges still running then are"
                + " not waited for.");
        out.println("  search, ours:  GET /api/search over HTTP/1.1 keep-alive (java.net.http) to the real WebApp"
                + " in its own JVM: parameter");
        out.println("                 checks, SearchService (parse, top hits, 5 facet dimensions, highlighting), JSON;"
                + " timed until the body is read.");
        out.println("  in-process:    SearchService.search(request) in this JVM over the raw index: our search"
                + " without HTTP and JSON.");
        out.println("  raw Lucene:    the same Lucene work written directly: SearchService.parse(q), the same"
                + " drill-down filters, sort and");
        out.println("                 page size, facet counts for the same 5 dimensions, the same UnifiedHighlighter"
                + " set-up, stored fields. The");
        out.println("                 target compares ours (HTTP) with this.");
        out.println("  raw core:      for reference only: top hits (total counted only up to 1000) and their stored"
                + " fields; no facets, no snippets.");

        out.println();
        out.println("WHERE THE TIME GOES");
        printProfile("ingest, ours (best round)", ours);
        printProfile("ingest, raw Lucene (best round)", raw);
        printIngestGap(ours, raw);
        if (!whatIfNanos.isEmpty()) {
            out.printf(Locale.ROOT, "  what-if variants of the crawl (same corpus, fresh data directory each, best of"
                    + " two passes in opposite orders; raw Lucene %,.0f documents/s):%n", raw.docsPerSecond());
            out.printf(Locale.ROOT, "    %-30s %,9.0f docs/s  %5.2f x raw   (the real crawl, above)%n", "crawl",
                    ours.docsPerSecond(), ingestRatio);
            whatIfNanos.forEach((v, runs) -> {
                double dps = ours.docs() / (runs.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e9);
                String each = runs.stream().map(n -> String.format(Locale.ROOT, "%,.0f", ours.docs() / (n / 1e9)))
                        .collect(java.util.stream.Collectors.joining(" and "));
                out.printf(Locale.ROOT, "    %-30s %,9.0f docs/s  %5.2f x raw   %s (best of %s)%n", v.name(), dps,
                        dps / raw.docsPerSecond(), v.description(), each);
            });
            whatIfRaw.forEach((name, nanos) -> {
                double dps = ours.docs() / (nanos / 1e9);
                out.printf(Locale.ROOT, "    %-30s %,9.0f docs/s  %5.2f x raw   %s%n", name, dps,
                        dps / raw.docsPerSecond(), "raw Lucene with an NRT refresh every " + perFeed
                                + " documents and a commit every 5 s, as DocumentWriter drives the index");
            });
        }
        printSearchSplit(search);

        out.println();
        out.println("PER QUERY (p50 ms; hits = documents matched)");
        out.printf(Locale.ROOT, "  %-44s %8s %11s %10s %10s %9s %8s%n", "query", "hits", HTTP, IN_PROCESS, RAW, CORE,
                "ours/raw");
        for (BenchQuery q : BenchQuery.MIX) {
            double h = search.perQuery().get(HTTP).get(q.label()).percentileMillis(0.5);
            double r = search.perQuery().get(RAW).get(q.label()).percentileMillis(0.5);
            out.printf(Locale.ROOT, "  %-44s %,8d %11.2f %10.2f %10.2f %9.2f %8.2f%n", q.label(),
                    search.totals().get(q.label()), h,
                    search.perQuery().get(IN_PROCESS).get(q.label()).percentileMillis(0.5), r,
                    search.perQuery().get(CORE).get(q.label()).percentileMillis(0.5), h / r);
        }
        out.println();
        out.printf(Locale.ROOT, "RESULT ingest ours/raw = %.2f (target >= %.2f) %s; search p99 ours/raw = %.2f (target"
                        + " <= %.2f) %s%n", ingestRatio, INGEST_TARGET, ingestPass ? "PASS" : "MISS", p99Ratio,
                SEARCH_TARGET, searchPass ? "PASS" : "MISS");
        return failOnMiss && !(ingestPass && searchPass) ? 3 : 0;
    }

    private void printProfile(String title, IngestRun run) {
        StackSampler.Result r = run.profile();
        out.printf(Locale.ROOT, "  %s: wall %.1f s, %,d samples every %d ms%n", title, r.wallNanos() / 1e9,
                r.totalSamples(), sampleMs);
        StringBuilder cpu = new StringBuilder();
        r.cpuByThread().forEach((name, nanos) -> {
            if (nanos >= 50_000_000L) {
                cpu.append(cpu.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f", name,
                        nanos / 1e9));
            }
        });
        out.printf(Locale.ROOT, "    CPU of this JVM %.1f s (%s); JIT compiling %.1f s, GC %.1f s%s%n",
                r.processCpuNanos() / 1e9, cpu, r.jitMillis() / 1e3, r.gcMillis() / 1e3,
                r.otherProcessesCpuNanos() < 0 ? "" : String.format(Locale.ROOT, "; other processes %.1f s",
                        r.otherProcessesCpuNanos() / 1e9));
        double secsPerSample = r.totalSamples() == 0 ? 0 : r.wallNanos() / 1e9 / r.totalSamples();
        printSamples("sampled thread", r.samples(), secsPerSample);
        r.helperSamples().forEach((name, samples) -> printSamples(name + " thread", samples, secsPerSample));
    }

    private void printSamples(String thread, Map<String, Long> samples, double secsPerSample) {
        out.println("    " + thread + ":");
        Map<String, Long> phases = new LinkedHashMap<>();
        Map<String, Map<String, Long>> details = new LinkedHashMap<>();
        samples.forEach((label, n) -> {
            int slash = label.indexOf(" / ");
            String phase = slash < 0 ? label : label.substring(0, slash);
            phases.merge(phase, n, Long::sum);
            if (slash >= 0) {
                details.computeIfAbsent(phase, p -> new LinkedHashMap<>()).merge(label.substring(slash + 3), n,
                        Long::sum);
            }
        });
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        phases.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            StringBuilder detail = new StringBuilder();
            Map<String, Long> d = details.getOrDefault(e.getKey(), Map.of());
            d.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(x -> {
                if (x.getValue() * secsPerSample >= 0.05 || profileFrames) {
                    detail.append(detail.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f",
                            x.getKey(), x.getValue() * secsPerSample));
                }
            });
            out.printf(Locale.ROOT, "      %-24s %7.1f s %5.1f%%%s%n", e.getKey(), e.getValue() * secsPerSample,
                    100.0 * e.getValue() / total, detail.length() == 0 ? "" : "   (" + detail + ")");
        });
    }

    private void printIngestGap(IngestRun ours, IngestRun raw) {
        double budget = raw.seconds() / INGEST_TARGET;
        out.printf(Locale.ROOT, "  gap: ours took %.1f s, raw %.1f s; the %.2f target allows ours %.1f s, so ours is"
                        + " %.1f s %s%n", ours.seconds(), raw.seconds(), INGEST_TARGET, budget,
                Math.abs(ours.seconds() - budget), ours.seconds() > budget ? "over" : "under");
        StackSampler.Result o = ours.profile();
        double extra = 0;
        StringBuilder steps = new StringBuilder();
        for (String phase : List.of(IngestProfiles.WAIT, IngestProfiles.FETCH, IngestProfiles.RAW,
                IngestProfiles.PARSE, IngestProfiles.MAP, IngestProfiles.STORE, IngestProfiles.REFRESH,
                IngestProfiles.COMMIT, IngestProfiles.STATE, IngestProfiles.OTHER)) {
            double secs = phaseSeconds(o, phase);
            if (secs >= 0.05) {
                extra += secs;
                steps.append(String.format(Locale.ROOT, "%s%s %.1f", steps.length() == 0 ? "" : ", ", phase, secs));
            }
        }
        double oursIndex = phaseSeconds(o, IngestProfiles.INDEX);
        double rawIndex = phaseSeconds(raw.profile(), IngestProfiles.INDEX) + phaseSeconds(raw.profile(),
                IngestProfiles.OTHER);
        out.printf(Locale.ROOT, "    on the crawl thread, besides building and adding documents: %.1f s (%s)%n", extra,
                steps);
        out.printf(Locale.ROOT, "    building and adding documents: ours %.1f s, raw %.1f s (%+.1f s: the same work,"
                        + " slowed by what else runs at the time: the fetch-ahead thread, JIT, merges, GC)%n",
                oursIndex, rawIndex, oursIndex - rawIndex);
    }

    private static double phaseSeconds(StackSampler.Result r, String phase) {
        long total = r.totalSamples();
        if (total == 0) {
            return 0;
        }
        long n = r.samples().entrySet().stream()
                .filter(e -> e.getKey().equals(phase) || e.getKey().startsWith(phase + " / "))
                .mapToLong(Map.Entry::getValue).sum();
        return r.wallNanos() / 1e9 * n / total;
    }

    private void printSearchSplit(SearchRun s) {
        double http = s.overall().get(HTTP).meanMillis();
        double inProc = s.overall().get(IN_PROCESS).meanMillis();
        double raw = s.overall().get(RAW).meanMillis();
        double core = s.overall().get(CORE).meanMillis();
        out.printf(Locale.ROOT, "  search, mean per query: %.2f ms over HTTP%n", http);
        out.printf(Locale.ROOT, "    = raw Lucene work %.2f ms (of which facets and snippets %.2f ms beyond the bare"
                + " top hits)%n", raw, raw - core);
        out.printf(Locale.ROOT, "    %+.2f ms our search plumbing (in-process minus raw)%n", inProc - raw);
        out.printf(Locale.ROOT, "    %+.2f ms HTTP, parameters, JSON and the other JVM (HTTP minus in-process)%n",
                http - inProc);
        out.printf(Locale.ROOT, "    the HTTP round trip alone (GET /health on the same connection): p50 %.2f ms, mean"
                        + " %.2f ms (%d calls)%n", s.health().percentileMillis(0.5), s.health().meanMillis(),
                s.health().count());
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("benchmark invalid: " + message);
        }
    }

    private static int segments(Path indexDir) throws IOException {
        try (FSDirectory d = FSDirectory.open(indexDir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.leaves().size();
        }
    }

    private static long treeBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file merged away while we looked
                }
            }).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
