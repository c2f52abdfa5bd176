package org.ipradar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.ipradar.store.Article;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleMapperTest {
    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    private static List<Article> map(FeedItem... items) {
        ParsedFeed feed = new ParsedFeed("rss_2.0", "t", null, StandardCharsets.UTF_8, List.of(items));
        return ArticleMapper.map(feed, TestServices.source("s", URI.create("https://example.org/f")), "h", NOW);
    }

    @ParameterizedTest
    @CsvSource({
        "HTTPS://Example.ORG:443/a/b?x=1#frag, https://example.org/a/b?x=1",
        "http://example.org:80, http://example.org/",
        "http://example.org:8080/p, http://example.org:8080/p",
    })
    void canonicalLinksFoldCaseDefaultPortsAndFragments(String link, String canonical) {
        assertEquals(canonical, ArticleMapper.canonical(link));
    }

    @Test
    void sameLinkInTwoCrawlsIsTheSameDocument() {
        Article a = map(new FeedItem("g1", "https://example.org/n/1#top", "标题", "正文", null)).get(0);
        Article b = map(new FeedItem("other", "https://EXAMPLE.org/n/1", "标题", "正文", null)).get(0);
        assertEquals(a.id(), b.id());
        assertEquals("https://example.org/n/1", a.url());
    }

    @Test
    void itemsSharingOneLinkInAFeedAreKeptApart() {
        List<Article> docs = map(
                new FeedItem("g", "https://example.org/archive#p1", "first post", "one", Instant.parse("2026-01-01T00:00:00Z")),
                new FeedItem("g", "https://example.org/archive#p2", "second post", "two", Instant.parse("2026-01-02T00:00:00Z")));
        assertEquals(2, docs.size());
        assertNotEquals(docs.get(0).id(), docs.get(1).id());
        assertEquals("https://example.org/archive#p1", docs.get(0).url(), "the fragment that tells them apart is kept");
    }

    @Test
    void itemWithoutLinkIsKeyedByGuidAndEmptyOnesAreDropped() {
        List<Article> docs = map(new FeedItem("urn:x:1", null, "Title", "Text", null),
                new FeedItem(null, null, "", "", null));
        assertEquals(1, docs.size());
        assertEquals(null, docs.get(0).url());
        assertEquals(24, docs.get(0).id().length());
    }

    @Test
    void languageIsDetectedWhenTheSourceDoesNotDeclareIt() {
        assertEquals("zh", map(new FeedItem("1", null, "越南商标抢注", "企业应尽早注册商标。", null)).get(0).lang());
        assertEquals("en", map(new FeedItem("2", null, "Trademark squatting", "The office said that it is common.",
                null)).get(0).lang());
        assertEquals("vi", map(new FeedItem("3", null, "Bảo hộ nhãn hiệu", "Cục Sở hữu trí tuệ đã cấp văn bằng bảo hộ.",
                null)).get(0).lang());
        assertEquals("th", map(new FeedItem("4", null, "ทรัพย์สินทางปัญญา", "กรมทรัพย์สินทางปัญญา", null)).get(0).lang());
    }
}
