package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.country.Citation;
import org.ipradar.country.CountryProfile;
import org.ipradar.country.Fact;
import org.ipradar.desk.Actor;
import org.ipradar.testing.Browser;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The country pages in headless Chromium, through clicks: readers find a profile with its sources, dates and review
 * flags in both languages; an editor changes a fact through its form; a stale form is refused; script is text.
 */
class CountryPagesTest {
    static final Actor LI = new Actor("li", Set.of("editor"));

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
        services = Services.open(TestServices.settings(dir), List.of(), n -> {},
                new MutableClock(Instant.parse("2026-12-01T02:00:00Z")));
        Auth auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
        TestAuth.add(auth, "li", Role.EDITOR);
        // a fact carrying script in every text field it has, saved as an editor would
        CountryProfile kh = services.countries().get("KH").orElseThrow();
        Fact squat = kh.fact("squatting").orElseThrow();
        services.countries().saveFact(LI, "KH", 1, null, new Fact("squatting",
                "<script>alert('zh')</script>抢注", "<img src=x onerror=alert('en')>squatting",
                new Citation("<b onmouseover=alert('src')>来源</b>", squat.source().url()), squat.lastReviewed(), true,
                "<svg onload=alert('note')>", null, squat.ipTypes(), null, null));
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

    static void signIn() {
        org.ipradar.testing.Browser.clickAndWait(driver, driver.findElement(By.id("login-link")));
        Browser.submitSignIn(driver, "li");
        waitFor("#viewer");
        assertEquals("li", driver.findElement(By.id("viewer")).getText().substring(0, 2));
    }

    /** Waits for the page a form submission leads to. */
    static void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
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

    @Test
    void readersFindAProfileWithItsSourcesDatesAndFlagsInBothLanguages() {
        driver.get(base + "/");
        driver.findElement(By.id("countries-link")).click();
        assertEquals("各国知识产权概况", text("#heading"));
        assertEquals(10, driver.findElements(By.cssSelector("#asean tbody tr")).size());
        assertEquals(6, driver.findElements(By.cssSelector("#other tbody tr")).size());
        assertEquals("6", text("#country-SG .flagged"));
        assertEquals("22", text("#country-MM .flagged"), "every Myanmar fact is flagged");
        assertTrue(driver.findElements(By.cssSelector("details.edit")).isEmpty());

        driver.findElement(By.cssSelector("#country-SG a")).click();
        assertEquals("新加坡 (SG)", text("#heading"));
        assertEquals("第 1 版 · 随软件发布的版本", text("#origin"));
        assertEquals("共 28 条，其中 6 条待核实；最早核实日期 2026-11-24", text("#summary"));
        assertEquals(List.of("知识产权机构", "主要法律", "国际条约", "申请与保护规则", "维权途径", "常见时限", "出口企业风险提示"),
                texts("section.also h2"));
        assertEquals("成员（1995 年起）", text("#fact-pct .membership"));
        WebElement source = driver.findElement(By.cssSelector("#fact-pct a.source"));
        assertEquals("WIPO – PCT contracting states", source.getText());
        assertEquals("https://www.wipo.int/pct/en/pct_contracting_states.html", source.getDomAttribute("href"));
        assertEquals("最后核实：2026-11-24", text("#fact-pct .reviewed"));
        assertEquals("https://www.ipos.gov.sg", driver.findElement(By.cssSelector("#fact-ipos a.website"))
                .getDomAttribute("href"));
        assertEquals(6, driver.findElements(By.cssSelector(".review-flag")).size());
        assertEquals("待核实", text("#fact-pct_national_phase .review-flag"));
        assertEquals("核实要点：核实 30 个月期限及能否延期。", text("#fact-pct_national_phase .review-note"));
        assertTrue(driver.findElements(By.cssSelector("#fact-pct .review-flag")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("details.edit")).isEmpty(), "no forms for visitors");
        assertInert();

        driver.findElement(By.id("ui-switch")).click();
        assertEquals("Singapore (SG)", text("#heading"));
        assertEquals("Version 1 · as shipped", text("#origin"));
        assertEquals("28 facts, 6 to verify; oldest review 2026-11-24", text("#summary"));
        assertEquals("Member since 1995", text("#fact-pct .membership"));
        assertEquals("PCT contracting state (since 1995): a PCT international application can enter the Singapore"
                + " national phase.", text("#fact-pct .text"));
        assertEquals("What to check: Verify the 30-month deadline and whether it can be extended.",
                text("#fact-pct_national_phase .review-note"));
        assertEquals("Patent", text("#fact-pct_national_phase .ip-types"));
        driver.findElement(By.id("list-link")).click();
        assertEquals("Country IP profiles", text("#heading"));
        driver.findElement(By.cssSelector("#country-MM a")).click();
        assertEquals(List.of("Not a member", "Not a member", "Not a member", "Not a member"),
                texts("#treaties .membership"));
        assertInert();
    }

    @Test
    void anEditorChangesAFactThroughItsFormAndReadersSeeTheNewVersion() {
        driver.get(base + "/countries/TH");
        signIn();
        assertEquals("/countries/TH", URI.create(driver.getCurrentUrl()).getPath(), "signing in comes back");
        driver.findElement(By.cssSelector("#fact-trademark_registration summary")).click();
        WebElement en = driver.findElement(By.id("trademark_registration-en"));
        en.clear();
        en.sendKeys("Checked with DIP: about 12 months without objections.");
        driver.findElement(By.id("trademark_registration-review")).click();
        driver.findElement(By.id("trademark_registration-save")).click();
        waitFor("#saved");

        assertEquals("/countries/TH", URI.create(driver.getCurrentUrl()).getPath());
        assertEquals("saved=2", URI.create(driver.getCurrentUrl()).getQuery());
        assertEquals("已保存为第 2 版。", text("#saved"));
        assertEquals("第 2 版 · li 修订于 2026-12-01", text("#origin"));
        assertEquals("共 26 条，其中 8 条待核实；最早核实日期 2026-11-24", text("#summary"));
        assertTrue(driver.findElements(By.cssSelector("#fact-trademark_registration .review-flag")).isEmpty());
        assertEquals("Checked with DIP: about 12 months without objections.", services.countries().get("TH")
                .orElseThrow().fact("trademark_registration").orElseThrow().en());

        driver.manage().deleteAllCookies();
        driver.get(base + "/countries/TH?ui=en");
        assertEquals("Version 2 · edited on 2026-12-01", text("#origin"), "visitors are not told who edited");
        assertEquals("Checked with DIP: about 12 months without objections.",
                text("#fact-trademark_registration .text"));
        assertInert();
    }

    @Test
    void aFormOpenedBeforeSomeoneElseSavedIsRefused() {
        driver.get(base + "/countries/VN");
        signIn();
        CountryProfile vn = services.countries().get("VN").orElseThrow();
        Fact courts = vn.fact("courts").orElseThrow();
        services.countries().saveFact(LI, "VN", vn.version(), null, new Fact("courts", courts.zh(),
                "Saved meanwhile.", courts.source(), LocalDate.of(2026, 12, 1), false, null, null, courts.ipTypes(),
                null, null));
        driver.findElement(By.cssSelector("#fact-courts summary")).click();
        driver.findElement(By.id("courts-save")).click();
        waitFor("#error");
        assertEquals("409 出错了", text("#error h1"));
        assertEquals("the VN profile was changed by someone else since you opened it (you edited version "
                + vn.version() + ", it is now at version " + (vn.version() + 1) + "); reload it and apply your"
                + " changes again", text("#message"));
        assertEquals("Saved meanwhile.", services.countries().get("VN").orElseThrow().fact("courts").orElseThrow()
                .en());
    }

    @Test
    void scriptInAnEditedFactIsShownAsText() {
        driver.get(base + "/countries/KH");
        assertEquals("<script>alert('zh')</script>抢注", text("#fact-squatting .text"));
        assertEquals("来源：<b onmouseover=alert('src')>来源</b>", text("#fact-squatting .meta span"));
        assertEquals("核实要点：<svg onload=alert('note')>", text("#fact-squatting .review-note"));
        assertInert();
        signIn();
        driver.findElement(By.cssSelector("#fact-squatting summary")).click();
        assertEquals("<img src=x onerror=alert('en')>squatting", driver.findElement(By.id("squatting-en"))
                .getDomProperty("value"));
        assertInert();
    }

    @Test
    void unknownAndMalformedCodesHaveErrorPages() {
        driver.get(base + "/countries/FR");
        assertEquals("404 页面不存在", text("#error h1"));
        driver.get(base + "/countries/S1");
        assertEquals("400 请求有误", text("#error h1"));
        assertEquals("a country code is two letters such as VN or SG (got \"S1\")", text("#message"));
    }
}
