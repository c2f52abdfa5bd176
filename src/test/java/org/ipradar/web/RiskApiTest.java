package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseDraft;
import org.ipradar.enterprise.Product;
import org.ipradar.patent.read.PatentFiles;
import org.ipradar.testing.Firms;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The risk desk's API over HTTP with the fixture patents: a consultant compiles, judges and exports a list, drafts,
 * edits and exports a report; another consultant gets, on every route and parameter, the very 404 an unknown id gets.
 */
class RiskApiTest {
    static final String JSON = "application/json";
    static final String COMPILE = "{\"product\": \"锂离子电芯\", \"description\": \"A lithium-ion cell whose cathode has"
            + " LiCoO2 layers and a porous separator film between them\", \"features\": [\"cathode of LiCoO2 layers\","
            + " \"porous separator film\"], \"markets\": [\"US\", \"VN\"], \"ipc\": [], \"includeExpired\": false}";

    @TempDir
    Path dir;

    Services services;
    Javalin app;
    Http http;
    String zhao;
    String qian;
    String li;
    Enterprise cells;
    Enterprise other;

    @BeforeEach
    void start() throws Exception {
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, new MutableClock(Instant.parse(
                        "2026-11-24T04:00:00Z")));
        Auth auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        TestAuth.add(auth, "qian", Role.CONSULTANT);
        TestAuth.add(auth, "li", Role.EDITOR);
        zhao = auth.createToken("zhao", "test", "test").secret();
        qian = auth.createToken("qian", "test", "test").secret();
        li = auth.createToken("li", "test", "test").secret();
        services.patents().importer().apply(PatentFiles.read(Path.of("src/test/resources/fixtures/patents",
                "uspto-bulk.xml")), (d, t) -> {});
        cells = services.enterprises().create(Firms.consultant("zhao"), new EnterpriseDraft("南宁电芯有限公司", "energy",
                List.of(new Product(null, "锂离子电芯", "A lithium-ion cell with a layered cathode",
                        List.of("cathode of LiCoO2 layers", "porous separator film"), List.of("8507.60"))),
                List.of("US", "VN"), List.of("Example Battery"), List.of(), List.of()));
        other = services.enterprises().create(Firms.consultant("qian"), Firms.minimal("另一家", "food"));
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
        services.close();
    }

    private Http.Answer call(String token, String method, String path, String json) {
        Http.Call c = http.call(method, path);
        if (token != null) {
            c.bearer(token);
        }
        if (json != null) {
            c.body(JSON, json);
        }
        return c.send();
    }

    private HttpResponse<byte[]> download(String token, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long compiled() {
        Http.Answer a = call(zhao, "POST", "/api/enterprises/" + cells.id() + "/risk-lists", COMPILE);
        assertEquals(201, a.status(), a.body());
        return a.json().get("id").asLong();
    }

    @Test
    void aListIsCompiledJudgedInVersionsAndExported() throws Exception {
        Http.Answer created = call(zhao, "POST", "/api/enterprises/" + cells.id() + "/risk-lists", COMPILE);
        assertEquals(201, created.status(), created.body());
        assertEquals("no-store", created.header("Cache-Control"));
        JsonNode list = created.json();
        long id = list.get("id").asLong();
        assertEquals("/api/risk-lists/" + id, created.header("Location"));
        assertEquals(1, list.get("version").asInt());
        assertEquals("锂离子电芯", list.get("title").asText());
        JsonNode top = list.get("rows").get(0);
        assertEquals(1, top.get("rank").asInt());
        assertEquals("US9999001B2", top.get("number").asText());
        assertEquals("US", top.get("jurisdiction").asText());
        assertEquals("Example Battery Co., Ltd.", top.get("assignees").get(0).asText());
        assertTrue(top.get("matchedClaim").asText().startsWith("1. A lithium-ion cell comprising"), top.toString());
        assertTrue(List.of("high", "medium", "low").contains(top.get("risk").asText()), top.toString());
        assertTrue(top.get("relevant").isNull());
        assertEquals("", top.get("note").asText());
        for (String field : List.of("title", "status", "expiry", "expiryEstimated", "reason")) {
            assertTrue(top.has(field), field + " in " + top);
        }

        Http.Answer judged = call(zhao, "PUT", "/api/risk-lists/" + id, "{\"version\": 1, \"rows\": [{\"number\":"
                + " \"US9999001B2\", \"relevant\": true, \"note\": \"做侵权比对\"}]}");
        assertEquals(200, judged.status(), judged.body());
        assertEquals(2, judged.json().get("version").asInt());
        assertEquals(true, judged.json().get("rows").get(0).get("relevant").asBoolean());
        assertEquals("做侵权比对", judged.json().get("rows").get(0).get("note").asText());
        Http.Answer stale = call(zhao, "PUT", "/api/risk-lists/" + id, "{\"version\": 1, \"rows\": []}");
        assertEquals(409, stale.status());
        assertEquals("stale", stale.json().get("code").asText());
        assertEquals(2, stale.json().get("currentVersion").asInt());

        Http.Answer v1 = call(zhao, "GET", "/api/risk-lists/" + id + "?version=1", null);
        assertEquals(1, v1.json().get("version").asInt());
        assertEquals(2, v1.json().get("latestVersion").asInt());
        assertTrue(v1.json().get("rows").get(0).get("relevant").isNull());
        assertEquals("no-store", v1.header("Cache-Control"));
        Http.Answer lists = call(zhao, "GET", "/api/enterprises/" + cells.id() + "/risk-lists", null);
        assertEquals(id, lists.json().get("riskLists").get(0).get("id").asLong());
        assertEquals(2, lists.json().get("riskLists").get(0).get("version").asInt());

        HttpResponse<byte[]> xlsx = download(zhao, "/api/risk-lists/" + id + "/export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(RiskApi.XLSX, xlsx.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"risk-list-" + id + ".xlsx\"; filename*=UTF-8''"
                + "%E9%A3%8E%E9%99%A9%E4%B8%93%E5%88%A9%E5%88%97%E8%A1%A8-" + id + ".xlsx",
                xlsx.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", xlsx.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", xlsx.headers().firstValue("X-Content-Type-Options").orElseThrow());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("US9999001B2", book.getSheet("风险专利列表").getRow(1).getCell(1).getStringCellValue());
            assertEquals("相关", book.getSheet("风险专利列表").getRow(1).getCell(11).getStringCellValue());
        }
        HttpResponse<byte[]> csv = download(zhao, "/api/risk-lists/" + id + "/export?format=csv&version=1");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().endsWith("-" + id + "-v1.csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("US9999001B2"), text);
        assertTrue(text.contains("公开号"), text);
    }

    @Test
    void aReportIsDraftedEditedAndExported() throws Exception {
        long list = compiled();
        Http.Answer created = call(zhao, "POST", "/api/enterprises/" + cells.id() + "/reports",
                "{\"markets\": [\"VN\"], \"riskListId\": " + list + "}");
        assertEquals(201, created.status(), created.body());
        JsonNode r = created.json();
        long id = r.get("id").asLong();
        assertEquals(List.of("profile", "environment", "diagnosis", "countermeasures"), keys(r.get("parts")));
        assertEquals(list, r.get("riskListId").asLong());
        assertEquals("VN", r.get("markets").get(0).asText());

        Http.Answer saved = call(zhao, "PUT", "/api/reports/" + id, "{\"version\": 1, \"parts\": {\"diagnosis\":"
                + " \"经比对，**US9999001B2** 风险较高。\"}}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(2, saved.json().get("version").asInt());
        assertEquals("经比对，**US9999001B2** 风险较高。", saved.json().get("parts").get(2).get("text").asText());
        assertEquals(r.get("parts").get(0).get("text").asText(), saved.json().get("parts").get(0).get("text")
                .asText(), "parts not given stay");
        assertEquals(400, call(zhao, "PUT", "/api/reports/" + id, "{\"version\": 2, \"parts\": {\"summary\": \"x\"}}")
                .status());
        assertEquals(id, call(zhao, "GET", "/api/enterprises/" + cells.id() + "/reports", null).json()
                .get("reports").get(0).get("id").asLong());

        HttpResponse<byte[]> docx = download(zhao, "/api/reports/" + id + "/export?format=docx");
        assertEquals(200, docx.statusCode());
        assertEquals(RiskApi.DOCX, docx.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"report-" + id + ".docx\"; filename*=UTF-8''"
                + "%E9%A3%8E%E9%99%A9%E9%A2%84%E8%AD%A6%E6%8F%90%E7%A4%BA%E6%8A%A5%E5%91%8A-" + id + ".docx",
                docx.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", docx.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", docx.headers().firstValue("X-Content-Type-Options").orElseThrow());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("南宁电芯有限公司"), paragraphs.toString());
            assertTrue(paragraphs.stream().anyMatch(p -> p.contains("US9999001B2 风险较高")), paragraphs.toString());
        }
        HttpResponse<byte[]> pdf = download(zhao, "/api/reports/" + id + "/export?format=pdf&version=1");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1));
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElseThrow());
    }

    private static List<String> keys(JsonNode parts) {
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add(p.get("key").asText()));
        return out;
    }

    @Test
    void badInputIs400NamingTheField() {
        long id = compiled();
        String firm = "/api/enterprises/" + cells.id() + "/risk-lists";
        assertField(call(zhao, "POST", firm, "{\"description\": "), "body");
        assertField(call(zhao, "POST", firm, "{\"features\": \"one\"}"), "features");
        assertField(call(zhao, "POST", firm, "{\"description\": \"x\", \"secret\": 1}"), "secret");
        assertField(call(zhao, "POST", firm, "{\"description\": \"x\", \"markets\": [\"XX\"]}"), "markets");
        assertField(call(zhao, "POST", firm, "{\"features\": []}"), "description");
        assertField(call(zhao, "GET", "/api/risk-lists/abc", null), "id");
        assertField(call(zhao, "GET", "/api/risk-lists/" + id + "?version=0", null), "version");
        assertField(call(zhao, "GET", "/api/risk-lists/" + id + "/export?format=pdf", null), "format");
        assertField(call(zhao, "GET", "/api/risk-lists/" + id + "/export", null), "format");
        assertField(call(zhao, "PUT", "/api/risk-lists/" + id, "{\"rows\": []}"), "version");
        assertField(call(zhao, "PUT", "/api/risk-lists/" + id, "{\"version\": \"one\"}"), "version");
        assertField(call(zhao, "PUT", "/api/risk-lists/" + id, "{\"version\": 1, \"rows\": [{\"number\": \"US1\"}]}"),
                "rows");
        assertField(call(zhao, "POST", "/api/enterprises/" + cells.id() + "/reports", "{\"riskListId\": \"x\"}"),
                "riskListId");
        assertField(call(zhao, "POST", "/api/enterprises/" + cells.id() + "/reports", "{\"riskListId\": -3}"),
                "riskListId");
    }

    private static void assertField(Http.Answer a, String field) {
        assertEquals(400, a.status(), a.body());
        assertEquals(field, a.json().get("field").asText(), a.body());
        assertEquals("no-store", a.header("Cache-Control"), a.body());
    }

    @Test
    void anotherConsultantGetsTheUnknownIdsAnswerOnEveryRouteAndParameter() {
        long list = compiled();
        long report = call(zhao, "POST", "/api/enterprises/" + cells.id() + "/reports", "{\"riskListId\": " + list
                + "}").json().get("id").asLong();
        String unknownFirm = "ent-0123456789abcdef";
        long unknown = 987654;
        // FIRM, LIST and REPORT stand for the ids tried
        List<String[]> attempts = List.of(
                new String[] {"GET", "/api/enterprises/FIRM/risk-lists", null},
                new String[] {"HEAD", "/api/enterprises/FIRM/risk-lists", null},
                new String[] {"POST", "/api/enterprises/FIRM/risk-lists", COMPILE},
                new String[] {"POST", "/api/enterprises/FIRM/risk-lists", "{\"bad"},
                new String[] {"GET", "/api/enterprises/FIRM/reports", null},
                new String[] {"POST", "/api/enterprises/FIRM/reports", "{\"markets\": [\"VN\"]}"},
                new String[] {"GET", "/api/risk-lists/LIST", null},
                new String[] {"HEAD", "/api/risk-lists/LIST", null},
                new String[] {"GET", "/api/risk-lists/LIST?version=1", null},
                new String[] {"GET", "/api/risk-lists/LIST?version=7", null},
                new String[] {"PUT", "/api/risk-lists/LIST", "{\"version\": 1, \"rows\": []}"},
                new String[] {"PUT", "/api/risk-lists/LIST", "{\"bad"},
                new String[] {"GET", "/api/risk-lists/LIST/export?format=xlsx", null},
                new String[] {"GET", "/api/risk-lists/LIST/export?format=csv&version=1", null},
                new String[] {"GET", "/api/reports/REPORT", null},
                new String[] {"GET", "/api/reports/REPORT?version=1", null},
                new String[] {"PUT", "/api/reports/REPORT", "{\"version\": 1, \"parts\": {\"diagnosis\": \"x\"}}"},
                new String[] {"GET", "/api/reports/REPORT/export?format=docx", null},
                new String[] {"GET", "/api/reports/REPORT/export?format=pdf", null});
        for (String[] a : attempts) {
            Http.Answer hidden = call(qian, a[0], fill(a[1], cells.id(), list, report), a[2]);
            Http.Answer absent = call(qian, a[0], fill(a[1], unknownFirm, unknown, unknown), a[2]);
            String what = String.join(" ", a[0], a[1], String.valueOf(a[2]));
            assertEquals(404, hidden.status(), what);
            assertEquals(absent.status(), hidden.status(), what);
            assertEquals(absent.body(), hidden.body(), what);
            assertEquals("no-store", hidden.header("Cache-Control"), what);
            assertEquals(401, call(null, a[0], fill(a[1], cells.id(), list, report), a[2]).status(), what);
            assertEquals(403, call(li, a[0], fill(a[1], cells.id(), list, report), a[2]).status(), what);
        }
        // zhao's list as the basis of a report of qian's own firm: as unknown as a missing list
        Http.Answer foreign = call(qian, "POST", "/api/enterprises/" + other.id() + "/reports",
                "{\"riskListId\": " + list + "}");
        Http.Answer missing = call(qian, "POST", "/api/enterprises/" + other.id() + "/reports",
                "{\"riskListId\": " + unknown + "}");
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals(missing.body(), foreign.body());
        // pages: the same 404 page, but for the address it names
        for (String page : List.of("/firms/FIRM/risk", "/risk-lists/LIST", "/risk-lists/LIST?version=1",
                "/reports/REPORT")) {
            Http.Answer hidden = call(qian, "GET", fill(page, cells.id(), list, report), null);
            Http.Answer absent = call(qian, "GET", fill(page, unknownFirm, unknown, unknown), null);
            assertEquals(404, hidden.status(), page);
            assertEquals(absent.body(), hidden.body().replace(cells.id(), unknownFirm).replace("/" + list, "/"
                    + unknown).replace("/" + report, "/" + unknown), page);
        }
        for (String[] post : List.of(new String[] {"/firms/FIRM/risk-lists", "description=x"},
                new String[] {"/firms/FIRM/reports", "markets=VN"}, new String[] {"/risk-lists/LIST", "version=1"},
                new String[] {"/reports/REPORT", "version=1&part.diagnosis=x"})) {
            Http.Answer hidden = http.call("POST", fill(post[0], cells.id(), list, report)).bearer(qian)
                    .body("application/x-www-form-urlencoded", post[1]).send();
            assertEquals(404, hidden.status(), post[0]);
        }
        // nothing changed
        assertEquals(1, call(zhao, "GET", "/api/risk-lists/" + list, null).json().get("latestVersion").asInt());
        assertEquals(1, call(zhao, "GET", "/api/reports/" + report, null).json().get("latestVersion").asInt());
        assertEquals(1, call(zhao, "GET", "/api/enterprises/" + cells.id() + "/risk-lists", null).json()
                .get("riskLists").size());
        assertNotEquals(0, list);
    }

    private static String fill(String template, String firm, long list, long report) {
        return template.replace("FIRM", firm).replace("LIST", String.valueOf(list)).replace("REPORT",
                String.valueOf(report));
    }
}
