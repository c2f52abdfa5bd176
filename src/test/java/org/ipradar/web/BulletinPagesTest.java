package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.BulletinEdit;
import org.ipradar.config.FeedsFile;
import org.ipradar.desk.Actor;
import org.ipradar.store.Article;
import org.ipradar.testing.Browser;
import org.ipradar.testing.DeskFixtures;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The bulletin pages in headless Chromium, through clicks, with a crawled page and a bulletin carrying script in every
 * field: every one renders as text, and no script runs.
 */
class BulletinPagesTest {
    static final Actor LI = Actor.editor("li");
    static final String SCRIPT_TITLE = "<script>alert('title')</script>简报";

    @TempDir
    static Path dir;

    static Services services;
    static Javalin app;
    static Browser browser;
    static WebDriver driver;
    static String base;
    static String hostileId = "xss-crawled";

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        services = Services.open(TestServices.settings(dir), FeedsFile.parse("test.yml", """
                sources:
                  - id: src
                    name: "<b onmouseover=alert('source')>来源</b>"
                    url: http://127.0.0.1:9/x.xml
                """), n -> {}, new MutableClock(Instant.parse("2026-08-10T04:00:00Z")));
        List<Article> docs = new ArrayList<>(DeskFixtures.quarter());
        // A crawled page with script in every field it has.
        docs.add(new Article(hostileId, "javascript:alert('url')", "g", "<script>alert('crawled')</script>"
                + "<img src=x onerror=alert('img')>越南", "<script>alert('text')</script>\n\n<svg onload=alert('svg')>正文",
                "src", "zh", "news", List.of("VN"), List.of("trademark"), List.of(), null,
                Instant.parse("2026-07-05T00:00:00Z"), Instant.parse("2026-07-05T00:00:00Z"), "h", null, 0));
        services.writer().write(docs);
        Bulletin b = services.bulletins().propose(LI, "2026Q3", 2);
        services.bulletins().save(LI, b.id(), 1, new BulletinEdit(SCRIPT_TITLE,
                "<script>alert('intro')</script>\n\n<img src=x onerror=alert('intro-img')>\n\n"
                        + "[点我](javascript:alert('intro-link')) **重点**",
                List.of(new BulletinEdit.Item(hostileId, "<script>alert('summary')</script>摘要"),
                        new BulletinEdit.Item("a1", null), new BulletinEdit.Item("a3", null))));
        services.bulletins().publish(LI, b.id(), null);
        services.bulletins().propose(LI, "2026Q3", 2); // a draft, which anonymous visitors never see
        Auth auth = TestAuth.cheap(services);
        TestAuth.add(auth, "li", Role.EDITOR);
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
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

    @BeforeEach
    void anonymousWithAlertsCounted() {
        Browser.freshVisitorCountingAlerts(driver, base);
    }

    /** Signs in as the editor li through the sign-in page, from the page the browser is on. */
    static void signIn() {
        org.ipradar.testing.Browser.clickAndWait(driver, driver.findElement(By.id("login-link")));
        Browser.submitSignIn(driver, "li");
        assertEquals("li", driver.findElement(By.id("viewer")).getText().substring(0, 2));
    }

    /** Nothing on the page can run: no script elements, no handlers, no javascript: links, no alert called. */
    static void assertInert() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals(0L, js.executeScript("return window.__alerts"), "alerts on " + driver.getCurrentUrl());
        assertEquals(0L, js.executeScript("return document.querySelectorAll('script, iframe, object, embed, img, svg,"
                + " base, meta[http-equiv]').length"), driver.getPageSource());
        assertEquals(0L, js.executeScript("return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                + ".some(a => a.name.toLowerCase().startsWith('on'))).length"), driver.getPageSource());
        assertEquals(0L, js.executeScript("return [...document.querySelectorAll('a[href]')].filter(a =>"
                + " !/^(https?:|\\/|#)/i.test(a.getAttribute('href'))).length"), driver.getPageSource());
    }

    static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void readersFindThePublishedBulletinByClicksAndItsScriptIsText() {
        driver.get(base + "/");
        driver.findElement(By.id("bulletins-link")).click();
        assertEquals("季度简报", driver.findElement(By.id("heading")).getText());
        assertEquals(List.of(SCRIPT_TITLE), texts("#bulletins h2"), "only the published one");
        assertInert();

        driver.findElement(By.cssSelector("#bulletins h2 a")).click();
        assertEquals(SCRIPT_TITLE, driver.findElement(By.id("bulletin-title")).getText());
        assertEquals("发布日期：2026-08-10", driver.findElement(By.id("date-line")).getText());
        assertEquals(List.of("1. <script>alert('crawled')</script><img src=x onerror=alert('img')>越南",
                "2. title a1", "3. title a3"), texts("#contents a"));
        assertEquals(List.of("<script>alert('intro')</script>", "<img src=x onerror=alert('intro-img')>", "点我 重点"),
                texts("#intro p"));
        assertEquals("重点", driver.findElement(By.cssSelector("#intro strong")).getText());
        assertEquals("<script>alert('summary')</script>摘要", driver.findElement(By.cssSelector("#article1 .doc-text"))
                .getText());
        assertEquals("来源：<b onmouseover=alert('source')>来源</b> ｜ 发布日期：2026-07-05 ｜ 国家/地区：越南 ｜ 类型：新闻 ｜"
                + " 知识产权：商标", driver.findElement(By.cssSelector("#article1 .meta")).getText());
        assertEquals(List.of("站内全文"), texts("#article1 .links a"), "no link to the javascript: original");
        assertEquals(List.of("阅读原文", "站内全文"), texts("#article2 .links a"));
        assertInert();

        driver.findElement(By.cssSelector("#contents li:nth-child(3) a")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#article3"), driver.getCurrentUrl());
        driver.findElement(By.id("ui-switch")).click();
        assertEquals("Download PDF", driver.findElement(By.id("pdf")).getText());
        assertEquals(URI.create(base + "/api/bulletins/1/export?format=pdf").toString(),
                driver.findElement(By.id("pdf")).getAttribute("href"));
        driver.findElement(By.cssSelector("#article1 .links a")).click();
        assertEquals("<script>alert('crawled')</script><img src=x onerror=alert('img')>越南",
                driver.findElement(By.id("doc-title")).getText());
        assertInert();
    }

    @Test
    void theCrawledPageIsInertInSearchToo() {
        driver.get(base + "/?q=" + java.net.URLEncoder.encode("越南", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(texts(".hit h2").contains("<script>alert('crawled')</script><img src=x onerror=alert('img')>越南"),
                texts(".hit h2").toString());
        assertInert();
    }

    @Test
    void editorsSeeDraftsAndTheCoverageTracker() {
        driver.get(base + "/bulletins");
        assertTrue(driver.findElements(By.id("coverage")).isEmpty(), "no tracker link for visitors");
        signIn();
        assertEquals(URI.create(base + "/bulletins").getPath(), URI.create(driver.getCurrentUrl()).getPath(),
                "signing in comes back to the page");
        assertEquals(2, driver.findElements(By.cssSelector("#bulletins li")).size());
        assertEquals("草稿：尚未发布，仅编辑可见", driver.findElement(By.cssSelector("#bulletin-2 .health")).getText());
        driver.findElement(By.cssSelector("#bulletin-2 h2 a")).click();
        assertEquals("草稿：尚未发布，仅编辑可见", driver.findElement(By.cssSelector("#status strong")).getText());
        driver.navigate().back();
        driver.findElement(By.id("coverage")).click();
        assertEquals("季度发布进度 · 2026", driver.findElement(By.id("heading")).getText());
        assertEquals(List.of("不足 2 篇", "候选文档少于 4 篇"), texts("#q-2026Q1 .flags .health"));
        assertEquals(List.of("已达标"), texts("#q-2026Q3 .flags .health"));
        assertEquals("进行中 · 剩余 52 天", driver.findElement(By.cssSelector("#q-2026Q3 td:nth-child(2)")).getText());
        assertEquals("3", driver.findElement(By.cssSelector("#q-2026Q3 .articles")).getText());
        assertEquals("10", driver.findElement(By.cssSelector("#q-2026Q3 .candidates")).getText());
        assertEquals(List.of(), texts("#q-2026Q4 .flags .health"));
        driver.findElement(By.id("prev-year")).click();
        assertEquals("季度发布进度 · 2025", driver.findElement(By.id("heading")).getText());
        driver.findElement(By.id("ui-switch")).click();
        assertEquals("Quarterly coverage · 2025", driver.findElement(By.id("heading")).getText());
        assertEquals(List.of("Below 2 articles", "Fewer than 4 candidates"), texts("#q-2025Q4 .flags .health"));
        assertInert();
    }

    @Test
    void aDraftIsNotFoundForVisitors() {
        driver.get(base + "/bulletins/2");
        assertEquals("404 页面不存在", driver.findElement(By.cssSelector("#error h1")).getText());
        assertEquals("no bulletin has the id 2", driver.findElement(By.id("message")).getText());
        driver.get(base + "/bulletins/coverage");
        assertEquals("/login", URI.create(driver.getCurrentUrl()).getPath(), "visitors are sent to sign in");
        assertEquals(1, driver.findElements(By.id("login-form")).size());
    }
}
