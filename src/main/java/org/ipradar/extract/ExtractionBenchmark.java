package org.ipradar.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Measures {@link ArticleExtractor} on the shared corpus's pages with known main text, set by set, with {@link
 * ShingleMatch}: the Article Extraction Benchmark's pages (gold text in {@code ground-truth.json}) and Readability's
 * test pages (gold HTML in {@code expected.html}, turned into text by the same renderer as the extractor's output).
 */
public final class ExtractionBenchmark {
    /** The Article Extraction Benchmark's pages: {@code html/article-extraction-benchmark/}. */
    public static final String BENCHMARK = "article-extraction-benchmark";
    /** Readability's test pages: {@code html/readability/}. */
    public static final String READABILITY = "readability";
    /** Every set, in report order. */
    public static final List<String> SETS = List.of(BENCHMARK, READABILITY);

    private ExtractionBenchmark() {}

    /** One page with its gold text. */
    public record Page(String id, String html, String baseUri, String gold) {}

    /** One page's measure and how long its extraction took. */
    public record PageResult(String id, ShingleMatch.PageScore score, long micros) {}

    /** A set's averaged figures and its pages, worst F1 first. */
    public record SetResult(String set, ShingleMatch.Summary summary, List<PageResult> pages) {}

    /** The directory of a set inside the corpus. */
    public static Path directory(Path corpus, String set) {
        return switch (set) {
            case BENCHMARK -> corpus.resolve("html").resolve("article-extraction-benchmark");
            case READABILITY -> corpus.resolve("html").resolve("readability");
            default -> throw new IllegalArgumentException("set must be one of: " + String.join(", ", SETS)
                    + " (got \"" + set + "\")");
        };
    }

    /** The pages of a set, sorted by id. */
    public static List<Page> load(Path corpus, String set) throws IOException {
        Path dir = directory(corpus, set);
        return switch (set) {
            case BENCHMARK -> loadBenchmark(dir);
            case READABILITY -> loadReadability(dir);
            default -> throw new IllegalArgumentException(set);
        };
    }

    private static List<Page> loadBenchmark(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.exists(truth)) {
            truth = dir.resolve("html").resolve("ground-truth.json");
        }
        JsonNode gold = JsonMapper.builder().build().readTree(truth.toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.properties()) {
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                throw new IOException(truth + " names page " + e.getKey() + ", but " + file + " is missing");
            }
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8); // the benchmark's pages are UTF-8
            }
            pages.add(new Page(e.getKey(), html, e.getValue().path("url").asText(""),
                    e.getValue().path("articleBody").asText("")));
        }
        pages.sort(Comparator.comparing(Page::id));
        return pages;
    }

    private static List<Page> loadReadability(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dir)) {
            for (Path d : dirs.sorted().toList()) {
                Path source = d.resolve("source.html");
                Path expected = d.resolve("expected.html");
                if (!Files.exists(source) || !Files.exists(expected)) {
                    continue;
                }
                String gold = TextRenderer.text(Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8))
                        .body());
                pages.add(new Page(d.getFileName().toString(), Files.readString(source, StandardCharsets.UTF_8),
                        "http://fakehost/test/page.html", gold));
            }
        }
        return pages;
    }

    /** Extracts every page with {@code extractor} and measures it against its gold text. */
    public static SetResult run(String set, List<Page> pages, ArticleExtractor extractor) {
        List<PageResult> results = new ArrayList<>();
        for (Page p : pages) {
            long t0 = System.nanoTime();
            String text = extractor.extract(p.html(), p.baseUri(), ArticleSelectors.NONE).text();
            long micros = (System.nanoTime() - t0) / 1000;
            results.add(new PageResult(p.id(), ShingleMatch.score(p.gold(), text), micros));
        }
        ShingleMatch.Summary summary = ShingleMatch.summarise(results.stream().map(PageResult::score).toList());
        results.sort(Comparator.comparingDouble((PageResult r) -> r.score().f1()).thenComparing(PageResult::id));
        return new SetResult(set, summary, results);
    }

    /** Loads and runs a set. */
    public static SetResult run(Path corpus, String set, ArticleExtractor extractor) {
        try {
            return run(set, load(corpus, set), extractor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + set + " pages under " + directory(corpus, set), e);
        }
    }
}
