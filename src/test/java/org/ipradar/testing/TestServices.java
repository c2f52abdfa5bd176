package org.ipradar.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.store.Article;
import org.ipradar.vocab.Kind;

/** Opens real services over a temporary data directory, and the small bilingual corpus many tests search. */
public final class TestServices {
    private TestServices() {}

    /** Settings for a data directory, crawl off, a test user agent, the fixture server's address allowed. */
    public static Settings settings(Path dataDir) {
        return new Settings(0, dataDir, Path.of("feeds.yml"), false, "ipradar-test/1.0 (+test@example.org)",
                "127.0.0.1/32");
    }

    /** A feed source with the given id and URL and no defaults. */
    public static Source source(String id, URI url) {
        return new Source(id, id, url, Source.Type.FEED, Optional.empty(), Optional.empty(), Kind.NEWS,
                Duration.ofHours(6), Duration.ofSeconds(5), 1024 * 1024).withDelay(Duration.ZERO)
                .withArticles(Source.ArticlePages.NEVER);
    }

    /** A feed source with a declared language and country. */
    public static Source source(String id, URI url, String lang, String country) {
        return new Source(id, id, url, Source.Type.FEED, Optional.ofNullable(lang), Optional.ofNullable(country),
                Kind.NEWS, Duration.ofHours(6), Duration.ofSeconds(5), 1024 * 1024).withDelay(Duration.ZERO)
                .withArticles(Source.ArticlePages.NEVER);
    }

    /** Services over the directory knowing sources "zh-news" and "en-news". */
    public static Services open(Path dataDir) {
        return Services.open(settings(dataDir), List.of(
                source("zh-news", URI.create("http://127.0.0.1:9/zh.xml")),
                source("en-news", URI.create("http://127.0.0.1:9/en.xml"))), n -> {});
    }

    /** Five documents: three Chinese (one Traditional), two English, over VN, TH and MY, 2025 and 2026. */
    public static List<Article> corpus() {
        return List.of(
                Articles.of("zh1", "越南商标抢注案件提醒", "某企业在越南遭遇商标抢注，当地代理人抢先注册了其品牌。企业应尽早在越南申请商标。",
                        "zh-news", "zh", "case", List.of("VN"), "2026-03-01T08:00:00Z"),
                Articles.of("zh2", "泰国专利侵权诉讼", "一家中国电子企业在泰国被诉专利侵权，海关扣押了其货物。",
                        "zh-news", "zh", "case", List.of("TH"), "2025-06-10T02:00:00Z"),
                Articles.of("zh3", "馬來西亞商標註冊指南", "在馬來西亞申請商標註冊的流程與費用。",
                        "zh-news", "zh", "guide", List.of("MY"), "2026-01-15T00:00:00Z"),
                Articles.of("en1", "Trademark squatting in Vietnam: what exporters should know",
                        "Trademark squatting remains common in Vietnam. Register your marks early.",
                        "en-news", "en", "news", List.of("VN"), "2026-02-01T00:00:00Z"),
                Articles.of("en2", "Thai customs detain goods in patent infringement case",
                        "Thailand customs detained shipments suspected of patent infringement at Laem Chabang.",
                        "en-news", "en", "case", List.of("TH"), "2025-11-20T00:00:00Z"));
    }
}
