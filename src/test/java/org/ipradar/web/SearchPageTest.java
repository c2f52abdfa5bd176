package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.store.Article;
import org.ipradar.vocab.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the search page in headless Chromium over a small real index: search, facets, paging, language, errors. */
class SearchPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SOURCE = "ipr-alerts";
    private static final String MIRROR = "ipr-mirror";
    private static final String XSS_TITLE = "<script>window.__x=1</script>马来西亚商标抢注风险";

    private static Path dataDir;
    private static Path profileDir;
    private static Services services;
    private static Javalin app;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium/chromedriver not found at /usr/bin; install them with: "
                        + "apt-get install chromium chromium-driver fonts-noto-cjk");
        dataDir = Files.createTempDirectory("ipradar-page-data");
        profileDir = Files.createTempDirectory("ipradar-chromium-profile");
        Source source = new Source(SOURCE, "海外知识产权预警", URI.create("https://alerts.example.org/feed.xml"),
                Source.Type.FEED, Optional.empty(), Optional.empty(), Kind.NEWS, Duration.ofHours(6),
                Duration.ofSeconds(30), 1_000_000);
        Source mirror = new Source(MIRROR, "知产镜像", URI.create("https://mirror.example.org/feed.xml"),
                Source.Type.FEED, Optional.empty(), Optional.empty(), Kind.NEWS, Duration.ofHours(6),
                Duration.ofSeconds(30), 1_000_000);
        services = Services.open(new Settings(0, dataDir, Path.of("feeds.yml"), false, "test (+test@example.org)"),
                List.of(source, mirror), n -> {});
        services.writer().write(articles());
        app = WebApp.create(services).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port() + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profileDir, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
        if (services != null) {
            services.close();
        }
        deleteTree(profileDir);
        deleteTree(dataDir);
    }

    @BeforeEach
    void openHome() {
        driver.get(base);
    }

    @Test
    void chineseQueryListsArticleWithHighlightedSnippet() throws IOException {
        search("商标抢注");

        // the third is the English report, found through the glossary (before it, the query found two)
        assertEquals("共 3 条结果 · 第 1–3 条", text(By.id("count")));
        WebElement hit = hitTitled("越南商标抢注案件提醒");
        List<WebElement> marks = hit.findElements(By.cssSelector(".snippet mark"));
        assertFalse(marks.isEmpty(), "the snippet highlights the query");
        assertTrue(marks.stream().map(WebElement::getText).anyMatch(t -> t.contains("商标") || t.contains("抢注")),
                "a highlight covers the query words");
        WebElement link = hit.findElement(By.cssSelector("h2 a"));
        assertEquals("https://alerts.example.org/zh-vn-squatting", link.getAttribute("href"));
        assertEquals("_blank", link.getAttribute("target"));
        assertEquals("nofollow noopener noreferrer", link.getAttribute("rel"));
        assertEquals(base + "documents/zh-vn-squatting",
                hit.findElement(By.cssSelector("a.details")).getAttribute("href"));
        assertEquals("详情", hit.findElement(By.cssSelector("a.details")).getText());
        // published 2026-03-01T20:00Z is already 2 March in Shanghai
        assertEquals("2026-03-02", hit.findElement(By.cssSelector(".date")).getText());
        assertEquals("越南", hit.findElement(By.cssSelector(".countries")).getText());
        assertEquals("案例", hit.findElement(By.cssSelector(".kind")).getText());
        assertEquals("中文", hit.findElement(By.cssSelector(".lang")).getText());
        assertEquals("海外知识产权预警", hit.findElement(By.cssSelector(".source")).getText());
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("商标抢注 · ipradar 海外知识产权风险预警知识库", driver.getTitle());

        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve("search-zh.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void countryFacetNarrowsResultsAndCanBeRemoved() {
        search("商标抢注");
        String before = text(By.id("count"));
        WebElement vn = driver.findElement(By.cssSelector(".facets a[href*='country=VN']"));
        assertEquals(List.of("越南 (VN)", "3"), // documents: the English report counts with its copy
                vn.findElements(By.tagName("span")).stream().map(WebElement::getText).toList());

        clickAndWait(vn);

        assertTrue(driver.getCurrentUrl().contains("country=VN"), driver.getCurrentUrl());
        String after = text(By.id("count"));
        assertNotEquals(before, after);
        assertEquals("共 2 条结果 · 第 1–2 条", after);
        assertEquals(List.of("越南商标抢注案件提醒", "Trademark squatting in Vietnam"), titles());
        assertEquals("商标抢注", driver.findElement(By.name("q")).getAttribute("value"));
        assertEquals("✓ 越南 (VN)", text(By.cssSelector(".facets a.on span")), "the chosen value is marked");

        clickAndWait(driver.findElement(By.cssSelector("#active a.chip")));

        assertFalse(driver.getCurrentUrl().contains("country="), driver.getCurrentUrl());
        assertEquals(before, text(By.id("count")));
    }

    @Test
    void englishSwitchTranslatesLabelsAndKeepsQuery() {
        search("商标抢注");
        assertEquals("搜索", text(By.cssSelector("form.search button")));

        clickAndWait(driver.findElement(By.id("ui-switch")));

        assertTrue(driver.getCurrentUrl().contains("ui=en"), driver.getCurrentUrl());
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Search", text(By.cssSelector("form.search button")));
        assertEquals("商标抢注", driver.findElement(By.name("q")).getAttribute("value"));
        assertEquals("3 results · Showing 1–3", text(By.id("count")));
        assertEquals("Vietnam", hitTitled("越南商标抢注案件提醒").findElement(By.cssSelector(".countries")).getText());
        assertEquals("Case", hitTitled("越南商标抢注案件提醒").findElement(By.cssSelector(".kind")).getText());
        assertTrue(driver.findElement(By.cssSelector(".facets")).getText().contains("Vietnam (VN)"));

        search("patent"); // the form carries ui=en on

        assertTrue(driver.getCurrentUrl().contains("ui=en"), driver.getCurrentUrl());
        assertEquals("Search", text(By.cssSelector("form.search button")));

        clickAndWait(driver.findElement(By.id("ui-switch")));

        assertFalse(driver.getCurrentUrl().contains("ui=en"), driver.getCurrentUrl());
        assertEquals("搜索", text(By.cssSelector("form.search button")));
        assertEquals("patent", driver.findElement(By.name("q")).getAttribute("value"));
    }

    @Test
    void englishQueryFindsEnglishArticle() {
        search("patent infringement");

        // the English article first; the Chinese ones follow through the glossary (专利侵权)
        assertEquals(List.of("Patent infringement suit in Thailand", "泰國專利侵權訴訟指引", "东盟专利侵权风险简报"),
                titles());
        WebElement hit = hitTitled("Patent infringement suit in Thailand");
        assertFalse(hit.findElements(By.cssSelector(".snippet mark")).isEmpty(), "the snippet highlights the query");
        assertEquals("英文", hit.findElement(By.cssSelector(".lang")).getText());
        assertEquals("泰国", hit.findElement(By.cssSelector(".countries")).getText());
    }

    @Test
    void traditionalQueryFindsSameDocumentsAsSimplified() {
        search("专利侵权");
        List<String> simplified = titles();
        search("專利侵權");
        List<String> traditional = titles();

        assertEquals(simplified, traditional);
        assertEquals(3, traditional.size(), traditional.toString());
        assertTrue(traditional.contains("Patent infringement suit in Thailand"), traditional.toString());
        assertTrue(traditional.contains("泰國專利侵權訴訟指引"), traditional.toString());
        assertTrue(traditional.contains("东盟专利侵权风险简报"), traditional.toString());
    }

    @Test
    void badParameterShowsErrorPageWithMessageNotStackTrace() throws Exception {
        driver.get(base + "?q=%E5%95%86%E6%A0%87&limit=0");

        assertEquals("400 请求有误", text(By.cssSelector("#error h1")));
        assertEquals("limit must be from 1 to 100 (got 0)", text(By.id("message")));
        assertEquals("商标", driver.findElement(By.name("q")).getAttribute("value"));
        String source = driver.getPageSource();
        assertFalse(source.contains("Exception") || source.contains("at org."), "no stack trace in the page");

        HttpResponse<String> res = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "?limit=0&ui=en")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, res.statusCode());
        assertEquals(PageController.CSP, res.headers().firstValue("Content-Security-Policy").orElse(null));
        assertTrue(res.body().contains("400 Bad Request"), res.body());

        HttpResponse<String> missing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("404 页面不存在"), missing.body());
    }

    @Test
    void errorMessageIsEscaped() {
        driver.get(base + "?sort=%3Cscript%3Ewindow.__x%3D2%3C%2Fscript%3E");

        assertEquals("sort must be one of: relevance, date (got \"<script>window.__x=2</script>\")",
                text(By.id("message")));
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__x"));
    }

    @Test
    void scriptInTitleRendersAsText() {
        WebElement hit = hitTitled(XSS_TITLE);

        assertTrue(hit.isDisplayed());
        assertTrue(hit.findElement(By.cssSelector(".snippet")).getText().contains("<b>不要加粗</b>"),
                "markup in the text is shown as text");
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__x"));
        assertTrue(driver.findElements(By.cssSelector("main script, main b")).isEmpty(), "no markup was injected");
    }

    @Test
    void homePageListsLatestDocumentsNewestFirst() throws Exception {
        assertEquals("最新资讯", text(By.id("heading")));
        assertEquals("共 6 条结果 · 第 1–6 条", text(By.id("count")));
        List<String> dates = driver.findElements(By.cssSelector(".hit .date")).stream()
                .map(WebElement::getText).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertTrue(driver.findElements(By.cssSelector("nav.sort")).isEmpty(), "no sort switch without a query");

        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, res.statusCode());
        // Jetty drops the space after the semicolon
        assertEquals("text/html;charset=utf-8", res.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals(PageController.CSP, res.headers().firstValue("Content-Security-Policy").orElse(null));
    }

    @Test
    void yearFacetLimitsToThatYearAndClearAllRemovesIt() {
        clickAndWait(driver.findElement(By.cssSelector(".facets a[href*='from=2025-01-01']")));

        assertTrue(driver.getCurrentUrl().contains("from=2025-01-01&to=2025-12-31"), driver.getCurrentUrl());
        List<String> dates = driver.findElements(By.cssSelector(".hit .date")).stream()
                .map(WebElement::getText).toList();
        assertEquals(3, dates.size(), dates.toString());
        assertTrue(dates.stream().allMatch(d -> d.startsWith("2025-")), dates.toString());
        assertTrue(text(By.id("active")).contains("年份: 2025"), text(By.id("active")));

        clickAndWait(driver.findElement(By.id("clear")));

        assertEquals(base, driver.getCurrentUrl());
        assertEquals("共 6 条结果 · 第 1–6 条", text(By.id("count")));
    }

    @Test
    void pagingKeepsFilters() {
        driver.get(base + "?country=VN&country=TH&limit=1");
        assertEquals("共 4 条结果 · 第 1–1 条", text(By.id("count")));
        assertTrue(driver.findElements(By.id("prev")).isEmpty(), "no previous page on the first");

        clickAndWait(driver.findElement(By.id("next")));

        String url = driver.getCurrentUrl();
        assertTrue(url.contains("country=VN") && url.contains("country=TH") && url.contains("limit=1")
                && url.contains("offset=1"), url);
        assertEquals("共 4 条结果 · 第 2–2 条", text(By.id("count")));

        clickAndWait(driver.findElement(By.id("prev")));

        assertFalse(driver.getCurrentUrl().contains("offset="), driver.getCurrentUrl());
        assertEquals("共 4 条结果 · 第 1–1 条", text(By.id("count")));
    }

    @Test
    void sortSwitchOrdersNewestFirst() {
        search("商标抢注");
        assertEquals("相关度", text(By.cssSelector("nav.sort strong")));

        clickAndWait(driver.findElement(By.linkText("最新")));

        assertTrue(driver.getCurrentUrl().contains("sort=date"), driver.getCurrentUrl());
        assertEquals("最新", text(By.cssSelector("nav.sort strong")));
        List<String> dates = driver.findElements(By.cssSelector(".hit .date")).stream()
                .map(WebElement::getText).toList();
        // the English story's newest member, the mirror's copy, stands for its cluster
        assertEquals(List.of("2026-03-02", "2026-02-11", "2025-04-18"), dates);
    }

    @Test
    void unmatchedQueryShowsNoResults() {
        search("完全不存在的词语组合");

        assertEquals("共 0 条结果", text(By.id("count")));
        assertTrue(text(By.id("empty")).contains("无结果"), text(By.id("empty")));
    }

    @Test
    void expansionsLineShowsWhatTheGlossaryAdded() throws IOException {
        search("越南 商标抢注");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Files.createDirectories(Path.of("target", "screenshots")).resolve("search-expanded.png"),
                StandardCopyOption.REPLACE_EXISTING);

        assertEquals("也搜索了: 越南 → Vietnam, Viet Nam, Socialist Republic of Viet Nam, Socialist Republic of Vietnam;"
                + " 商标抢注 → trademark squatting, trade mark squatting, trademark squatter,"
                + " bad-faith trademark registration", text(By.id("expansions")));
        assertEquals(List.of("越南商标抢注案件提醒", "Trademark squatting in Vietnam"), titles());

        clickAndWait(driver.findElement(By.id("ui-switch")));

        assertTrue(text(By.id("expansions")).startsWith("Also searched: 越南 → Vietnam, Viet Nam"),
                text(By.id("expansions")));

        search("完全不存在的词语组合");

        assertTrue(driver.findElements(By.id("expansions")).isEmpty(), "no line when nothing was expanded");
    }

    @Test
    void ipTypeFacetNarrowsAndIsLabelledInBothLanguages() {
        WebElement trademark = driver.findElement(By.cssSelector(".facets a[href*='ipType=trademark']"));
        assertEquals(List.of("商标", "4"),
                trademark.findElements(By.tagName("span")).stream().map(WebElement::getText).toList());
        assertTrue(text(By.cssSelector(".facets")).contains("2026年第1季度"), text(By.cssSelector(".facets")));

        clickAndWait(trademark);

        assertTrue(driver.getCurrentUrl().contains("ipType=trademark"), driver.getCurrentUrl());
        assertEquals("共 3 条结果 · 第 1–3 条", text(By.id("count")));
        assertTrue(text(By.id("active")).contains("知识产权类型: 商标"), text(By.id("active")));

        clickAndWait(driver.findElement(By.id("ui-switch")));

        assertTrue(text(By.id("active")).contains("IP type: Trademark"), text(By.id("active")));
        assertTrue(text(By.cssSelector(".facets")).contains("Q1 2026"), text(By.cssSelector(".facets")));
    }

    @Test
    void atomFeedIsLinkedFromThePageAndReadsBack() throws Exception {
        search("商标抢注");

        String feed = base + "api/search.atom?q=%E5%95%86%E6%A0%87%E6%8A%A2%E6%B3%A8";
        WebElement alternate = driver.findElement(By.cssSelector("head link[rel=alternate][type='application/atom+xml']"));
        assertEquals(feed, alternate.getAttribute("href"));
        WebElement subscribe = driver.findElement(By.id("subscribe"));
        assertEquals("订阅", subscribe.getText());
        assertEquals(feed, subscribe.getAttribute("href"));

        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        com.rometools.rome.feed.synd.SyndFeed synd =
                new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(res.body()));
        assertEquals(List.of("越南商标抢注案件提醒", "Trademark squatting in Vietnam", XSS_TITLE),
                synd.getEntries().stream().map(com.rometools.rome.feed.synd.SyndEntry::getTitle).toList(),
                "the same search, newest first");
    }

    @Test
    void hitListsTheOtherSourcesOfTheSameStory() {
        search("trademark squatting Vietnam");

        WebElement hit = hitTitled("Trademark squatting in Vietnam");
        String shownSource = hit.findElement(By.cssSelector(".source")).getText();
        WebElement also = hit.findElement(By.cssSelector(".hit-also"));
        List<WebElement> others = also.findElements(By.tagName("a"));
        assertEquals(1, others.size());
        String other = others.get(0).getText();
        assertEquals(java.util.Set.of("海外知识产权预警", "知产镜像"), java.util.Set.of(shownSource, other));
        assertEquals("其他来源: " + other, also.getText());
        assertEquals(other.equals("知产镜像") ? "https://mirror.example.org/vn-squatting"
                : "https://alerts.example.org/en-vn-squatting", others.get(0).getAttribute("href"));
    }

    private static void search(String query) {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement box = driver.findElement(By.name("q"));
                box.clear();
                box.sendKeys(query);
                clickAndWait(driver.findElement(By.cssSelector("form.search button[type=submit]")));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium under load can report a node of a document still being replaced; type it again
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    // Clicks and waits for the next page to replace this one, so assertions never see the old page.
    private static void clickAndWait(WebElement element) {
        org.ipradar.testing.Browser.clickAndWait(driver, element);
    }

    private static String text(By by) {
        return driver.findElement(by).getText();
    }

    private static List<String> titles() {
        return driver.findElements(By.cssSelector(".hit h2")).stream().map(WebElement::getText).toList();
    }

    private static WebElement hitTitled(String title) {
        return driver.findElements(By.cssSelector(".hit")).stream()
                .filter(h -> h.findElement(By.cssSelector("h2")).getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hit titled " + title + " among " + titles()));
    }

    private static List<Article> articles() {
        Article enCopy = new Article("en-vn-squatting-copy", "https://mirror.example.org/vn-squatting", null,
                "Trademark squatting in Vietnam", "Chinese exporters keep finding their brands filed by local agents in"
                        + " Vietnam before they enter the market. Filing early is the cheapest defence.",
                MIRROR, "en", "news", List.of("VN"), List.of("trademark"), List.of(), "en-vn-squatting",
                Instant.parse("2026-02-11T08:00:00Z"), Instant.parse("2026-03-05T00:00:00Z"), "hash-copy", null, 0);
        return List.of(enCopy,
                article("zh-vn-squatting", "越南商标抢注案件提醒",
                        "近期多家中国出口企业在越南遭遇商标抢注。当地代理人抢先申请与中国品牌相同的标志，"
                                + "随后要求企业高价回购。建议企业在进入越南市场前尽早提交申请，并保留使用证据。",
                        "zh", "case", List.of("VN"), "2026-03-01T20:00:00Z"),
                article("zh-my-xss", XSS_TITLE,
                        "马来西亚也出现了商标抢注现象。<b>不要加粗</b>企业应当关注当地公告。",
                        "zh", "news", List.of("MY"), "2025-04-18T02:00:00Z"),
                article("zh-th-patent", "泰國專利侵權訴訟指引",
                        "中國企業在泰國遭遇專利侵權訴訟時，應先核實權利範圍，並及時委託當地律師應訴。",
                        "zh", "guide", List.of("TH"), "2025-11-05T03:00:00Z"),
                article("zh-asean-bulletin", "东盟专利侵权风险简报",
                        "本期简报汇总新加坡与马来西亚的专利侵权判决，提示出口企业注意产品设计的自由实施分析。",
                        "zh", "bulletin", List.of("SG", "MY"), "2026-01-20T01:00:00Z"),
                article("en-vn-squatting", "Trademark squatting in Vietnam",
                        "Chinese exporters keep finding their brands filed by local agents in Vietnam before they "
                                + "enter the market. Filing early is the cheapest defence.",
                        "en", "news", List.of("VN"), "2026-02-10T08:00:00Z"),
                article("en-th-patent", "Patent infringement suit in Thailand",
                        "A Thai court accepted a patent infringement suit against an importer of Chinese machinery. "
                                + "The claimant seeks an injunction and damages.",
                        "en", "case", List.of("TH"), "2025-09-20T08:00:00Z"));
    }

    private static Article article(String id, String title, String text, String lang, String kind,
            List<String> countries, String published) {
        List<String> ipTypes = title.contains("商标") || title.contains("Trademark") ? List.of("trademark")
                : List.of("patent");
        return new Article(id, "https://alerts.example.org/" + id, null, title, text,
                SOURCE, lang, kind, countries, ipTypes, List.of(), id.equals("en-vn-squatting") ? "en-vn-squatting"
                        : null, Instant.parse(published), Instant.parse("2026-03-05T00:00:00Z"), "hash-" + id, null,
                0);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
