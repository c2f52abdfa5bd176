package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseDraft;
import org.ipradar.enterprise.Product;
import org.ipradar.patent.read.PatentFiles;
import org.ipradar.testing.Browser;
import org.ipradar.testing.Firms;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The risk desk's pages in headless Chromium, by clicks: a consultant opens the firm, compiles a list through the
 * form, marks the first row relevant with a note and saves version 2, drafts a report, edits a part and saves it, and
 * downloads every export.
 */
class RiskPagesTest {
    @TempDir
    static Path dir;

    static Services services;
    static Javalin app;
    static Browser browser;
    static WebDriver driver;
    static String base;
    static Enterprise cells;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, new MutableClock(Instant.parse(
                        "2026-11-24T04:00:00Z")));
        Auth auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        services.patents().importer().apply(PatentFiles.read(Path.of("src/test/resources/fixtures/patents",
                "uspto-bulk.xml")), (d, t) -> {});
        cells = services.enterprises().create(Firms.consultant("zhao"), new EnterpriseDraft("南宁电芯有限公司", "energy",
                List.of(new Product(null, "锂离子电芯", "A lithium-ion cell whose cathode has LiCoO2 layers and a porous"
                        + " separator film between them", List.of("cathode of LiCoO2 layers", "porous separator film"),
                        List.of("8507.60"))), List.of("US", "VN"), List.of("Example Battery"), List.of(), List.of()));
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

    static void click(By by) {
        org.ipradar.testing.Browser.clickAndWait(driver, driver.findElement(by));
    }

    static void click(String id) {
        click(By.id(id));
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

    // the export link's answer, fetched with the browser's session cookie
    static HttpResponse<byte[]> follow(String linkId) throws IOException, InterruptedException {
        String href = driver.findElement(By.id(linkId)).getAttribute("href");
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : driver.manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie",
                cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aConsultantCompilesJudgesAndReportsByClicks() throws Exception {
        driver.get(base + "/login");
        Browser.submitSignIn(driver, "zhao");

        driver.get(base + "/firms/" + cells.id());
        assertEquals("风险专利列表与风险预警提示报告", text("#risk-link"));
        click("risk-link");
        assertEquals("风险预警 · 南宁电芯有限公司", text("#heading"));
        assertEquals("还没有风险专利列表。", text("#no-lists"));
        assertEquals("还没有风险预警提示报告。", text("#no-reports"));

        click(By.cssSelector("a.prefill"));
        assertEquals("锂离子电芯", driver.findElement(By.id("product")).getAttribute("value"));
        assertEquals("cathode of LiCoO2 layers\nporous separator film",
                driver.findElement(By.id("features")).getAttribute("value"));
        assertEquals("US VN", driver.findElement(By.id("markets")).getAttribute("value"));
        click("compile-submit");

        assertEquals("锂离子电芯", text("#heading"));
        assertEquals("已生成第 1 版。", text("#notice"));
        assertEquals("第 1 版（共 1 版）", text("#version"));
        assertEquals(List.of("序号", "公开号", "标题", "申请人/专利权人", "法律状态", "预计到期日", "风险等级", "风险说明",
                "匹配的权利要求", "判断", "备注"), texts("#rows th"));
        assertEquals("1", text("#row-0 .rank"));
        assertEquals("US9999001B2", text("#row-0 .number"));
        assertEquals("Example Battery Co., Ltd.", text("#row-0 .assignees"));
        assertTrue(text("#row-0 .claim").startsWith("1. A lithium-ion cell comprising"), text("#row-0 .claim"));
        assertTrue(List.of("高", "中", "低").contains(text("#row-0 .risk")), text("#row-0 .risk"));

        driver.findElement(By.id("r0-yes")).click();
        type("note0", "做侵权比对");
        click("judge-submit");
        assertEquals("已保存为第 2 版。", text("#notice"));
        assertEquals("第 2 版（共 2 版）", text("#version"));
        assertTrue(driver.findElement(By.id("r0-yes")).isSelected());
        assertEquals("做侵权比对", driver.findElement(By.id("note0")).getAttribute("value"));
        assertEquals(List.of("第 2 版", "第 1 版"), texts("#history .version-link"));
        HttpResponse<byte[]> xlsx = follow("export-xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(RiskApi.XLSX, xlsx.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> csv = follow("export-csv");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());

        click("back");
        assertEquals(List.of("锂离子电芯"), texts("#lists-table .list-link"));
        assertEquals("锂离子电芯 (1 · 版本 2)", driver.findElement(By.cssSelector("#draft-list option:checked"))
                .getText());
        type("draft-markets", "VN");
        click("draft-submit");

        assertEquals("风险预警提示报告 2026-11-24", text("#heading"));
        assertEquals("已生成第 1 版。", text("#notice"));
        assertEquals(List.of("一、企业基本情况", "二、目标市场知识产权法律与政策环境", "三、产品侵权风险诊断", "四、应对措施建议"),
                texts(".part-title"));
        assertEquals("本报告依据公开信息编制，仅供参考，不构成法律意见。", text("#report-notice"));
        type("text-diagnosis", "### 结论\n\n**高风险**：US9999001B2 <script>alert(1)</script>");
        click("report-submit");
        assertEquals("已保存为第 2 版。", text("#notice"));
        assertEquals("第 2 版（共 2 版）", text("#version"));
        assertEquals("结论", text("#preview-diagnosis h3"));
        assertEquals("高风险", text("#preview-diagnosis strong"));
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#report script').length"), "markup in a part is sanitised");
        HttpResponse<byte[]> docx = follow("export-docx");
        assertEquals(200, docx.statusCode());
        assertEquals(RiskApi.DOCX, docx.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> pdf = follow("export-pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());

        click("back");
        assertEquals(List.of("风险预警提示报告 2026-11-24"), texts("#reports-table .report-link"));
    }
}
