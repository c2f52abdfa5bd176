package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.testing.DeskFixtures;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's and the bulletins' API over HTTP, as scripts use it: real accounts with API tokens. */
class DeskApiTest {
    @TempDir
    Path dir;

    Services services;
    Javalin app;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    String editor;
    String otherEditor;
    String consultant;

    @BeforeEach
    void start() {
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, new MutableClock(Instant.parse("2026-08-10T04:00:00Z")));
        services.writer().write(DeskFixtures.twoQuarters());
        Auth auth = TestAuth.cheap(services);
        TestAuth.add(auth, "li", Role.EDITOR);
        TestAuth.add(auth, "wang", Role.EDITOR);
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        editor = auth.createToken("li", "test", "test").secret();
        otherEditor = auth.createToken("wang", "test", "test").secret();
        consultant = auth.createToken("zhao", "test", "test").secret();
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        services.close();
    }

    record Answer(int status, HttpResponse<byte[]> response, JsonNode body) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        String code() {
            return body.get("code").asText();
        }
    }

    // user is an API token, or null for an anonymous request
    Answer call(String method, String path, String user, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Bearer " + user);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        String ct = r.headers().firstValue("Content-Type").orElse("");
        JsonNode node = ct.startsWith("application/json") ? json.readTree(r.body()) : null;
        return new Answer(r.statusCode(), r, node);
    }

    Answer get(String path, String user) throws Exception {
        return call("GET", path, user, null);
    }

    @Test
    void editorRoutesAnswer401ToAnonymousAnd403ToOtherRoles() throws Exception {
        Answer anon = call("POST", "/api/bulletins", null, "{\"quarter\":\"2026Q3\"}");
        assertEquals(401, anon.status());
        assertEquals("unauthorized", anon.code());
        Answer refused = call("POST", "/api/bulletins", consultant, "{\"quarter\":\"2026Q3\"}");
        assertEquals(403, refused.status());
        assertEquals("forbidden", refused.code());
        for (String path : List.of("/api/bulletins/coverage?year=2026", "/api/desk/documents")) {
            assertEquals(401, get(path, null).status(), path);
            assertEquals(403, get(path, consultant).status(), path);
        }
        assertEquals(200, get("/api/bulletins", null).status());
        assertEquals("{\"bulletins\":[]}", get("/api/bulletins", null).text());
    }

    @Test
    void proposeEditPublishWithdrawOverHttp() throws Exception {
        Answer created = call("POST", "/api/bulletins", editor, "{\"quarter\":\"2026Q3\",\"size\":3}");
        assertEquals(201, created.status(), created.text());
        assertEquals("/api/bulletins/1", created.header("Location"));
        assertEquals("\"1\"", created.header("ETag"));
        JsonNode b = created.body();
        assertEquals(1, b.get("id").asLong());
        assertEquals("2026Q3", b.get("quarter").asText());
        assertEquals("draft", b.get("status").asText());
        assertEquals(3, b.get("items").size());
        JsonNode item = b.get("items").get(0);
        assertEquals("a1", item.get("documentId").asText());
        assertEquals("title a1", item.get("title").asText());
        assertEquals("https://example.org/a1", item.get("url").asText());
        assertEquals("2026-07-10T00:00:00Z", item.get("published").asText());
        assertEquals("text a1", item.get("summary").asText());
        assertTrue(b.get("publishable").asBoolean());
        assertEquals("li", b.get("createdBy").asText());

        assertEquals(404, get("/api/bulletins/1", null).status(), "a draft is not public");
        assertEquals(200, get("/api/bulletins/1", editor).status());
        assertEquals(404, get("/api/bulletins/abc", editor).status());

        Answer noVersion = call("PUT", "/api/bulletins/1", editor, "{\"title\":\"新标题\"}");
        assertEquals(400, noVersion.status());
        assertEquals("version_required", noVersion.code());
        Answer massAssign = call("PUT", "/api/bulletins/1", editor, "{\"version\":1,\"status\":\"published\"}");
        assertEquals(400, massAssign.status());
        assertEquals("unknown_field", massAssign.code());
        assertEquals("status", massAssign.body().get("field").asText());
        Answer malformed = call("PUT", "/api/bulletins/1", editor, "{\"version\":1,");
        assertEquals(400, malformed.status());
        assertEquals("invalid_json", malformed.code());
        assertFalse(malformed.text().contains("Exception"), malformed.text());

        Answer saved = call("PUT", "/api/bulletins/1", editor, "{\"title\":\"2026年第三季度简报\",\"items\":["
                + "{\"documentId\":\"a3\"},{\"documentId\":\"a1\",\"summary\":\"改写的摘要\"}]}", "If-Match", "\"1\"");
        assertEquals(200, saved.status(), saved.text());
        assertEquals(2, saved.body().get("version").asLong());
        assertEquals("\"2\"", saved.header("ETag"));
        assertEquals("a3", saved.body().get("items").get(0).get("documentId").asText());
        assertEquals("改写的摘要", saved.body().get("items").get(1).get("summary").asText());
        Answer stale = call("PUT", "/api/bulletins/1", editor, "{\"title\":\"晚到的保存\"}", "If-Match", "\"1\"");
        assertEquals(409, stale.status());
        assertEquals("stale", stale.code());
        assertEquals(2, stale.body().get("currentVersion").asLong());
        assertEquals("2026年第三季度简报", get("/api/bulletins/1", editor).body().get("title").asText());

        Answer published = call("POST", "/api/bulletins/1/publish", editor, null, "If-Match", "2");
        assertEquals(200, published.status(), published.text());
        assertEquals("published", published.body().get("status").asText());
        Answer publicView = get("/api/bulletins/1", null);
        assertEquals(200, publicView.status());
        assertFalse(publicView.body().has("createdBy"), "editors' names are not public");
        assertFalse(publicView.body().has("problems"));
        assertEquals(1, get("/api/bulletins", null).body().get("bulletins").size());
        assertEquals("bulletin-1", get("/api/search?q=" + java.net.URLEncoder.encode("2026年第三季度简报",
                StandardCharsets.UTF_8), null).body().get("hits").get(0).get("id").asText());

        SyndFeed feed = new SyndFeedInput().build(new StringReader(get("/bulletins.atom", null).text()));
        assertEquals(1, feed.getEntries().size());
        assertEquals("2026年第三季度简报", feed.getEntries().getFirst().getTitle());
        assertEquals("http://127.0.0.1:" + app.port() + "/bulletins/1", feed.getEntries().getFirst().getLink());

        Answer withdrawn = call("POST", "/api/bulletins/1/withdraw", editor, "{\"version\":3}");
        assertEquals(200, withdrawn.status(), withdrawn.text());
        assertEquals(404, get("/api/bulletins/1", null).status());
        assertEquals(404, get("/api/bulletins/1/export?format=pdf", null).status());
        assertEquals(0, new SyndFeedInput().build(new StringReader(get("/bulletins.atom", null).text()))
                .getEntries().size());
    }

    @Test
    void aQuarterWithTooFewDocumentsSaysWhyItCannotBePublished() throws Exception {
        Answer created = call("POST", "/api/bulletins", editor, "{\"quarter\":\"2026Q1\"}");
        assertEquals(201, created.status());
        assertFalse(created.body().get("publishable").asBoolean());
        assertEquals("too_few_items", created.body().get("problems").get(0).get("code").asText());
        assertEquals("few_candidates", created.body().get("problems").get(1).get("code").asText());
        Answer refused = call("POST", "/api/bulletins/1/publish", editor, null);
        assertEquals(409, refused.status());
        assertEquals("too_few_items", refused.code());
        assertEquals("一期简报至少需要 2 篇文章才能发布，本期只有 1 篇。 A bulletin needs at least 2 articles to be published;"
                + " this one has 1.", refused.body().get("message").asText());
        Answer bad = call("POST", "/api/bulletins", editor, "{\"quarter\":\"2026Q5\"}");
        assertEquals(400, bad.status());
        assertEquals("invalid_quarter", bad.code());
        assertEquals("quarter", bad.body().get("field").asText());
    }

    @Test
    void exportsAreNamedByTheServerAndReadBack() throws Exception {
        call("POST", "/api/bulletins", editor, "{\"quarter\":\"2026Q3\",\"size\":2}");
        call("POST", "/api/bulletins/1/publish", editor, null);
        Answer docx = get("/api/bulletins/1/export?format=docx", null);
        assertEquals(200, docx.status());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.header("Content-Type"));
        assertEquals("attachment; filename=\"ipradar-bulletin-2026Q3-1.docx\"; filename*=UTF-8''%E6%B5%B7%E5%A4%96%E7%9F"
                + "%A5%E8%AF%86%E4%BA%A7%E6%9D%83%E4%BF%A1%E6%81%AF%E5%AD%A3%E5%BA%A6%E7%AE%80%E6%8A%A5-2026Q3-1.docx",
                docx.header("Content-Disposition"));
        assertEquals("nosniff", docx.header("X-Content-Type-Options"));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.response().body()));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            String text = x.getText();
            assertTrue(text.strip().startsWith("海外知识产权信息季度简报\n\n2026年第三季度\n"), text);
            assertTrue(text.contains("1. title a1\n来源：src ｜ 发布日期：2026-07-10 ｜ 国家/地区：越南 ｜ 类型：案例 ｜ 知识产权：商标\n"
                    + "text a1\n原文链接：https://example.org/a1"), text);
        }
        Answer pdf = get("/api/bulletins/1/export?format=pdf", null);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        try (PDDocument d = Loader.loadPDF(pdf.response().body())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("2. title a3"), text);
        }
        Answer bad = get("/api/bulletins/1/export?format=xls", null);
        assertEquals(400, bad.status());
        assertEquals("format must be one of: docx, pdf (got \"xls\")", bad.body().get("message").asText());
    }

    @Test
    void coverageOverHttp() throws Exception {
        Answer c = get("/api/bulletins/coverage?year=2026", editor);
        assertEquals(200, c.status(), c.text());
        assertEquals("2026-08-10", c.body().get("today").asText());
        JsonNode q3 = c.body().get("quarters").get(2);
        assertEquals("{\"quarter\":\"2026Q3\",\"firstDay\":\"2026-07-01\",\"lastDay\":\"2026-09-30\",\"state\":\"current\","
                + "\"daysLeft\":52,\"bulletins\":0,\"drafts\":0,\"articles\":0,\"candidates\":9,\"flags\":[\"below_minimum\"]}",
                q3.toString());
        assertEquals("invalid_year", get("/api/bulletins/coverage?year=20x6", editor).code());
    }

    @Test
    void deskDocumentsOverHttp() throws Exception {
        Answer created = call("POST", "/api/desk/documents", editor, """
                {"kind":"case","title":"新加坡商标侵权案","lang":"zh","format":"markdown","body":"某企业胜诉。",
                 "countries":["SG"],"ipTypes":["trademark"],
                 "caseRecord":{"forum":"court","forumName":"Singapore High Court","parties":[{"role":"plaintiff","name":"甲公司"}],
                   "cause":"商标侵权","decided":"2026-05-20","outcome":"侵权成立",
                   "money":{"kind":"damages","amount":120000,"currency":"SGD"},"lessons":"先注册","sources":[]}}""");
        assertEquals(201, created.status(), created.text());
        String id = created.body().get("id").asText();
        assertEquals("/api/desk/documents/" + id, created.header("Location"));
        assertEquals("2026-05-20", created.body().get("caseRecord").get("decided").asText());
        Answer authorSpoof = call("PUT", "/api/desk/documents/" + id, editor, "{\"version\":1,\"author\":\"wang\"}");
        assertEquals("unknown_field", authorSpoof.code());
        Answer stale = call("PUT", "/api/desk/documents/" + id, editor, "{\"version\":0,\"kind\":\"guide\",\"title\":\"x\","
                + "\"lang\":\"zh\",\"body\":\"y\"}");
        assertEquals(409, stale.status());
        assertEquals(1, stale.body().get("currentVersion").asLong());
        Answer other = call("POST", "/api/desk/documents/" + id + "/publish", otherEditor, null);
        assertEquals(403, other.status());
        assertEquals("not_author", other.code());
        assertEquals(200, call("POST", "/api/desk/documents/" + id + "/publish", editor, null).status());
        assertEquals(200, get("/api/documents/" + id, null).status());
        assertEquals("desk", get("/api/documents/" + id, null).body().get("source").asText());
        assertEquals(200, call("POST", "/api/desk/documents/" + id + "/withdraw", editor, null).status());
        assertEquals(404, get("/api/documents/" + id, null).status());
        assertEquals(1, get("/api/desk/documents?status=withdrawn", editor).body().get("documents").size());
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoAndFromWhere() throws Exception {
        call("POST", "/api/bulletins", editor, "{\"quarter\":\"2026Q3\",\"size\":2}");
        call("PUT", "/api/bulletins/1", editor, "{\"version\":1,\"title\":\"三季度简报\"}");
        call("POST", "/api/bulletins/1/publish", editor, null);
        call("POST", "/api/bulletins/1/withdraw", editor, null);
        assertEquals(409, call("PUT", "/api/bulletins/1", editor, "{\"version\":1,\"title\":\"x\"}").status());
        List<String> log = services.audit().list(new org.ipradar.store.AuditStore.Query(null, null, 50, 0)).entries().stream()
                .filter(e -> e.objectType().equals("bulletin"))
                .map(e -> e.actor() + " " + e.action() + " " + e.objectId() + " " + e.summary() + " " + e.result() + " "
                        + e.address()).toList();
        assertEquals(List.of(
                "li bulletin_withdrawn 1 2026Q3 \"三季度简报\" version 4, 2 articles (withdrawn) ok 127.0.0.1",
                "li bulletin_published 1 2026Q3 \"三季度简报\" version 3, 2 articles (published) ok 127.0.0.1",
                "li bulletin_saved 1 2026Q3 \"三季度简报\" version 2, 2 articles (draft) ok 127.0.0.1",
                "li bulletin_created 1 2026Q3 \"海外知识产权信息季度简报（2026年第三季度）\" version 1, 2 articles (draft) ok"
                        + " 127.0.0.1"), log, "newest first; the refused stale save changed nothing and left no entry");
    }
}
