package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.testing.Browser;
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
import org.openqa.selenium.chrome.ChromeDriver;

/** Sign-in, sign-out and the audit page in headless Chromium, through real clicks and typing. */
class AccountPagesTest {
    @TempDir
    static Path dir;

    static Services services;
    static Auth auth;
    static Javalin app;
    static Browser browser;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        // every page counts the alerts its scripts raise; none may run
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__alerts = 0; window.alert = function () { window.__alerts++; };"));
        services = TestServices.open(dir);
        services.writer().write(TestServices.corpus());
        auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
        TestAuth.add(auth, "editor1", Role.EDITOR);
        TestAuth.add(auth, "admin1", Role.ADMIN);
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
    void signedOut() {
        driver.manage().deleteAllCookies();
    }

    private static void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static void signIn(String name, String password) {
        type("login-name", name);
        type("login-password", password);
        clickAndWait(driver.findElement(By.id("login-submit")));
    }

    // a click that submits a form returns before the next page is there; wait until this page is gone
    private static void clickAndWait(WebElement e) {
        org.ipradar.testing.Browser.clickAndWait(driver, e);
    }

    private static String path() {
        URI u = URI.create(driver.getCurrentUrl());
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static long alerts() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.__alerts;");
    }

    @Test
    void anEditorSignsInAfterAWrongPasswordAndSignsOut() {
        driver.get(base + "/?q=%E5%95%86%E6%A0%87");
        clickAndWait(driver.findElement(By.id("login-link")));
        assertEquals("/login?next=%2F%3Fq%3D%25E5%2595%2586%25E6%25A0%2587", path());
        assertEquals("登录", driver.findElement(By.cssSelector("#login h1")).getText());

        signIn("editor1", "not-my-password");
        assertEquals("用户名或密码错误。", driver.findElement(By.id("login-error")).getText());
        assertEquals("editor1", driver.findElement(By.id("login-name")).getAttribute("value"));
        assertEquals("", driver.findElement(By.id("login-password")).getAttribute("value"));

        signIn("editor1", TestAuth.PASSWORD);
        assertEquals("/?q=%E5%95%86%E6%A0%87", path(), "back where the visitor was");
        assertEquals("editor1编辑", driver.findElement(By.id("viewer")).getText().replace(" ", ""));
        assertEquals("编辑", driver.findElement(By.id("viewer-roles")).getText());
        assertTrue(driver.findElements(By.id("audit-link")).isEmpty(), "no audit link for an editor");
        assertTrue(driver.findElements(By.id("login-link")).isEmpty());

        driver.get(base + "/audit");
        assertEquals("403 无权访问", driver.findElement(By.cssSelector("#error h1")).getText());
        assertEquals("您的账号（编辑）无权使用此页面。", driver.findElement(By.id("message")).getText());

        clickAndWait(driver.findElement(By.id("logout")));
        assertEquals("/login?out=1", path());
        assertEquals("您已退出登录。", driver.findElement(By.id("login-notice")).getText());
        assertTrue(driver.findElements(By.id("viewer")).isEmpty());
        driver.get(base + "/audit");
        assertEquals("/login?next=%2Faudit", path(), "signed out, the audit page asks for sign-in");
        assertEquals(0, alerts());
    }

    @Test
    void anAdminReadsTheAuditLogInChineseAndEnglish() {
        driver.get(base + "/login?ui=en");
        assertEquals("Sign in", driver.findElement(By.cssSelector("#login h1")).getText());
        signIn("admin1", TestAuth.PASSWORD);
        assertEquals("/?ui=en", path());
        assertEquals("Administrator", driver.findElement(By.id("viewer-roles")).getText());
        clickAndWait(driver.findElement(By.id("audit-link")));
        assertEquals("/audit?ui=en", path());
        assertEquals("Audit log", driver.findElement(By.cssSelector("#audit h1")).getText());
        clickAndWait(driver.findElement(By.id("ui-switch")));
        assertEquals("审计日志", driver.findElement(By.cssSelector("#audit h1")).getText());
        List<String> actions = driver.findElements(By.cssSelector("#audit-table td.action")).stream()
                .map(WebElement::getText).toList();
        assertTrue(actions.contains("user_created") && actions.contains("login"), actions.toString());
        type("audit-action", "user_created");
        clickAndWait(driver.findElement(By.cssSelector("#audit-filter button")));
        assertEquals("共 2 条记录", driver.findElement(By.id("audit-count")).getText());
        assertEquals(List.of("user admin1", "user editor1"), driver.findElements(By.cssSelector("#audit-table"
                + " td.object")).stream().map(WebElement::getText).toList());
        assertEquals(0, alerts());
    }

    @Test
    void markupTypedAsAUserNameIsShownAsTextInTheAuditLog() {
        List<String> names = List.of("<img src=x onerror=alert(1)>", "<script>alert(2)</script>",
                "\"><svg onload=alert(3)>");
        for (String n : names) {
            driver.get(base + "/login");
            signIn(n, "whatever-it-is");
            assertEquals("用户名或密码错误。", driver.findElement(By.id("login-error")).getText());
            assertEquals(n, driver.findElement(By.id("login-name")).getAttribute("value"));
        }
        driver.get(base + "/login");
        signIn("admin1", TestAuth.PASSWORD);
        driver.get(base + "/audit?action=login_failed");
        List<String> actors = driver.findElements(By.cssSelector("#audit-table td.actor")).stream()
                .map(WebElement::getText).toList();
        assertTrue(actors.containsAll(names), actors.toString());
        assertTrue(driver.findElements(By.cssSelector("#audit-table img, #audit-table script, #audit-table svg"))
                .isEmpty());
        assertEquals(0, alerts());
        // the counter works: an alert that does run is counted
        ((JavascriptExecutor) driver).executeScript("alert('probe');");
        assertEquals(1, alerts());
    }
}
