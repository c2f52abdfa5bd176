package org.ipradar.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ipradar.bench.StackSampler.Rule;

/** How samples of an ingesting thread are named: the pipeline step it is in, and for some steps what inside it. */
final class IngestProfiles {
    static final String FETCH = "fetch";
    static final String RAW = "raw payload";
    static final String PARSE = "parse";
    static final String MAP = "map";
    static final String STORE = "store";
    static final String INDEX = "index";
    static final String COMMIT = "commit";
    static final String REFRESH = "refresh";
    static final String STATE = "source state";
    static final String OTHER = "other";
    static final String WAIT = "waiting for fetch-ahead";
    static final String IDLE = "idle";
    /** The name of the Crawler's thread that fetches and parses the next sources while the current one is written. */
    static final String FETCH_AHEAD_THREAD = "crawl-fetch";

    // Inside indexing, innermost work first: the first rule that matches any frame names the sample.
    private static final List<Rule> INDEX_DETAIL = List.of(
            Rule.of("org.apache.lucene.index.DocumentsWriterPerThread", "flush", "flush segment"),
            Rule.of("org.apache.lucene.index.ConcurrentMergeScheduler", "merge stall"),
            Rule.of("org.apache.lucene.index.DocumentsWriterStallControl", "flush stall"),
            Rule.of("org.apache.lucene.index.FrozenBufferedUpdates", "apply deletes"),
            Rule.of("org.ipradar.index.ChineseFolding", "char filters"),
            Rule.of("org.apache.lucene.analysis.cjk.CJKWidthCharFilter", "char filters"),
            Rule.of("org.apache.lucene.analysis.standard", "standard tokenizer"),
            Rule.of("org.apache.lucene.analysis.cn.smart", "smartcn"),
            Rule.of("org.apache.lucene.analysis.cjk", "cjk bigrams"),
            Rule.of("org.apache.lucene.analysis.en", "english filters"),
            Rule.of("org.tartarus", "english filters"),
            Rule.of("org.apache.lucene.analysis", "other analysis"),
            Rule.of("org.ipradar.index.Fields", "build document"),
            Rule.of("org.apache.lucene.index.IndexingChain", "invert"),
            Rule.of("org.apache.lucene.index.TermsHash", "invert"));

    private static final List<Rule> COMMIT_DETAIL = List.of(
            Rule.of("org.apache.lucene.index.DocumentsWriterPerThread", "flush", "flush segment"),
            Rule.of("org.apache.lucene.index.FrozenBufferedUpdates", "apply deletes"),
            Rule.of("org.apache.lucene.index.ReadersAndUpdates", "apply deletes"),
            Rule.of("org.apache.lucene.store.FSDirectory", "sync", "fsync"),
            Rule.of("org.apache.lucene.util.IOUtils", "fsync", "fsync"),
            Rule.of("org.apache.lucene.index.StandardDirectoryReader", "open reader"),
            Rule.of("org.apache.lucene.index.SegmentReader", "open reader"));

    private static final List<Rule> PARSE_DETAIL = List.of(
            Rule.of("org.ipradar.ingest.HtmlText", "html to text"),
            Rule.of("org.ipradar.ingest.FeedDecoder", "decode"),
            Rule.of("org.ipradar.ingest.FeedReader", "prepare", "prepare"),
            Rule.of("com.rometools", "rome + xml"),
            Rule.of("org.jdom2", "rome + xml"));

    private static final List<Rule> MAP_DETAIL = List.of(
            Rule.of("org.ipradar.ingest.LanguageGuesser", "language guess"),
            Rule.of("org.ipradar.store.RawStore", "sha256", "hashes"));

    private IngestProfiles() {}

    private static List<Rule> crawlSteps() {
        return List.of(
                Rule.of("org.ipradar.net.HttpFetcher", FETCH),
                Rule.of("org.ipradar.store.RawStore", RAW),
                Rule.of("org.ipradar.ingest.FeedReader", PARSE),
                Rule.of("org.ipradar.ingest.ArticleMapper", MAP),
                Rule.of("org.ipradar.store.DocumentStore", STORE),
                Rule.of("org.ipradar.index.DocIndex", "index", INDEX),
                Rule.of("org.ipradar.index.DocIndex", "commit", COMMIT),
                Rule.of("org.ipradar.index.DocIndex", "refresh", REFRESH),
                Rule.of("org.ipradar.store.SourceStore", STATE));
    }

    /** Our crawl's calling thread: the step it is in, by the outermost of our classes on the stack. */
    static Function<StackTraceElement[], String> ours(boolean nameOthers) {
        List<Rule> phases = new java.util.ArrayList<>();
        phases.add(Rule.of("org.ipradar.ingest.Crawler", "await", WAIT));
        phases.add(Rule.of("java.util.concurrent.FutureTask", "get", WAIT));
        phases.addAll(crawlSteps());
        return StackSampler.phased(phases, Map.of(INDEX, INDEX_DETAIL, COMMIT, COMMIT_DETAIL, REFRESH, COMMIT_DETAIL,
                PARSE, PARSE_DETAIL, MAP, MAP_DETAIL), OTHER, nameOthers);
    }

    /** The Crawler's fetch-ahead thread: the same steps, or idle while it waits for work. */
    static Function<StackTraceElement[], String> fetchAhead(boolean nameOthers) {
        List<Rule> phases = new java.util.ArrayList<>();
        phases.add(Rule.of("java.util.concurrent.ThreadPoolExecutor", "getTask", IDLE));
        phases.addAll(crawlSteps());
        return StackSampler.phased(phases, Map.of(PARSE, PARSE_DETAIL, MAP, MAP_DETAIL), OTHER, nameOthers);
    }

    /** The raw Lucene loop: building and adding documents, and the final commit. */
    static Function<StackTraceElement[], String> raw(boolean nameOthers) {
        List<Rule> phases = List.of(
                Rule.of("org.apache.lucene.index.IndexWriter", "commit", COMMIT),
                Rule.of("org.ipradar.index.Fields", INDEX),
                Rule.of("org.apache.lucene.index.IndexWriter", INDEX));
        return StackSampler.phased(phases, Map.of(INDEX, INDEX_DETAIL, COMMIT, COMMIT_DETAIL), OTHER, nameOthers);
    }
}
