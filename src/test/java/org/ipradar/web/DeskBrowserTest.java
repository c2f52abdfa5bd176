package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.BulletinItem;
import org.ipradar.bulletin.BulletinService;
import org.ipradar.bulletin.Quarter;
import org.ipradar.config.FeedsFile;
import org.ipradar.desk.Actor;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The editor's desk in headless Chromium, through real clicks and typing: a case record written in the form,
 * published and found by the public search, with script in its fields shown as text; a quarter's bulletin edited
 * (remove, reorder, summary, introduction, add), published and read on the public pages; one with a single article
 * refused with the reason; a stale save in a second tab shown as a conflict.
 */
class DeskBrowserTest {
    static final Actor LI = Actor.editor("li");

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
        services = Services.open(TestServices.settings(dir), FeedsFile.parse("test.yml", """
                sources:
                  - id: src
                    name: 测试来源
                    url: http://127.0.0.1:9/x.xml
                """), n -> {}, new MutableClock(Instant.parse("2026-08-10T04:00:00Z")));
        services.writer().write(DeskFixtures.twoQuarters());
        Auth auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
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
    void signedOutWithAlertsCounted() {
        Browser.freshVisitorCountingAlerts(driver, base);
    }

    // ---- helpers

    static WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    static WebElement css(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static void type(WebElement e, String text) {
        e.clear();
        e.sendKeys(text);
    }

    static void type(String id, String text) {
        type(id(id), text);
    }

    // a click that submits a form returns before the next page is there; wait until this page is gone
    static void clickAndWait(WebElement e) {
        org.ipradar.testing.Browser.clickAndWait(driver, e);
    }

    static void clickAndWait(String css) {
        clickAndWait(css(css));
    }

    static String path() {
        URI u = URI.create(driver.getCurrentUrl());
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    static void signIn() {
        driver.get(base + "/");
        clickAndWait(id("login-link"));
        Browser.submitSignIn(driver, "li");
        assertEquals("li", id("viewer").getText().substring(0, 2));
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

    static List<String> itemIds() {
        return driver.findElements(By.cssSelector("#items input[name=item]")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    static List<String> headings(List<String> ids) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String docId = ids.get(i);
            out.add((i + 1) + ". " + services.documents().get(docId).orElseThrow().title());
        }
        return out;
    }

    // ---- the tests

    @Test
    void aCaseRecordWrittenInTheFormIsPublishedAndFoundInSearchWithItsScriptAsText() {
        String title = "越南胡志明市法院商标侵权案<script>alert('title')</script>";
        String party = "<script>alert('party')</script>甲公司";
        String cause = "<img src=x onerror=alert('cause')>商标侵权";
        String lessons = "</textarea><script>alert('lessons')</script>尽早在越南注册商标";
        signIn();
        clickAndWait(id("desk-link"));
        assertEquals("编辑台", id("heading").getText());
        clickAndWait(id("new-case"));
        assertEquals("新建案例记录", id("heading").getText());

        type("title", title);
        type("countries", "VN");
        id("ipType-trademark").click();
        id("industry-electronics").click();
        new Select(id("forum")).selectByValue("court");
        type("forumName", "胡志明市人民法院");
        List<WebElement> roles = driver.findElements(By.name("partyRole"));
        List<WebElement> names = driver.findElements(By.name("partyName"));
        new Select(roles.get(0)).selectByValue("plaintiff");
        type(names.get(0), party);
        new Select(roles.get(1)).selectByValue("defendant");
        type(names.get(1), "乙公司");
        type("filed", "2026/01/05");
        clickAndWait(id("save"));
        assertEquals("请按提示修改标出的字段，然后再次保存。", id("form-error").getText());
        assertEquals("立案日期须为 YYYY-MM-DD 格式，如 2026-05-20。", id("filed-error").getText());
        assertEquals(title, id("title").getAttribute("value"), "what was typed is kept");
        assertEquals(party, driver.findElements(By.name("partyName")).get(0).getAttribute("value"));

        type("filed", "2026-01-05");
        clickAndWait(id("save"));
        assertEquals("请填写案由（如 商标侵权），不超过 300 字。", id("cause-error").getText());
        assertTrue(driver.findElements(By.id("filed-error")).isEmpty());

        type("cause", cause);
        type("decided", "2026-05-20");
        type("outcome", "被告停止侵权并赔偿");
        new Select(id("moneyKind")).selectByValue("damages");
        type("amount", "120000");
        type("currency", "USD");
        type("lessons", lessons);
        type(driver.findElements(By.name("sourceTitle")).get(0), "判决书");
        type(driver.findElements(By.name("sourceUrl")).get(0), "https://example.org/judgment");
        new Select(id("format")).selectByValue("html");
        type("body", "<p>案情<img src=x onerror=alert('body')></p><script>alert('body2')</script>");
        clickAndWait(id("save"));
        assertEquals("已创建草稿。", id("notice").getText());
        assertEquals("案例 · 草稿 · 作者 li · 第 1 版", id("doc-status").getText());
        assertEquals(title, id("title").getAttribute("value"));
        assertEquals(party, driver.findElements(By.name("partyName")).get(0).getAttribute("value"));
        assertEquals(cause, id("cause").getAttribute("value"));
        assertEquals(lessons, id("lessons").getAttribute("value"));
        assertEquals("<p>案情</p>", id("body").getAttribute("value"), "HTML is kept sanitised");
        assertInert();

        clickAndWait(id("publish"));
        assertEquals("已发布：现在可以在检索中找到。", id("notice").getText());
        assertEquals("案例 · 已发布 · 作者 li · 第 2 版", id("doc-status").getText());
        clickAndWait(id("back"));
        assertEquals(List.of(title), texts("#desk-documents td.title"));
        assertEquals(List.of("已发布"), texts("#desk-documents .status"));
        assertInert();

        // a visitor finds it with the search box, and every field is text
        clickAndWait(id("logout"));
        WebElement q = css("form.search input[name=q]");
        q.sendKeys("胡志明市人民法院");
        clickAndWait(css("form.search button"));
        assertEquals(List.of(title), texts(".hit h2"));
        assertInert();
        clickAndWait(css(".hit a.details"));
        assertEquals(title, id("doc-title").getText());
        // the document page shows the case record's facts one per line
        assertEquals(List.of("案情", String.join("\n", "案件信息", "受理机构：法院 · 胡志明市人民法院",
                "当事人：原告 " + party + "；被告 乙公司", "案由：" + cause, "立案日期：2026-01-05", "结案日期：2026-05-20",
                "结果：被告停止侵权并赔偿", "判赔：120,000 USD", "对出口企业的启示：" + lessons,
                "来源：判决书 https://example.org/judgment")), texts(".doc-text p"));
        assertInert();
    }

    @Test
    void aQuarterlyBulletinIsEditedPublishedAndReadOnThePublicPages() {
        List<String> proposed = BulletinService.draft(services.documents(), Quarter.parse("2026Q3"), 8, "li",
                Instant.parse("2026-08-10T04:00:00Z")).items().stream().map(BulletinItem::documentId).toList();
        signIn();
        clickAndWait(id("desk-link"));
        type("quarter", "2026Q3");
        clickAndWait(id("propose"));
        assertEquals("已生成简报草稿。", id("notice").getText());
        assertEquals("编辑简报 · 2026年第3季度", id("heading").getText());
        assertEquals("草稿", id("status").getText());
        assertEquals(proposed, itemIds());
        assertEquals(headings(proposed), texts("#items h3"));

        clickAndWait("#item-1 button.remove");
        assertEquals("已删除文章并保存。", id("notice").getText());
        List<String> expected = new java.util.ArrayList<>(proposed);
        expected.remove(1);
        assertEquals(headings(expected), texts("#items h3"));

        clickAndWait("#item-0 button.down");
        assertEquals("已调整顺序并保存。", id("notice").getText());
        java.util.Collections.swap(expected, 0, 1);
        assertEquals(headings(expected), texts("#items h3"));

        String summary = "本文提醒出口企业尽早在越南注册商标。";
        type("summary-0", summary);
        type("intro", "本期聚焦东盟**商标**风险。");
        type("title", "2026年第三季度海外知识产权简报（东盟）");
        clickAndWait(id("save"));
        assertEquals("已保存。", id("notice").getText());
        assertEquals(summary, id("summary-0").getAttribute("value"));
        assertEquals("本期聚焦东盟**商标**风险。", id("intro").getAttribute("value"));
        assertEquals("第 4 版", id("version").getText());

        type("add", "q1");
        clickAndWait(id("add-submit"));
        assertEquals("已添加文章并保存。", id("notice").getText());
        expected.add("q1");
        assertEquals(headings(expected), texts("#items h3"));

        clickAndWait(id("publish"));
        assertEquals("已发布：读者现在可以在“季度简报”中看到本期简报。", id("notice").getText());
        assertEquals("已发布", id("status").getText());
        assertEquals("本期简报已发布，不能修改；如需修改，请先撤回。", id("readonly").getText());
        assertInert();

        // a reader sees it on the public pages
        clickAndWait(id("logout"));
        clickAndWait(id("bulletins-link"));
        assertEquals(List.of("2026年第三季度海外知识产权简报（东盟）"), texts("#bulletins h2"));
        clickAndWait(css("#bulletins h2 a"));
        assertEquals("2026年第三季度海外知识产权简报（东盟）", id("bulletin-title").getText());
        assertEquals(List.of("本期聚焦东盟商标风险。"), texts("#intro p"));
        assertEquals("商标", css("#intro strong").getText());
        assertEquals(headings(expected), texts("#contents a"));
        assertEquals(summary, css("#article1 .doc-text").getText());
        assertInert();
    }

    @Test
    void aBulletinWithOneArticleShowsWhyItCannotBePublished() {
        signIn();
        clickAndWait(id("desk-link"));
        type("quarter", "2026Q1");
        clickAndWait(id("propose"));
        assertEquals(headings(List.of("q1")), texts("#items h3"));
        clickAndWait(id("publish"));
        assertEquals("一期简报至少需要 2 篇文章才能发布，本期只有 1 篇。 A bulletin needs at least 2 articles to be published;"
                + " this one has 1.", id("form-error").getText());
        assertEquals(List.of("暂不能发布：", "2026年第一季度（2026-01-01 至 2026-03-31）只发布了 1 篇候选文档：请在编辑台撰写指南、"
                + "法律政策或案例，或添加其他季度的文章。 Only 1 candidate document was published in 2026Q1 (2026-01-01 to"
                + " 2026-03-31, Asia/Shanghai): write guides, law notes or cases on the desk, or add articles from other"
                + " quarters."), texts("#problems p"));
        assertEquals("草稿", id("status").getText());
        String row = "#b-" + path().substring("/desk/bulletins/".length());
        clickAndWait(id("back"));
        assertEquals("草稿", css(row + " .status").getText());
        assertEquals("1", css(row + " .articles").getText());
        assertEquals("2026年第1季度", css(row + " .quarter").getText());
    }

    @Test
    void aStaleSaveInASecondTabShowsTheConflictAndKeepsBothEdits() {
        Bulletin b = services.bulletins().propose(LI, "2026Q3", 3);
        signIn();
        driver.get(base + "/desk/bulletins/" + b.id());
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base + "/desk/bulletins/" + b.id());
        String second = driver.getWindowHandle();

        driver.switchTo().window(first);
        type("intro", "甲写的导语");
        clickAndWait(id("save"));
        assertEquals("已保存。", id("notice").getText());

        driver.switchTo().window(second);
        type("intro", "乙写的导语");
        type("summary-0", "乙改的摘要");
        clickAndWait(id("save"));
        assertEquals("保存冲突：您打开后，其他人已保存了新的版本（您编辑的是第 1 版，当前为第 2 版）。新版本已保留，没有被覆盖；"
                + "您的修改仍在下方，尚未保存。请对照“已保存的版本”，确认后再次保存。", id("form-error").getText());
        assertEquals("乙写的导语", id("intro").getAttribute("value"), "the typed edit is still in the form");
        assertEquals("乙改的摘要", id("summary-0").getAttribute("value"));
        assertEquals("已保存的版本（第 2 版）", css("#saved summary").getText());
        assertEquals("甲写的导语", id("saved-intro").getText(), "the newer version is shown beside it");
        assertEquals("甲写的导语", services.bulletins().get(LI, b.id()).intro(), "and kept");

        clickAndWait(id("save"));
        assertEquals("已保存。", id("notice").getText());
        assertEquals("乙写的导语", id("intro").getAttribute("value"));
        assertEquals("乙改的摘要", services.bulletins().get(LI, b.id()).items().getFirst().summary());
        driver.close();
        driver.switchTo().window(first);
    }

    @Test
    void theDeskSwitchesToEnglish() {
        signIn();
        clickAndWait(id("desk-link"));
        clickAndWait(id("ui-switch"));
        assertEquals("/desk?ui=en", path());
        assertEquals("Editor's desk", id("heading").getText());
        assertEquals(List.of("New case record", "New guide", "New law & policy note"), texts(".desk-actions a"));
        clickAndWait(id("new-guide"));
        assertEquals("New guide", id("heading").getText());
        clickAndWait(id("save"));
        assertEquals("The title must not be empty and at most 300 characters.", id("title-error").getText());
    }
}
