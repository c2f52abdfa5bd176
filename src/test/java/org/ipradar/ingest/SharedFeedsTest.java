package org.ipradar.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipradar.Services;
import org.ipradar.store.Article;
import org.ipradar.store.SourceState;
import org.ipradar.testing.Corpus;
import org.ipradar.testing.FixtureServer;
import org.ipradar.testing.TestServices;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every feed of the shared corpus ({@code <corpus>/feeds}, see its SOURCES.md) served by the fixture server and crawled
 * through the real pipeline, then held against what its companion file, its own {@code Expect:} comment or its markup
 * says it holds; where we knowingly differ, {@link #ACCEPTED} says how and why, and asserts what we do.
 */
class SharedFeedsTest {
    /** How many leading entries are compared field by field with the companion. */
    private static final int FIRST_FEW = 3;
    private static final Pattern ENTRY_TAG = Pattern.compile("<(?:item|entry)[\\s>]");
    private static final Pattern EXPECT = Pattern.compile("Expect:\\s*(\\S+)");
    private static final Pattern HEADER = Pattern.compile("Header:\\s*Content-type:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\\u0080-\\u00BF]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CUT_OFF = "the document ends before its elements are closed (cut off?)";
    private static final String NO_CHANNEL = "not a feed: <rss> has no <channel> element";

    /** Feeds that must fail, with the exact reason that is recorded on the source. */
    private static final Map<String, String> FAILS = Map.of(
            "feedparser_encoding_bozo_encoding_mismatch_crash.xml", NO_CHANNEL,
            "feedparser_encoding_bozo_invalid-bytes-with-bom.xml", "not well-formed XML at line 11, column 1: " + CUT_OFF,
            "feedparser_encoding_utf-16le-bom.xml", NO_CHANNEL,
            "feedparser_encoding_utf-8-bom.xml", NO_CHANNEL,
            "feedparser_illformed_rss_empty_document.xml",
            "not a feed: the document has no root element (only comments or whitespace)",
            "feedparser_illformed_rss_incomplete_cdata.xml", "not well-formed XML at line 13, column 16: The content of"
                    + " elements must consist of well-formed character data or markup.",
            "feedparser_illformed_rss_item_link_corrupted_ampersands.xml",
            "not well-formed XML at line 13, column 1: " + CUT_OFF,
            "feedrs_rss_2.0_invalid_1.xml", "not well-formed XML at line 19, column 85: " + CUT_OFF,
            "rome_malformed_html_served_as_rss.rss", "not a feed: an HTML page titled \"We're Sorry\" (root element <html>)",
            "rssparser_unrecognized.rss", "not a feed: an HTML page titled \"Document Moved\" (root element <head>)");

    /**
     * The title of the first stored document of each chardet feed, as Python's big5hkscs and gb18030 codecs decode
     * the bytes (an empty item title falls back to the first words of the text).
     */
    private static final Map<String, String> CHARDET_FIRST_TITLES = Map.ofEntries(
            Map.entry("chardet_big5_blog.worren.net.xml", "Keil C Compiler 中斷的寫法"),
            Map.entry("chardet_big5_coolloud.org.tw.xml", "1226檔下點交之後 不見棺材不走人 進輪自救會長期抗戰"),
            Map.entry("chardet_big5_ebao.us.xml", "新年快樂"),
            Map.entry("chardet_big5_upsaid.com.xml", "。反WTO．人民有抗暴權！公民聲援反世貿連署行動"),
            Map.entry("chardet_gb2312_14.blog.westca.com.xml", "想要飞 却怎么样也飞不高"),
            Map.entry("chardet_gb2312_cindychen.com.xml", "Oceana 的出生"),
            Map.entry("chardet_gb2312_cnblog.org.xml", "Picostation的PicoBlogger是 一个能让S"),
            Map.entry("chardet_gb2312_coverer.com.xml", "网站排名下降的主要原因:"),
            Map.entry("chardet_gb2312_eighthday.blogspot.com.xml", "又颠了"),
            Map.entry("chardet_gb2312_godthink.blogsome.com.xml", "不知道为什么，这个BLOGSOME老是感觉不稳定，怪怪"),
            Map.entry("chardet_gb2312_jjgod.3322.org.xml", "Wordpress 2.0"),
            Map.entry("chardet_gb2312_luciferwang.blogcn.com.xml", "奥登说的大实话"),
            Map.entry("chardet_gb2312_softsea.net.xml", "Trojan Remover 6.4.5 Date 12.28"),
            Map.entry("chardet_gb2312_w3cn.org.xml", "如何以及何时使用sIFR"));

    /** Feeds in a Latin-1 family charset: accented letters must survive decoding. */
    private static final Set<String> LATIN1 = Set.of("feedrs_rss_0.91_missing_id.xml", "feedrs_rss_1.0_iso8859.xml",
            "feedrs_rss_2.0_encoding_1.xml", "rssparser_encoding.rss", "rssparser_uolNoticias.rss");

    /**
     * What we read from the feeds that have no companion output (ROME's and feedparser's): the stored documents'
     * count and the first ones in store order; the item count is counted from the markup.
     */
    private static final Map<String, Reads> READS = Map.ofEntries(
            Map.entry("rome_atom03.xml", new Reads(2,
                    // the entries' links are placeholders, not URLs; <modified> 00:00 is taken over <issued> 01:00
                    doc("atom_0.3.feed.entry[0].title", null, "2000-01-01T00:00:00Z"),
                    doc("atom_0.3.feed.entry[1].title", null, "2000-02-01T00:00:00Z"))),
            // Both items carry the same link and guid: kept as two documents, told apart by title.
            Map.entry("rome_cdata_feed.xml", new Reads(2,
                    doc("item1", "http://rtl-now.rtl.de/awz.php?container_id=26908&paytype=ppv&productdetail=1&na=1",
                            "2009-08-05T05:30:00Z"),
                    doc("item2", "http://rtl-now.rtl.de/awz.php?container_id=26908&paytype=ppv&productdetail=1&na=1",
                            "2009-08-05T05:30:00Z"))),
            // Links are stored canonical: query parameters sorted by name.
            Map.entry("rome_kcrw_podcast_double_escaped_rss2.xml", new Reads(9,
                    doc("China's Big Visit; Big Changes at the White House; Golly Gee, Gas Prices!",
                            "http://www.kcrw.com/cgi-bin/db/kcrw.pl?air_date=04/21/06&show_code=lr&tmplt_type=Show",
                            "2006-04-21T16:00:00Z"),
                    doc("Iran Nukes; Rumsfeld Won't Go; Mitt Romney and Mass Healthcare",
                            "http://www.kcrw.com/cgi-bin/db/kcrw.pl?air_date=04/14/06&show_code=lr&tmplt_type=Show",
                            "2006-04-14T16:00:00Z"))),
            Map.entry("rome_malformed_comment_before_xmldecl.xml", new Reads(2,
                    doc("rss_2.0.channel.item[0].title", null, "2001-01-01T00:00:00Z"),
                    doc("rss_2.0.channel.item[1].title", null, "2001-01-02T00:00:00Z"))),
            // All four items share one FeedBurner link and one guid: four documents, told apart by title and date.
            Map.entry("rome_moe_gov_sg_feedburner_rss2.xml", new Reads(4,
                    doc("Single-Session Primary Schools",
                            "http://feedproxy.google.com/~r/singapore-education/spotlight/~3/vnNsA4Hdk6U/",
                            "2009-09-25T02:00:00Z"),
                    doc("Work Plan Seminar 2009",
                            "http://feedproxy.google.com/~r/singapore-education/spotlight/~3/vnNsA4Hdk6U/",
                            "2009-09-17T07:33:15Z"))),
            Map.entry("rome_rss091_netscape.xml", new Reads(2,
                    doc("rss_0.91N.channel.item[0].title", null, null),
                    doc("rss_0.91N.channel.item[1].title", null, null))),
            Map.entry("rome_rss092.xml", new Reads(2,
                    doc("rss_0.92.channel.item[0].title", null, null),
                    doc("rss_0.92.channel.item[1].title", null, null))),
            Map.entry("rome_slashdot_rss10.xml", new Reads(10,
                    doc("The Prisoner To Be Remade On U.K. TV", "http://rss.slashdot.org/Slashdot/slashdot?m=1961",
                            "2005-11-20T00:43:00Z"),
                    doc("Spike TV Video Game Award Winners", "http://rss.slashdot.org/Slashdot/slashdot?m=1960",
                            "2005-11-19T23:40:00Z"))),
            Map.entry("rome_usgs_earthquakes_atom.xml", new Reads(6,
                    doc("M 2.1 - 27km SE of Campo, CA", "https://earthquake.usgs.gov/earthquakes/eventpage/ci38138255",
                            "2018-11-19T21:45:04.398Z"),
                    doc("M 1.4 - 81km W of Healy, Alaska",
                            "https://earthquake.usgs.gov/earthquakes/eventpage/ak20384107", "2018-11-19T21:42:41.869Z"))),
            Map.entry("rome_wiley_journal_rss10_large.xml", new Reads(44,
                    doc("Field evidence of smoke-stimulated seedling emergence and establishment in Mediterranean"
                                    + " Basin flora",
                            "http://onlinelibrary.wiley.com/resolve/doi?DOI=10.1111%2Fjvs.12120",
                            "2013-09-16T11:58:12.885Z"))),
            Map.entry("feedparser_encoding_http_application_atom_xml_gb2312_encoding.xml", new Reads(0)),
            Map.entry("feedparser_illformed_chardet_gb2312.xml", new Reads(1, doc("不归移民漫画系列：专业工作", null, null))),
            Map.entry("feedparser_illformed_undeclared_namespace.xml", new Reads(0)));

    /**
     * Where we knowingly differ from the reference parser or from what the file holds; each row's check asserts what
     * we actually do, so that a change in either direction is noticed. The README carries the same table.
     */
    static final List<Accepted> ACCEPTED = List.of(
            new Accepted("feedparser_encoding_bozo_encoding_mismatch_crash.xml",
                    "feedparser reads the one <item> placed directly under <rss>",
                    "the source fails: \"" + NO_CHANNEL + "\"",
                    "RSS puts items in <channel>; ROME cannot read them elsewhere, and a failure on the source is seen"
                            + " where a guess would not be",
                    c -> assertFailedWith(c, NO_CHANNEL)),
            new Accepted("feedparser_encoding_utf-8-bom.xml",
                    "feedparser: well-formed, encoding utf-8, no entries",
                    "charset UTF-8 from the BOM, as expected, but the source fails: \"" + NO_CHANNEL + "\"",
                    "same as above: <rss></rss> holds no channel",
                    c -> {
                        assertDecodedAs(c, "UTF-8", "bom");
                        assertFailedWith(c, NO_CHANNEL);
                    }),
            new Accepted("feedparser_encoding_utf-16le-bom.xml",
                    "feedparser: well-formed, encoding utf-16le, no entries",
                    "charset UTF-16LE from the BOM, as expected, but the source fails: \"" + NO_CHANNEL + "\"",
                    "same as above: <rss></rss> holds no channel",
                    c -> {
                        assertDecodedAs(c, "UTF-16LE", "bom");
                        assertFailedWith(c, NO_CHANNEL);
                    }),
            new Accepted("feedparser_illformed_rss_item_link_corrupted_ampersands.xml",
                    "feedparser flags it (bozo) and still reads entries[0].link == http://link/get?a=1&b=2",
                    "the source fails: the document is cut off at \"</rss\"; nothing is stored",
                    "we do not recover cut-off XML (no allow_partial yet); the raw payload is kept for a replay",
                    c -> {
                        assertFailedWith(c, "not well-formed XML at line 13, column 1: " + CUT_OFF);
                        assertEquals(List.of(), c.documents());
                    }),
            new Accepted("feedparser_illformed_undeclared_namespace.xml",
                    "feedparser flags it (bozo): the prefix itunes: is used without a declaration",
                    "read without error (0 items): FeedReader declares the prefix and logs a warning",
                    "undeclared itunes:/media:/dc: prefixes are a common slip in real feeds and lose nothing",
                    c -> assertEquals(List.of("ok", "0", "null"),
                            List.of(c.report().outcome(), String.valueOf(c.report().items()),
                                    String.valueOf(c.report().error())))),
            new Accepted("feedparser_illformed_chardet_gb2312.xml",
                    "feedparser: encoding GB2312",
                    "GB18030, detected",
                    "we read GB2312 as its superset GB18030, as browsers do (WHATWG Encoding)",
                    c -> assertDecodedAs(c, "GB18030", "detected")),
            new Accepted("rssparser_uolNoticias.rss",
                    "rss-parser decodes the undeclared ISO-8859-1 bytes as UTF-8: titles carry U+FFFD, e.g."
                            + " \"simula\uFFFD\uFFFDes\"",
                    "windows-1252 by detection: \"simulações\"",
                    "bytes that are not UTF-8 are detected instead of replaced",
                    c -> {
                        assertDecodedAs(c, "windows-1252", "detected");
                        assertEquals(List.of(
                                        "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno",
                                        "Promotoria abre inquérito para apurar suspeita de improbidade de Skaf no"
                                                + " Sebrae-SP"),
                                c.documents().stream().limit(2).map(Article::title).toList());
                    }),
            new Accepted("rssparser_uolNoticias.rss",
                    "rss-parser keeps pubDate \"Seg, 24 Set 2018 19:42:40 -0300\" and gives no isoDate",
                    "published is null for all 15 documents",
                    "dates with Portuguese day and month names are not parsed; degrade, don't drop",
                    c -> assertTrue(c.documents().stream().allMatch(a -> a.published() == null),
                            "some date was parsed")),
            new Accepted("rssparser_incomplete-fields.atom",
                    "rss-parser: one item, {}",
                    "one item read, no document stored",
                    "an item with neither title nor text makes no document (ArticleMapper)",
                    c -> assertEquals(List.of("1", "0"),
                            List.of(String.valueOf(c.report().items()), String.valueOf(c.documents().size())))));

    @TempDir
    static Path dataDirs;

    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyCorpusFeedIsReadAsItsReferenceSaysOrAsTheAcceptedTableSays() throws IOException {
        Path feeds = Corpus.require("feeds");
        Map<String, List<DynamicNode>> byProject = new TreeMap<>();
        for (Path feed : feedFiles(feeds)) {
            String name = feed.getFileName().toString();
            byProject.computeIfAbsent(name.substring(0, name.indexOf('_')), k -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(name, feed.toUri(), () -> check(feed)));
        }
        return byProject.entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    @Test
    void everyTableRowNamesAFeedThatIsInTheCorpus() throws IOException {
        Path feeds = Corpus.require("feeds");
        Set<String> names = Set.copyOf(feedFiles(feeds).stream().map(p -> p.getFileName().toString()).toList());
        List<String> rows = new ArrayList<>();
        rows.addAll(FAILS.keySet());
        rows.addAll(CHARDET_FIRST_TITLES.keySet());
        rows.addAll(LATIN1);
        rows.addAll(READS.keySet());
        ACCEPTED.forEach(a -> rows.add(a.file()));
        assertEquals(List.of(), rows.stream().filter(r -> !names.contains(r)).distinct().toList());
    }

    /** One feed: served, crawled, and checked by what is known of it. */
    private static void check(Path feed) throws IOException {
        String name = feed.getFileName().toString();
        Crawl c = crawl(feed);
        Optional<Path> companion = companion(feed);
        if (FAILS.containsKey(name)) {
            assertFailedWith(c, FAILS.get(name));
        } else if (companion.isPresent()) {
            assertMatchesCompanion(c, companion.get());
        } else if (name.startsWith("chardet_")) {
            assertChardet(c);
        } else {
            Reads reads = READS.get(name);
            assertNotNull(reads, "no expectation for " + name + ": add it to FAILS or READS in SharedFeedsTest");
            assertReads(c, reads);
        }
        if (LATIN1.contains(name)) {
            assertLatin1(c);
        }
        if (!c.report().failed()) {
            assertNoReplacementCharacters(c);
        }
        for (Accepted a : ACCEPTED) {
            if (a.file().equals(name)) {
                a.check().accept(c);
            }
        }
    }

    // ------------------------------------------------------------------ crawling

    /** A feed after one crawl: the report, the source's recorded state, and the stored documents in store order. */
    record Crawl(String name, byte[] bytes, String contentType, CrawlReport.SourceReport report, SourceState state,
            List<Article> documents) {}

    private static Crawl crawl(Path feed) throws IOException {
        String name = feed.getFileName().toString();
        byte[] bytes = Files.readAllBytes(feed);
        String contentType = contentType(name, bytes);
        String path = "/feeds/" + name;
        server.serve(path, bytes, contentType);
        String id = "corpus-" + name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        var source = TestServices.source(id, server.url(path));
        try (Services services = Services.open(TestServices.settings(dataDirs.resolve(id)), List.of(source), n -> {})) {
            CrawlReport.SourceReport report = services.crawler().crawl(source);
            SourceState state = services.sourceStates().get(id).orElseThrow();
            List<Article> documents = new ArrayList<>();
            services.documents().forEachAfter(0, documents::add);
            return new Crawl(name, bytes, contentType, report, state, List.copyOf(documents));
        }
    }

    /** The header the file's own comment names (feedparser's http_* cases), else one that fits the extension. */
    private static String contentType(String name, byte[] bytes) {
        Matcher header = HEADER.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        if (header.find()) {
            return header.group(1);
        }
        if (name.endsWith(".atom")) {
            return "application/atom+xml";
        }
        return name.endsWith(".rss") ? "application/rss+xml" : "application/xml";
    }

    private static List<Path> feedFiles(Path feeds) throws IOException {
        try (Stream<Path> files = Files.list(feeds)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Optional<Path> companion(Path feed) {
        String name = feed.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        for (String suffix : List.of(".expected.serde.json", ".expected.json")) {
            Path p = feed.resolveSibling(stem + suffix);
            if (Files.exists(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ expectations

    // Every failure of a corpus feed is one of reading, so its payload is quarantined with the reason.
    private static void assertFailedWith(Crawl c, String reason) {
        assertAll(c.name(),
                () -> assertEquals("failed", c.report().outcome()),
                () -> assertEquals("quarantined: " + reason, c.report().error()),
                () -> assertEquals(1, c.report().quarantined()),
                () -> assertEquals("failed", c.state().status()),
                () -> assertEquals("quarantined: " + reason, c.state().lastError()),
                () -> assertEquals(1, c.state().errorCount()),
                () -> assertEquals(List.of(), c.documents()));
    }

    private static void assertOk(Crawl c, int items) {
        assertAll(c.name(),
                () -> assertEquals("ok", c.report().outcome(), () -> "error: " + c.report().error()),
                () -> assertEquals(items, c.report().items()),
                () -> assertEquals("ok", c.state().status()),
                // near-duplicate items are stored too, joined to the cluster of the earlier one
                () -> assertEquals(c.report().added() + c.report().duplicates(), c.documents().size()));
    }

    /** Entry count and the first entries' title, link and date as the companion has them. */
    private static void assertMatchesCompanion(Crawl c, Path companion) throws IOException {
        List<Entry> expected = companion.getFileName().toString().endsWith(".serde.json")
                ? feedRsEntries(companion)
                : rssParserEntries(companion);
        assertOk(c, expected.size());
        for (Entry e : expected.subList(0, Math.min(FIRST_FEW, expected.size()))) {
            if (e.title() == null && e.link() == null) {
                continue; // nothing to find it by: the accepted table says what becomes of it
            }
            Article doc = find(c, e);
            assertAll(c.name() + " " + e,
                    () -> assertTrue(sameTitle(e.title(), doc.title()), () -> "title " + doc.title()),
                    () -> assertEquals(e.published(), doc.published()));
        }
    }

    private static void assertChardet(Crawl c) {
        String expect = commentValue(c, EXPECT).orElseThrow(() -> new AssertionError("no Expect: in " + c.name()));
        assertOk(c, entryTags(c));
        assertDecodedAs(c, FeedDecoder.charsetFor(expect).name(), "declared");
        assertAll(c.name(),
                () -> assertEquals(CHARDET_FIRST_TITLES.get(c.name()), c.documents().get(0).title()),
                () -> assertTrue(c.documents().stream().anyMatch(a -> hasHan(a.title() + a.text())), "no Han at all"),
                () -> assertEquals(List.of(), c.documents().stream()
                        .filter(a -> mostlyHan(a.title() + "\n" + a.text()) && !a.lang().equals("zh"))
                        .map(a -> a.lang() + ": " + a.title()).toList(), "mostly Chinese, yet not zh"),
                () -> assertTrue(c.documents().stream().filter(a -> a.lang().equals("zh")).count() * 2
                        > c.documents().size(), "fewer than half the documents are zh"));
    }

    private static void assertReads(Crawl c, Reads reads) {
        assertOk(c, entryTags(c));
        assertEquals(reads.documents(), c.documents().size(), c.name() + " documents");
        List<Doc> actual = c.documents().stream().limit(reads.first().size())
                .map(a -> new Doc(a.title(), a.url(), a.published())).toList();
        assertEquals(reads.first(), actual, c.name());
    }

    private static void assertLatin1(Crawl c) {
        assertEquals("windows-1252", FeedDecoder.decode(c.bytes(), c.contentType()).charset().name(), c.name());
        assertTrue(c.documents().stream().anyMatch(a -> a.title().matches(".*[À-ÿ].*")),
                () -> c.name() + ": no accented letter in any title");
        for (Article a : c.documents()) {
            assertFalse(MOJIBAKE.matcher(a.title() + a.text()).find(), () -> c.name() + ": mojibake in " + a.title());
        }
    }

    private static void assertNoReplacementCharacters(Crawl c) {
        for (Article a : c.documents()) {
            assertFalse((a.title() + a.text()).contains("\uFFFD"), () -> c.name() + ": U+FFFD in " + a.title());
        }
    }

    private static void assertDecodedAs(Crawl c, String charset, String reason) {
        FeedDecoder.Decoded d = FeedDecoder.decode(c.bytes(), c.contentType());
        assertEquals(charset + " " + reason, d.charset().name() + " " + d.reason(), c.name());
    }

    private static Article find(Crawl c, Entry e) {
        if (e.link() != null) {
            String url = ArticleMapper.canonical(e.link());
            return c.documents().stream().filter(a -> url.equals(a.url())).findFirst()
                    .orElseThrow(() -> new AssertionError(c.name() + ": no document for " + url));
        }
        return c.documents().stream().filter(a -> a.url() == null && sameTitle(e.title(), a.title())).findFirst()
                .orElseThrow(() -> new AssertionError(c.name() + ": no document titled " + e.title()));
    }

    /** Whether two titles differ only by representation: markup, entities, whitespace. */
    static boolean sameTitle(String reference, String ours) {
        String r = plain(reference);
        String o = plain(ours);
        if (!r.contains("\uFFFD")) {
            return r.equals(o);
        }
        // a reference that could not decode a byte: U+FFFD stands for one non-ASCII character (a no-break space is
        // a space by now)
        return o.matches(Pattern.quote(r).replace("\uFFFD", "\\E(?:[^\\x00-\\x7F]| )\\Q"));
    }

    private static String plain(String s) {
        if (s == null) {
            return "";
        }
        String noTags = s.replaceAll("<[^>]*>", "");
        return Parser.unescapeEntities(noTags, false).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int entryTags(Crawl c) {
        Matcher m = ENTRY_TAG.matcher(new String(c.bytes(), StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Optional<String> commentValue(Crawl c, Pattern p) {
        Matcher m = p.matcher(new String(c.bytes(), StandardCharsets.ISO_8859_1));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Whether Han characters outnumber Latin letters. */
    private static boolean mostlyHan(String s) {
        long han = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long latin = s.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        return han > latin;
    }

    // ------------------------------------------------------------------ companions

    /** An entry as a reference has it; null where it has none. */
    record Entry(String title, String link, Instant published) {}

    /** feed-rs's model: entries[].title.content, links[].href (alternate or no rel), published, else updated. */
    private static List<Entry> feedRsEntries(Path companion) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (JsonNode e : readJson(companion).path("entries")) {
            String link = null;
            for (JsonNode l : e.path("links")) {
                String rel = l.path("rel").asText(null);
                if (rel == null || rel.equals("alternate")) {
                    link = l.path("href").asText(null);
                    break;
                }
            }
            String date = e.path("published").isNull() ? e.path("updated").asText(null) : e.path("published").asText();
            out.add(new Entry(e.path("title").path("content").asText(null), link,
                    date == null ? null : Instant.parse(date)));
        }
        return out;
    }

    /** rss-parser's output: feed.items[].title, link, isoDate (absent when it could not parse pubDate). */
    private static List<Entry> rssParserEntries(Path companion) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (JsonNode i : readJson(companion).path("feed").path("items")) {
            String date = i.path("isoDate").asText(null);
            out.add(new Entry(i.path("title").asText(null), i.path("link").asText(null),
                    date == null ? null : Instant.parse(date)));
        }
        return out;
    }

    /** JSON is UTF-8, but rss-parser's encoding.json was written in ISO-8859-1; that is read as it was written. */
    private static JsonNode readJson(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = FeedDecoder.strict(bytes, StandardCharsets.UTF_8);
        return JSON.readTree(text != null ? text : new String(bytes, StandardCharsets.ISO_8859_1));
    }

    // ------------------------------------------------------------------ tables

    /** A stored document's title, link and date. */
    record Doc(String title, String url, Instant published) {}

    /** The document count after a crawl, and the first documents in store order. */
    record Reads(int documents, List<Doc> first) {
        Reads(int documents, Doc... first) {
            this(documents, List.of(first));
        }
    }

    /**
     * A known difference from the reference.
     *
     * @param file the feed
     * @param reference what the reference parser (or the file) has
     * @param ours what we do
     * @param reason why we accept it
     * @param check asserts what we do
     */
    record Accepted(String file, String reference, String ours, String reason, Consumer<Crawl> check) {}

    private static Doc doc(String title, String url, String published) {
        return new Doc(title, url, published == null ? null : Instant.parse(published));
    }
}
