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
import org.ipradar.enterprise.Enterprise;
import org.ipradar.testing.Browser;
import org.ipradar.testing.Firms;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The firm pages in headless Chromium, by clicks: a consultant creates a firm through the form, adds products with
 * their features and a service-record entry, and finds it listed; another consultant does not see it; an admin
 * assigns a consultant from the list, which shows no profile, and is refused the firm's page.
 */
class FirmPagesTest {
    static final String NAME = "<b>星辰</b>新材料有限公司";

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
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, new MutableClock(Instant.parse(
                        "2026-08-10T04:00:00Z")));
        Auth auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        TestAuth.add(auth, "qian", Role.CONSULTANT);
        TestAuth.add(auth, "wu", Role.CONSULTANT);
        TestAuth.add(auth, "zheng", Role.CONSULTANT);
        TestAuth.add(auth, "root", Role.ADMIN);
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

    static void signIn(String name) {
        driver.get(base + "/");
        click("login-link");
        Browser.submitSignIn(driver, name);
        assertTrue(driver.findElement(By.id("viewer")).getText().startsWith(name));
    }

    /** Clicks the element and waits for the page it leads to (the old page gone, the new one loaded). */
    static void click(String id) {
        click(By.id(id));
    }

    /** Clicks the element found and waits for the page it leads to. */
    static void click(By by) {
        org.ipradar.testing.Browser.clickAndWait(driver, driver.findElement(by));
    }

    static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static void type(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    static void assertNoScriptRan() {
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript("return window.__alerts"));
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('script, b').length"), "markup in a field is text");
    }

    @Test
    void aConsultantCreatesAFirmAddsProductsAndAnEntryAndAnotherConsultantDoesNotSeeIt() {
        signIn("zhao");
        click("firms-link");
        assertEquals("我的企业档案", text("#heading"));
        assertEquals("还没有企业档案。", text("#no-firms"));

        click("new-firm");
        assertEquals("新建企业档案", text("#heading"));
        type("name", NAME + "<script>alert('name')</script>");
        new Select(driver.findElement(By.id("industry"))).selectByVisibleText("新材料");
        type("markets", "VN us");
        type("competitors", "Acme Thermal Inc.\n东方散热");
        type("ownPatents", "CN112345678A\nUS | 10123456");
        type("ownTrademarks", "VN | 烯盾 | 4-2024-01234");
        type("p0-name", "石墨烯导热膜");
        type("p0-description", "用于手机散热的多层石墨烯导热膜。");
        type("p0-features", "石墨烯层与铜箔交替叠压\n面内导热系数不低于 1500 W/mK");
        type("p0-hsCodes", "3921.90");
        click("save");

        assertEquals("企业档案已创建，您已被分配为负责顾问。", text("#notice"));
        String name = NAME + "<script>alert('name')</script>";
        assertEquals(name, text("#heading"));
        String path = URI.create(driver.getCurrentUrl()).getPath();
        assertTrue(path.matches("/firms/ent-[0-9a-f]{16}"), path);
        String id = path.substring("/firms/".length());
        assertEquals("新材料", text("#profile-industry"));
        assertEquals("越南 (VN)、美国 (US)", text("#profile-markets"));
        assertEquals("1", text("#profile-version"));
        assertEquals(List.of("Acme Thermal Inc.", "东方散热"), texts("#profile-competitors .competitor"));
        assertEquals(List.of("CN112345678A", "10123456 (US)"), texts(".own-patent"));
        assertEquals(List.of("烯盾 (VN, 4-2024-01234)"), texts(".own-trademark"));
        assertEquals(List.of("石墨烯导热膜"), texts("#products .product-name"));
        assertEquals(List.of("石墨烯层与铜箔交替叠压", "面内导热系数不低于 1500 W/mK"), texts("#products .features li"));
        assertEquals("392190", text("#products .hs-codes"));
        assertEquals(List.of("zhao"), texts("#consultant-list li"));
        assertEquals(List.of(), driver.findElements(By.id("manage-consultants")), "only admins assign");
        assertNoScriptRan();

        // a second product in the blank slot, with a bad HS code first: the form comes back with the input kept
        assertEquals("添加产品", driver.findElement(By.cssSelector("#p1 legend")).getText());
        type("p1-name", "石墨烯散热片");
        type("p1-features", "开孔阵列\n边缘封装");
        type("p1-hsCodes", "851");
        click("save");
        assertEquals("products[1].hsCodes: \"851\" is not an HS code (4, 6, 8 or 10 digits, dots allowed, as 8504.40)",
                text("#form-error"));
        assertEquals("石墨烯散热片", driver.findElement(By.id("p1-name")).getAttribute("value"));
        type("p1-hsCodes", "8541.40");
        click("save");
        assertEquals("已保存。", text("#notice"));
        assertEquals("2", text("#profile-version"));
        assertEquals(List.of("石墨烯导热膜", "石墨烯散热片"), texts("#products .product-name"));
        assertEquals(List.of("开孔阵列", "边缘封装"), texts("#products .product:nth-child(2) .features li"));

        // a service-record entry
        assertEquals("尚无服务记录。", text("#no-entries"));
        new Select(driver.findElement(By.id("entry-type"))).selectByValue("follow_up");
        assertEquals("2026-08-10", driver.findElement(By.id("entry-date")).getAttribute("value"), "today by default");
        type("entry-text", "回访：企业已按建议在越南提交商标申请。");
        click("add-entry");
        assertEquals("服务记录已添加。", text("#notice"));
        assertTrue(driver.getCurrentUrl().endsWith("#service-record"), driver.getCurrentUrl());
        assertEquals(List.of("2026-08-10 跟踪回访 回访：企业已按建议在越南提交商标申请。 zhao"),
                texts("#entries tbody tr").stream().map(String::strip).toList());

        // listed
        click("back");
        assertEquals(List.of(name), texts("#firm-table .name"));
        assertEquals("2", text("#firm-" + id + " .products"));
        assertEquals("zhao", text("#firm-" + id + " .consultants"));
        click("ui-switch");
        assertEquals("My firms", text("#heading"));
        assertEquals("Vietnam (VN), United States (US)", text("#firm-" + id + " .markets"));
        driver.findElement(By.cssSelector("#firm-" + id + " .name a")).click();
        assertEquals("Service record", text("#service-record h2"));
        assertEquals("Follow-up", text("#entries .type"));
        assertNoScriptRan();

        // stored as shown
        Enterprise stored = services.enterprises().get(Firms.consultant("zhao"), id);
        assertEquals(List.of("VN", "US"), stored.markets());
        assertEquals(List.of(List.of("392190"), List.of("854140")), stored.products().stream().map(p -> p.hsCodes())
                .toList());

        // another consultant: no firm listed, and its page does not exist
        click("logout");
        signIn("qian");
        click("firms-link");
        assertEquals("还没有企业档案。", text("#no-firms"));
        driver.get(base + "/firms/" + id);
        assertEquals("404 页面不存在", text("#error h1"));
        assertEquals("没有这个企业档案，或者它没有分配给您。", text("#message"));
        assertTrue(!driver.getPageSource().contains("星辰"));
    }

    @Test
    void anAdminAssignsAConsultantFromTheListWhoThenSeesTheFirmAndTheAdminIsRefusedItsPage() {
        Enterprise e = services.enterprises().create(Firms.consultant("wu"), Firms.graphene("吴的客户"));
        String row = "#assign-" + e.id();
        signIn("root");
        click("firms-link");
        assertEquals("企业与负责顾问", text("#heading"));
        assertEquals(List.of(), driver.findElements(By.id("new-firm")), "admins do not create firms");
        assertEquals(List.of(), driver.findElements(By.id("firm-table")), "no profile table");
        assertEquals("吴的客户", text(row + " .name"));
        assertEquals(List.of(), driver.findElements(By.cssSelector(row + " .name a")), "no link to a 403 page");
        assertEquals(e.id(), text(row + " .id"));
        assertEquals(List.of("wu"), texts(row + " .consultant"));
        String page = driver.getPageSource();
        for (String secret : List.of("石墨烯", "Acme", "新材料", "越南", "烯盾")) {
            assertTrue(!page.contains(secret), secret);
        }

        type("assign-user-" + e.id(), "zheng");
        click("assign-" + e.id() + "-submit");
        assertEquals("顾问分配已更新。", text("#notice"));
        assertTrue(driver.getCurrentUrl().endsWith("/firms?done=assigned#assign-" + e.id()), driver.getCurrentUrl());
        assertEquals(List.of("wu", "zheng"), texts(row + " .consultant"));

        type("assign-user-" + e.id(), "li");
        click("assign-" + e.id() + "-submit");
        assertEquals("\"li\" is not a consultant (roles: editor); give them the role first: ipradar user role li"
                + " consultant", text(row + " .assign-error"));
        assertEquals(List.of("wu", "zheng"), texts(row + " .consultant"));

        click(By.xpath("//tr[@id='assign-" + e.id() + "']//li[span[@class='consultant' and text()='wu']]"
                + "//button[@value='unassign']"));
        assertEquals(List.of("zheng"), texts(row + " .consultant"));
        assertEquals(List.of("zheng"), services.enterprises().get(Firms.consultant("zheng"), e.id()).consultants());

        click("ui-switch");
        assertEquals("Firms and their consultants", text("#heading"));
        assertEquals("Unassign", text(row + " .unassign"));

        // the firm's page and the new-firm form are refused, with nothing of the firm on them
        driver.get(base + "/firms/" + e.id());
        assertEquals("403 无权访问", text("#error h1"));
        assertEquals("管理员负责分配顾问，但不查看、修改或创建企业档案的保密内容；只有分配给该企业的顾问可以。", text("#message"));
        assertTrue(!driver.getPageSource().contains("吴的客户") && !driver.getPageSource().contains("石墨烯"));
        driver.get(base + "/firms/new");
        assertEquals("403 无权访问", text("#error h1"));

        // the consultant assigned sees the firm at once
        driver.get(base + "/firms");
        click("logout");
        signIn("zheng");
        click("firms-link");
        assertEquals(List.of("吴的客户"), texts("#firm-table .name"));
        click(By.cssSelector("#firm-" + e.id() + " .name a"));
        assertEquals("吴的客户", text("#heading"));
        assertEquals("新材料", text("#profile-industry"));
        assertEquals(List.of("zheng"), texts("#consultant-list li"));
    }

    @Test
    void editorsHaveNoLinkToFirmsAndAreRefused() {
        signIn("li");
        assertEquals(List.of(), driver.findElements(By.id("firms-link")));
        driver.get(base + "/firms");
        assertEquals("403 无权访问", text("#error h1"));
    }
}
