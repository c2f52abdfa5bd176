package org.ipradar.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A test collection for near-duplicate clustering, generated deterministically from the real texts of the shared
 * corpus: every text is a story published by one (invented) site with that site's header and footer, and some
 * stories are republished by other sites with their own boilerplate and a change (a cut paragraph, light edits, an
 * added sentence) or appear as a feed summary (the first paragraphs). Near misses come with the data: articles of
 * one site share its boilerplate, Cranfield abstracts share one topic, Singapore judgments share their header
 * layout, CMRC passages of one Wikipedia article share a title, and chunks of related statutes share their wording.
 *
 * <p>English stories: the English gold texts of the article-extraction benchmark and of Readability's test pages,
 * Cranfield abstracts and the openings of Singapore judgments. Chinese stories: CMRC 2018 passages, PRC IP statutes
 * cut into runs of six articles, and Readability's Chinese pages. Only {@link java.util.Random}, whose algorithm is
 * specified, draws the random choices, so a seed gives the same collection in every JVM.
 */
public final class DedupCollection {
    /** The languages a collection can be built for. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    /**
     * One document of the collection.
     *
     * @param id the document's id, {@code lang-story-variant}
     * @param story the id of the story it tells: documents of one story form one true cluster
     * @param source where the story's text comes from (benchmark, readability, cranfield, ...)
     * @param site the invented site that published this document, or {@code feed} for a feed summary
     * @param variant {@code original}, {@code boilerplate}, {@code cut}, {@code edit}, {@code added},
     *     {@code summary} or {@code natural} (a duplicate found as such in the corpus)
     * @param title the document's title
     * @param text the document's text
     */
    public record Doc(String id, String story, String source, String site, String variant, String title,
            String text) {}

    private record Story(String source, String title, List<String> paragraphs) {}

    private record Site(String name, String header, String footer) {}

    private final String lang;
    private final List<Doc> docs;
    private final Map<String, Integer> storiesBySource;

    private DedupCollection(String lang, List<Doc> docs, Map<String, Integer> storiesBySource) {
        this.lang = lang;
        this.docs = docs;
        this.storiesBySource = storiesBySource;
    }

    /** The language of the collection. */
    public String lang() {
        return lang;
    }

    /** The documents in arrival order (shuffled by the seed). */
    public List<Doc> docs() {
        return docs;
    }

    /** The number of stories taken from each source. */
    public Map<String, Integer> storiesBySource() {
        return storiesBySource;
    }

    /** Builds the collection for {@code lang} ("en" or "zh") from the corpus directory; the same seed, the same docs. */
    public static DedupCollection build(Path corpus, String lang, long seed) throws IOException {
        List<Story> stories = switch (lang) {
            case "en" -> english(corpus);
            case "zh" -> chinese(corpus);
            default -> throw new IllegalArgumentException("lang must be one of: " + String.join(", ", LANGUAGES)
                    + " (got \"" + lang + "\")");
        };
        Map<String, Integer> bySource = new java.util.LinkedHashMap<>();
        for (Story s : stories) {
            bySource.merge(s.source(), 1, Integer::sum);
        }
        Random rnd = new Random(seed);
        List<Site> sites = lang.equals("zh") ? ZH_SITES : EN_SITES;
        List<Doc> out = new ArrayList<>();
        Map<String, String> storyOfText = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            String storyId = String.format(Locale.ROOT, "%s-%04d", lang, i);
            String body = String.join("\n\n", s.paragraphs());
            String natural = storyOfText.putIfAbsent(body, storyId);
            Site site = sites.get(rnd.nextInt(sites.size()));
            if (natural != null) {
                // the corpus holds this text twice (two copies of one judicial interpretation): a real duplicate
                out.add(doc(natural, storyId + "-n", s, site, "natural", s.title(), s.paragraphs(), lang, stories,
                        rnd));
                continue;
            }
            out.add(doc(storyId, storyId + "-0", s, site, "original", s.title(), s.paragraphs(), lang, stories, rnd));
            double draw = rnd.nextDouble();
            int variants = draw < 0.4 ? 0 : draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3;
            for (int v = 1; v <= variants; v++) {
                Site other = sites.get(rnd.nextInt(sites.size()));
                while (other == site) {
                    other = sites.get(rnd.nextInt(sites.size()));
                }
                out.add(variant(storyId, storyId + "-" + v, s, other, lang, stories, rnd));
            }
        }
        Collections.shuffle(out, rnd);
        return new DedupCollection(lang, List.copyOf(out), Map.copyOf(bySource));
    }

    // ---- variants

    private static Doc variant(String storyId, String id, Story s, Site site, String lang, List<Story> all,
            Random rnd) {
        double draw = rnd.nextDouble();
        String kind = draw < 0.2 ? "boilerplate" : draw < 0.4 ? "cut" : draw < 0.6 ? "edit" : draw < 0.75 ? "added"
                : "summary";
        List<String> paras = new ArrayList<>(s.paragraphs());
        boolean zh = lang.equals("zh");
        switch (kind) {
            case "cut" -> {
                if (!cut(paras, rnd, zh)) {
                    kind = "edit";
                    edit(paras, rnd, zh);
                }
            }
            case "edit" -> edit(paras, rnd, zh);
            case "added" -> {
                List<String> pool = zh ? ZH_ADDED : EN_ADDED;
                paras.add(rnd.nextInt(paras.size() + 1), pool.get(rnd.nextInt(pool.size())));
            }
            case "summary" -> {
                return summary(storyId, id, s, zh, rnd);
            }
            default -> { }
        }
        if (rnd.nextDouble() < 0.3) {
            paras.replaceAll(p -> retype(p, zh));
        }
        double t = rnd.nextDouble();
        String title = t < 0.6 ? s.title() : t < 0.8 ? s.title() + (zh ? "_" : " | ") + site.name()
                : retitle(s.title(), rnd, zh);
        return doc(storyId, id, s, site, kind, title, paras, lang, all, rnd);
    }

    private static Doc doc(String storyId, String id, Story s, Site site, String variant, String title,
            List<String> paras, String lang, List<Story> all, Random rnd) {
        StringBuilder text = new StringBuilder();
        String header = fill(site.header(), lang, all, rnd);
        if (!header.isEmpty()) {
            text.append(header).append("\n\n");
        }
        text.append(String.join("\n\n", paras));
        String footer = fill(site.footer(), lang, all, rnd);
        if (!footer.isEmpty()) {
            text.append("\n\n").append(footer);
        }
        return new Doc(id, storyId, s.source(), site.name(), variant, title, text.toString());
    }

    // A feed item: the title and the first one to three paragraphs, a long first paragraph cut like a description.
    private static Doc summary(String storyId, String id, Story s, boolean zh, Random rnd) {
        int n = Math.min(s.paragraphs().size(), 1 + rnd.nextInt(3));
        String text = String.join("\n\n", s.paragraphs().subList(0, n));
        int limit = zh ? 200 : 400;
        if (n == 1 && text.length() > limit) {
            int cut = zh ? limit : text.lastIndexOf(' ', limit);
            text = text.substring(0, cut > 0 ? cut : limit) + "…";
        }
        return new Doc(id, storyId, s.source(), "feed", "summary", s.title(), text);
    }

    private static boolean cut(List<String> paras, Random rnd, boolean zh) {
        if (paras.size() >= 4) {
            int drop = paras.size() >= 8 ? 2 : 1;
            for (int i = 0; i < drop; i++) {
                paras.remove(rnd.nextInt(paras.size()));
            }
            return true;
        }
        int longest = 0;
        for (int i = 1; i < paras.size(); i++) {
            if (paras.get(i).length() > paras.get(longest).length()) {
                longest = i;
            }
        }
        List<String> sentences = sentences(paras.get(longest), zh);
        if (sentences.size() < 2) {
            return false;
        }
        sentences.remove(rnd.nextInt(sentences.size()));
        paras.set(longest, String.join(zh ? "" : " ", sentences));
        return true;
    }

    // Light edits: 1 to 4 in 100 words (Chinese: characters) deleted, replaced by another of the text, or repeated.
    private static void edit(List<String> paras, Random rnd, boolean zh) {
        double rate = 0.01 + 0.03 * rnd.nextDouble();
        List<String> vocabulary = new ArrayList<>();
        for (String p : paras) {
            vocabulary.addAll(zh ? chars(p) : List.of(p.split(" ")));
        }
        for (int i = 0; i < paras.size(); i++) {
            List<String> units = zh ? chars(paras.get(i)) : new ArrayList<>(List.of(paras.get(i).split(" ")));
            List<String> out = new ArrayList<>(units.size());
            for (String u : units) {
                if (rnd.nextDouble() >= rate) {
                    out.add(u);
                    continue;
                }
                double op = rnd.nextDouble();
                if (op < 0.3) {
                    continue; // deleted
                }
                if (op < 0.8) {
                    out.add(vocabulary.get(rnd.nextInt(vocabulary.size())));
                } else {
                    out.add(u);
                    out.add(u);
                }
            }
            paras.set(i, String.join(zh ? "" : " ", out));
        }
    }

    // What another site's editor changes without meaning to: quotes and dashes, or full-width digits in Chinese.
    private static String retype(String p, boolean zh) {
        if (zh) {
            StringBuilder b = new StringBuilder(p.length());
            p.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '，' ? ',' : (char) c));
            return b.toString();
        }
        return p.replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"').replace("\u2014", " -- ");
    }

    private static String retitle(String title, Random rnd, boolean zh) {
        if (zh) {
            List<String> c = chars(title);
            if (c.size() > 4) {
                c.remove(rnd.nextInt(c.size()));
                c.remove(rnd.nextInt(c.size()));
            }
            return String.join("", c) + "（更新）";
        }
        List<String> w = new ArrayList<>(List.of(title.split(" ")));
        if (w.size() > 3) {
            w.remove(rnd.nextInt(w.size()));
        }
        return "UPDATE: " + String.join(" ", w);
    }

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private static String fill(String template, String lang, List<Story> all, Random rnd) {
        Matcher m = SLOT.matcher(template);
        StringBuilder b = new StringBuilder();
        boolean zh = lang.equals("zh");
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "date" -> zh
                        ? String.format(Locale.ROOT, "2026-%02d-%02d %02d:%02d", 1 + rnd.nextInt(12),
                                1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60))
                        : String.format(Locale.ROOT, "%d %s 2026", 1 + rnd.nextInt(28),
                                MONTHS.get(rnd.nextInt(12)));
                case "name" -> {
                    List<String> names = zh ? ZH_NAMES : EN_NAMES;
                    yield names.get(rnd.nextInt(names.size()));
                }
                case "n" -> Integer.toString(1 + rnd.nextInt(9999));
                case "title" -> all.get(rnd.nextInt(all.size())).title();
                default -> m.group();
            };
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static List<String> sentences(String p, boolean zh) {
        List<String> out = new ArrayList<>();
        Matcher m = (zh ? ZH_SENTENCE : EN_SENTENCE).matcher(p);
        while (m.find()) {
            if (!m.group().isBlank()) {
                out.add(m.group().strip());
            }
        }
        return out;
    }

    private static final Pattern EN_SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");
    private static final Pattern ZH_SENTENCE = Pattern.compile("[^。！？]+(?:[。！？]+|$)");

    private static List<String> chars(String s) {
        List<String> out = new ArrayList<>(s.length());
        s.codePoints().forEach(c -> out.add(Character.toString(c)));
        return out;
    }

    // ---- sources

    private static List<Story> english(Path corpus) throws IOException {
        List<Story> out = new ArrayList<>();
        out.addAll(benchmark(corpus));
        out.addAll(readability(corpus, false));
        out.addAll(cranfield(corpus, 400));
        out.addAll(judgments(corpus));
        return out;
    }

    private static List<Story> chinese(Path corpus) throws IOException {
        List<Story> out = new ArrayList<>();
        out.addAll(cmrc(corpus));
        out.addAll(statutes(corpus));
        out.addAll(readability(corpus, true));
        return out;
    }

    static final String BENCHMARK = "html/article-extraction-benchmark";

    private static List<Story> benchmark(Path corpus) throws IOException {
        Path dir = require(corpus, BENCHMARK);
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Story> out = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String hash = it.next();
            String body = truth.get(hash).path("articleBody").asText("");
            if (!english(body)) {
                continue;
            }
            String title = pageTitle(dir.resolve("html").resolve(hash + ".html.gz"));
            out.add(new Story("benchmark", title, paragraphs(body)));
        }
        return out;
    }

    /** The URLs of the benchmark's pages, for the URL canonicalizer's cases. */
    static List<String> benchmarkUrls(Path corpus) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(require(corpus, BENCHMARK).resolve("ground-truth.json")
                .toFile());
        List<String> out = new ArrayList<>();
        truth.forEach(n -> out.add(n.path("url").asText()));
        return out;
    }

    private static String pageTitle(Path gz) throws IOException {
        if (!Files.exists(gz)) {
            return "";
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Document d = Jsoup.parse(in, null, "");
            Element og = d.selectFirst("meta[property=og:title]");
            String t = og != null ? og.attr("content") : d.title();
            return t.strip();
        }
    }

    private static List<Story> readability(Path corpus, boolean chinese) throws IOException {
        Path dir = require(corpus, "html/readability");
        List<Story> out = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(Files::isDirectory).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path page : pages) {
            Path expected = page.resolve("expected.html");
            if (!Files.exists(expected)) {
                continue;
            }
            List<String> paras = paragraphs(blockText(Files.readString(expected, StandardCharsets.UTF_8)));
            String body = String.join("\n", paras);
            boolean zh = body.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count() > body.length() / 4;
            if (chinese ? !zh : !english(body)) {
                continue;
            }
            if (paras.size() > 40) {
                paras = paras.subList(0, 40); // a news-sized text, not a whole Wikipedia article
            }
            Path meta = page.resolve("expected-metadata.json");
            String title = Files.exists(meta) ? json.readTree(meta.toFile()).path("title").asText("") : "";
            out.add(new Story("readability", title, paras));
        }
        return out;
    }

    private static List<Story> cranfield(Path corpus, int limit) throws IOException {
        String all = Files.readString(require(corpus, "retrieval/cranfield/cran.all.1400"), StandardCharsets.UTF_8);
        List<Story> out = new ArrayList<>();
        for (String rec : all.split("(?m)^\\.I ")) {
            Matcher t = Pattern.compile("(?s)\\.T\\s*\n(.*?)\n\\.A").matcher(rec);
            Matcher w = Pattern.compile("(?s)\\.W\\s*\n(.*)").matcher(rec);
            if (!t.find() || !w.find()) {
                continue;
            }
            String title = t.group(1).replaceAll("\\s+", " ").strip();
            String text = w.group(1).replaceAll("\\s+", " ").strip();
            if (text.split(" ").length < 60) {
                continue;
            }
            List<String> sentences = sentences(text, false);
            List<String> paras = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i += 2) {
                paras.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 2))));
            }
            out.add(new Story("cranfield", title, paras));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    private static List<Story> judgments(Path corpus) throws IOException {
        Path dir = require(corpus, "cases/singapore_judgments");
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> Files.exists(p.resolve("report.md"))).sorted().toList();
        }
        List<Story> out = new ArrayList<>();
        for (Path c : cases) {
            List<String> paras = new ArrayList<>();
            for (String line : Files.readString(c.resolve("report.md"), StandardCharsets.UTF_8).split("\n")) {
                String l = line.replaceAll("[*_#]|<[^>]+>", "").replaceAll("\\s+", " ").strip();
                if (!l.isEmpty()) {
                    paras.add(l);
                }
                if (paras.size() == 25) {
                    break;
                }
            }
            String index = Files.exists(c.resolve("index.md"))
                    ? Files.readString(c.resolve("index.md"), StandardCharsets.UTF_8) : "";
            Matcher t = Pattern.compile("(?m)^title:\\s*(.*)$").matcher(index);
            out.add(new Story("judgments", t.find() ? t.group(1).strip() : paras.get(0), paras));
        }
        return out;
    }

    private static List<Story> cmrc(Path corpus) throws IOException {
        List<Story> out = new ArrayList<>();
        for (String line : Files.readAllLines(require(corpus, "retrieval/cmrc2018/docs.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length < 3 || f[2].isBlank()) {
                continue;
            }
            List<String> sentences = sentences(f[2], true);
            List<String> paras = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i += 3) {
                paras.add(String.join("", sentences.subList(i, Math.min(sentences.size(), i + 3))));
            }
            out.add(new Story("cmrc2018", f[1], paras));
        }
        return out;
    }

    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇]+条");

    // Statutes cut into runs of six articles, titled by the law and the chapter the run starts in.
    private static List<Story> statutes(Path corpus) throws IOException {
        Path dir = require(corpus, "cases/china_ip_law");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<Story> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String law = "";
            Matcher h = Pattern.compile("(?m)^# (.+)$").matcher(text);
            if (h.find()) {
                law = h.group(1).strip();
            }
            int info = text.indexOf("<!-- INFO END -->");
            String body = info >= 0 ? text.substring(info + "<!-- INFO END -->".length()) : text;
            String chapter = "";
            String runChapter = "";
            List<String> run = new ArrayList<>();
            int articles = 0;
            for (String line : body.split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("#")) {
                    chapter = l.replaceAll("^#+\\s*", "");
                    continue;
                }
                if (ARTICLE.matcher(l).find()) {
                    if (articles == 6) {
                        out.add(new Story("statutes", (law + " " + runChapter).strip(), run));
                        run = new ArrayList<>();
                        articles = 0;
                    }
                    if (articles == 0) {
                        runChapter = chapter;
                    }
                    articles++;
                }
                run.add(l);
            }
            if (!run.isEmpty()) {
                out.add(new Story("statutes", (law + " " + runChapter).strip(), run));
            }
        }
        return out;
    }

    private static Path require(Path corpus, String relative) {
        Path p = corpus.resolve(relative);
        if (!Files.exists(p)) {
            throw new UncheckedIOException(new IOException("corpus at " + corpus + " has no " + relative));
        }
        return p;
    }

    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "a", "in", "is", "that", "for",
            "on", "with", "was", "it", "as", "are", "by");

    // English when at least one word in eight is one of its commonest words (Portuguese and Indonesian pages: < 1/20).
    private static boolean english(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z]+");
        int common = 0;
        int all = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                all++;
                if (ENGLISH_WORDS.contains(w)) {
                    common++;
                }
            }
        }
        return all > 0 && common * 8 >= all;
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "blockquote", "pre", "section", "article", "figcaption", "dd", "dt");

    // The text of an HTML fragment with a line break at every block element.
    private static String blockText(String html) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    b.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    b.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return b.toString();
    }

    // ---- the invented sites and their boilerplate

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> EN_NAMES = List.of("Jane Tan", "Arun Kumar", "Maria Santos", "David Lim",
            "Siti Rahman", "Tom Nguyen", "Laura Chen", "Peter Wong");
    private static final List<String> ZH_NAMES = List.of("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏");

    private static final List<Site> EN_SITES = List.of(
            new Site("IP Watch Daily", "IP Watch Daily | {date} | By {name}",
                    "© 2026 IP Watch Daily. All rights reserved. Sign up for our free newsletter to get the latest"
                            + " intellectual property news delivered to your inbox every morning."),
            new Site("Asia Trade Wire", "ASIA TRADE WIRE, Singapore, {date}",
                    "Reporting by {name}; Editing by {name}. Our Standards: The Trust Principles."),
            new Site("Global Brand Monitor", "",
                    "Related: {title} | {title} | {title}. Share this article on Twitter, Facebook and LinkedIn."),
            new Site("The Patent Desk", "Posted by {name} on {date} in News",
                    "Leave a comment. Tags: patents, trademarks, enforcement, Asia. Previous post: {title}. Next"
                            + " post: {title}."),
            new Site("SEA Legal Brief", "{date} · {n} views",
                    "This article is provided for general information only and does not constitute legal advice."
                            + " Contact our intellectual property team for assistance with your specific matter."),
            new Site("Newswire Syndication", "(Newswire) {date}",
                    "Copyright 2026 Newswire Syndication. This material may not be published, broadcast, rewritten"
                            + " or redistributed without permission."),
            new Site("Plain Reader", "", ""),
            new Site("Market Insider", "Advertisement",
                    "Read more: {title}. Read more: {title}. Advertisement. Most popular stories this week."));

    private static final List<Site> ZH_SITES = List.of(
            new Site("中国知识产权报", "来源：中国知识产权报 作者：{name} {date}", "（责任编辑：{name}）"),
            new Site("新华网", "{date} 来源：新华网", "【纠错】 【责任编辑：{name}】 本文版权归原作者所有，转载请注明出处。"),
            new Site("海外知识产权观察", "海外知识产权观察 {date} 阅读 {n}",
                    "相关阅读：{title}；{title}；{title} 关注我们的微信公众号，获取更多海外知识产权资讯。"),
            new Site("法治前沿", "", "声明：本文仅代表作者观点，不代表本站立场。如有侵权请联系删除。"),
            new Site("东南亚商讯", "【东南亚商讯】记者{name}报道", "扫一扫在手机打开当前页"),
            new Site("纯文本", "", ""),
            new Site("政务公开", "发布时间：{date} 浏览次数：{n} 字体：大 中 小", "打印本页 关闭窗口"),
            new Site("国际动态", "首页 > 新闻中心 > 国际动态", "上一篇：{title} 下一篇：{title}"));

    private static final List<String> EN_ADDED = List.of(
            "The company did not immediately respond to a request for comment.",
            "This story has been updated with additional details from the court filing.",
            "Additional reporting by our correspondents in Jakarta and Hanoi.",
            "Editor's note: an earlier version of this article misstated the date of the hearing.",
            "Neither party disclosed the financial terms of the settlement.");
    private static final List<String> ZH_ADDED = List.of(
            "记者联系了相关企业，截至发稿时尚未得到回复。",
            "本文已根据法院公告的最新信息更新。",
            "编者按：本文原题有误，现已更正。",
            "业内人士提醒，出海企业应提前做好知识产权布局。",
            "双方均未披露和解的具体金额。");
}
