package org.ipradar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ipradar.vocab.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedsFileTest {
    private static final String HEAD = "defaults:\n  every: 2h\n  timeout: 15s\n  max_bytes: 2MB\nsources:\n";

    @Test
    void readsEveryFieldAndAppliesDefaults() {
        List<Source> sources = FeedsFile.parse("feeds.yml", HEAD + """
                  - id: wipo-news
                    url: https://www.wipo.int/pressroom/en/rss.xml
                    type: feed
                    lang: en
                    country: wo
                    kind: news
                  - id: vn-1
                    name: 越南资讯
                    url: http://example.org/vn.xml
                    every: 30m
                """);
        assertEquals(2, sources.size());
        Source a = sources.get(0);
        assertEquals("wipo-news", a.id());
        assertEquals("wipo-news", a.name());
        assertEquals("https://www.wipo.int/pressroom/en/rss.xml", a.url().toString());
        assertEquals(Optional.of("en"), a.lang());
        assertEquals(Optional.of("WO"), a.country());
        assertEquals(Kind.NEWS, a.kind());
        assertEquals(Duration.ofHours(2), a.every());
        assertEquals(Duration.ofSeconds(15), a.timeout());
        assertEquals(2L * 1024 * 1024, a.maxBytes());
        Source b = sources.get(1);
        assertEquals("越南资讯", b.name());
        assertEquals(Optional.empty(), b.lang());
        assertEquals(Duration.ofMinutes(30), b.every());
    }

    @Test
    void shippedFeedsFileIsValid() {
        List<Source> sources = FeedsFile.load(Path.of("feeds.yml"));
        assertTrue(sources.size() >= 8, "the shipped feeds.yml lists the sources a subcenter watches");
        assertTrue(sources.stream().anyMatch(s -> s.lang().equals(Optional.of("zh"))), "has Chinese sources");
        assertTrue(sources.stream().anyMatch(s -> s.lang().equals(Optional.of("en"))), "has English sources");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "  - id: a\\n    url: https://x.org/f\\n    kindd: news"
                + "|feeds.yml: sources[0] (id \"a\"): unknown key 'kindd'; allowed keys are: article, articles, country,"
                + " date_order, delay, every, id, kind, lang, max_bytes, max_pages, name, select, timeout, type, url",
        "  - id: a\\n    url: https://x.org/f\\n    kind: htm"
                + "|feeds.yml: sources[0] (id \"a\"): kind must be one of: news, case, law, guide (got \"htm\")",
        "  - id: a\\n    url: ftp://x.org/f"
                + "|feeds.yml: sources[0] (id \"a\"): url must be an http or https address (got \"ftp://x.org/f\")",
        "  - id: a\\n    url: https://x.org/f\\n    type: web"
                + "|feeds.yml: sources[0] (id \"a\"): type must be one of: feed, html (got \"web\")",
        "  - id: a\\n    url: https://x.org/f\\n    type: html"
                + "|feeds.yml: sources[0] (id \"a\"): select is required for type: html, a mapping with item and link"
                + " (and optionally title, date, next)",
        "  - id: a\\n    url: https://x.org/f\\n    type: html\\n    select:\\n      item: li"
                + "|feeds.yml: sources[0] (id \"a\"): select: link is required (a CSS selector)",
        "  - id: a\\n    url: https://x.org/f\\n    type: html\\n    select:\\n      item: li\\n      lnk: a"
                + "|feeds.yml: sources[0] (id \"a\"): select: unknown key 'lnk'; allowed keys are: date, item, link, next,"
                + " title",
        "  - id: a\\n    url: https://x.org/f\\n    type: html\\n    select:\\n      item: li\\n      link: 'a[href'"
                + "|feeds.yml: sources[0] (id \"a\"): select: link is not a valid CSS selector (got \"a[href\"): ",
        "  - id: a\\n    url: https://x.org/f\\n    select:\\n      item: li"
                + "|feeds.yml: sources[0] (id \"a\"): select is only for sources of type: html",
        "  - id: a\\n    url: https://x.org/f\\n    type: html\\n    max_pages: 0\\n    select:\\n      item: li\\n      link: a"
                + "|feeds.yml: sources[0] (id \"a\"): max_pages must be a whole number from 1 to 50 (got \"0\")",
        "  - id: a\\n    url: https://x.org/f\\n    type: html\\n    date_order: ymd\\n    select:\\n      item: li\\n      link: a"
                + "|feeds.yml: sources[0] (id \"a\"): date_order must be one of: dmy, mdy (got \"ymd\")",
        "  - id: a\\n    url: https://x.org/f\\n    articles: sometimes"
                + "|feeds.yml: sources[0] (id \"a\"): articles must be one of: auto, always, never (got \"sometimes\")",
        "  - id: a\\n    url: https://x.org/f\\n    delay: 1h"
                + "|feeds.yml: sources[0] (id \"a\"): delay must be at most 10m (got \"1h\")",
        "  - id: a\\n    url: https://x.org/f\\n    lang: cn"
                + "|feeds.yml: sources[0] (id \"a\"): lang must be an ISO 639-1 code such as zh, en, vi, th (got \"cn\")",
        "  - id: a\\n    url: https://x.org/f\\n    country: XX"
                + "|feeds.yml: sources[0] (id \"a\"): country must be an ISO 3166-1 alpha-2 code such as VN, TH, SG,"
                + " or EU or WO (got \"XX\")",
        "  - id: a b\\n    url: https://x.org/f"
                + "|feeds.yml: sources[0]: id must be letters, digits and '-' (got \"a b\")",
        "  - url: https://x.org/f"
                + "|feeds.yml: sources[0]: id is required (letters, digits and '-')",
        "  - id: a\\n    url: https://x.org/f\\n  - id: a\\n    url: https://x.org/g"
                + "|feeds.yml: sources[1] (id \"a\"): id is used by an earlier source; ids must be unique",
        "  - id: a\\n    url: https://x.org/f\\n    every: 10s"
                + "|feeds.yml: sources[0] (id \"a\"): every must be at least 1m (got \"10s\")",
        "  - id: a\\n    url: https://x.org/f\\n    timeout: soon"
                + "|feeds.yml: sources[0] (id \"a\"): timeout must be a duration such as 20s, 15m, 6h or 1d (got \"soon\")",
    })
    void rejectsBadSourceNamingTheEntryAndAllowedValues(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> FeedsFile.parse("feeds.yml", "sources:\n" + yaml.replace("\\n", "\n")));
        if (message.endsWith(": ")) { // the selector parser's own detail follows
            assertTrue(e.getMessage().startsWith(message), e.getMessage());
        } else {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    void readsHtmlSourcesWithSelectorsAndPoliteness() {
        List<Source> sources = FeedsFile.parse("feeds.yml", """
                defaults:
                  delay: 5s
                  articles: always
                sources:
                  - id: ipos-news
                    type: html
                    url: https://www.ipos.gov.sg/news
                    max_pages: 2
                    date_order: mdy
                    select:
                      item: "li.news"
                      title: "a"
                      link: "a"
                      date: "span.date"
                      next: "a.next"
                    article:
                      title: "h1"
                      body: "div.content"
                      date: "time"
                  - id: plain
                    url: https://x.org/feed
                    delay: 500ms
                    articles: never
                  - id: links-only
                    type: html
                    url: https://x.org/list
                    select:
                      item: "ul.list li"
                      link: "a"
                """);
        Source html = sources.get(0);
        assertEquals(Source.Type.HTML, html.type());
        assertEquals(Duration.ofSeconds(5), html.delay());
        assertEquals(Source.ArticlePages.ALWAYS, html.articles());
        assertEquals(new Source.Html("li.news", "a", "a", "span.date", "a.next", 2, Source.DateOrder.MDY, "h1",
                "div.content", "time"), html.html().orElseThrow());
        Source feed = sources.get(1);
        assertEquals(Source.Type.FEED, feed.type());
        assertEquals(Duration.ofMillis(500), feed.delay());
        assertEquals(Source.ArticlePages.NEVER, feed.articles());
        assertEquals(Optional.empty(), feed.html());
        assertEquals(new Source.Html("ul.list li", "a", "a", null, null, 3, Source.DateOrder.DMY, null, null, null),
                sources.get(2).html().orElseThrow(), "title defaults to the link's text, 3 pages, day first");
    }

    @Test
    void rejectsUnknownTopLevelAndDefaultsKeys() {
        assertEquals("feeds.yml: unknown key 'source'; allowed keys are: defaults, sources",
                assertThrows(ConfigException.class, () -> FeedsFile.parse("feeds.yml", "source: []\n")).getMessage());
        assertEquals("feeds.yml: defaults: unknown key 'evry'; allowed keys are: articles, delay, every, max_bytes,"
                + " timeout",
                assertThrows(ConfigException.class,
                        () -> FeedsFile.parse("feeds.yml", "defaults:\n  evry: 1h\nsources: []\n")).getMessage());
    }

    @Test
    void rejectsBrokenYamlWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> FeedsFile.parse("feeds.yml", "sources:\n  - id: a\n   url: [\n"));
        assertTrue(e.getMessage().startsWith("feeds.yml: not valid YAML at line "), e.getMessage());
    }

    @Test
    void missingFileSaysHowToPointAtOne() {
        ConfigException e = assertThrows(ConfigException.class, () -> FeedsFile.load(Path.of("no-such-feeds.yml")));
        assertEquals("no-such-feeds.yml: the sources file does not exist (set --feeds or IPRADAR_FEEDS)",
                e.getMessage());
    }
}
