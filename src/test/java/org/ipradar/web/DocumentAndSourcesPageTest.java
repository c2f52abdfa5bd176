package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.config.FeedsFile;
import org.ipradar.config.Source;
import org.ipradar.store.SourceStore;
import org.ipradar.testing.Articles;
import org.ipradar.testing.Browser;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sources health page and a document's page with its near-duplicate cluster, in headless Chromium. */
class DocumentAndSourcesPageTest {
    @TempDir
    static Path dir;

    static Services services;
    static Javalin app;
    static Browser browser;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        List<Source> sources = FeedsFile.parse("test.yml", """
                sources:
                  - id: healthy
                    name: 健康的来源
                    url: http://127.0.0.1:9/ok.xml
                  - id: refused
                    url: http://10.0.0.1/feed.xml
                  - id: redesigned
                    name: Office news
                    type: html
                    url: http://127.0.0.1:9/news
                    select: { item: "li.news", link: "a" }
                  - id: fresh
                    url: http://127.0.0.1:9/new.xml
                """);
        services = Services.open(TestServices.settings(dir), sources, n -> {});
        SourceStore st = services.sourceStates();
        Instant t = Instant.parse("2026-03-01T02:00:00Z");
        st.recordSuccess("healthy", 200, null, null, "h1", 12, t, "new=3 updated=0 unchanged=9 duplicate=0 skipped=0"
                + " quarantined=0", null);
        st.recordFailure("refused", null, "address blocked: 10.0.0.1 (private) for host 10.0.0.1; allow it with"
                + " IPRADAR_CRAWL_ALLOW", t, t.plusSeconds(3600));
        st.recordSuccess("redesigned", 200, null, null, "h2", 5, t.minusSeconds(86400));
        st.recordSuccess("redesigned", 200, null, null, "h3", 0, t, "new=0 updated=0 unchanged=0 duplicate=0"
                + " skipped=0 quarantined=0", "the item selector \"li.news\" matched nothing on http://127.0.0.1:9/news");
        services.quarantine().add("healthy", "http://127.0.0.1:9/ok.xml", "abc", "text/html", "not a feed", t);

        var first = Articles.of("story-a", "Vietnam customs seize counterfeit phones", "Customs in Hai Phong seized"
                + " counterfeit phones.\n\nThe brand owner had recorded its marks.", "healthy", "en", "news",
                List.of("VN"), "2026-03-01T00:00:00Z").withTags(List.of("VN"), List.of("customs", "trademark"),
                List.of("electronics"), "news");
        var copy = Articles.of("story-b", "越南海关查扣假冒手机", "海防海关查扣了一批假冒手机。", "redesigned", "zh",
                "news", List.of("VN"), "2026-03-02T00:00:00Z").withCluster("story-a");
        services.writer().write(List.of(first, copy));
        app = WebApp.create(services).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
        if (services != null) {
            services.close();
        }
    }

    private Map<String, String> healthByRow() {
        return driver.findElements(By.cssSelector("#sources tbody tr")).stream().collect(Collectors.toMap(
                r -> r.getAttribute("id"), r -> r.findElement(By.cssSelector(".health")).getText()));
    }

    @Test
    void sourcesPageShowsEachSourcesHealth() {
        driver.get(base + "/sources");
        assertEquals("共 4 个来源：正常 1，失败 0，被拒绝 1，无条目 1，尚未抓取 1",
                driver.findElement(By.id("sources-summary")).getText());
        assertEquals(Map.of("source-healthy", "正常", "source-refused", "被拒绝", "source-redesigned", "无条目",
                "source-fresh", "尚未抓取"), healthByRow());
        WebElement refused = driver.findElement(By.id("source-refused"));
        assertTrue(refused.findElement(By.cssSelector(".last-error")).getText().startsWith("address blocked: 10.0.0.1"),
                refused.getText());
        WebElement stale = driver.findElement(By.id("source-redesigned"));
        assertTrue(stale.getText().contains("no items found; 5 were found on 2026-02-28T02:00:00Z: the selectors"
                + " may no longer match the page"), stale.getText());
        WebElement healthy = driver.findElement(By.id("source-healthy"));
        assertTrue(healthy.getText().contains("新增 3，未变 9"), healthy.getText());
        assertEquals("无法解析而隔离的内容: 1", healthy.findElement(By.cssSelector(".quarantined")).getText());

        driver.findElement(By.id("ui-switch")).click();
        assertEquals("4 sources: 1 ok, 0 failing, 1 blocked, 1 stale, 1 not fetched yet",
                driver.findElement(By.id("sources-summary")).getText());
        assertEquals("Blocked", driver.findElement(By.cssSelector("#source-refused .health")).getText());
    }

    @Test
    void documentPageListsTheOtherReportsOfTheStory() {
        driver.get(base + "/documents/story-a");
        assertEquals("Vietnam customs seize counterfeit phones", driver.findElement(By.id("doc-title")).getText());
        String meta = driver.findElement(By.cssSelector(".doc-meta")).getText();
        assertTrue(meta.contains("越南"), meta);
        assertEquals(List.of("Customs in Hai Phong seized counterfeit phones.", "The brand owner had recorded its marks."),
                driver.findElements(By.cssSelector(".doc-text p")).stream().map(WebElement::getText).toList());
        List<WebElement> also = driver.findElements(By.cssSelector("#also li a"));
        assertEquals(List.of("越南海关查扣假冒手机"), also.stream().map(WebElement::getText).toList());
        also.get(0).click();
        assertEquals(URI.create(base + "/documents/story-b").getPath(), URI.create(driver.getCurrentUrl()).getPath());
        assertEquals(List.of("Vietnam customs seize counterfeit phones"), driver.findElements(
                By.cssSelector("#also li a")).stream().map(WebElement::getText).toList());
    }

    @Test
    void anUnknownDocumentIsA404Page() {
        driver.get(base + "/documents/nope");
        assertEquals("404 页面不存在", driver.findElement(By.cssSelector("#error h1")).getText());
        assertEquals("no document has the id \"nope\"", driver.findElement(By.id("message")).getText());
    }
}
