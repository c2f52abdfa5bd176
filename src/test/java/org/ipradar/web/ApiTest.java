package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTest {
    @TempDir
    static Path dir;

    static Services services;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        services = TestServices.open(dir);
        services.writer().write(TestServices.corpus());
        app = WebApp.create(services).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        services.close();
    }

    record Answer(int status, String contentType, JsonNode body, String raw) {}

    static Answer get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String ct = r.headers().firstValue("Content-Type").orElse("");
        JsonNode body = ct.startsWith("application/json") ? json.readTree(r.body()) : null;
        return new Answer(r.statusCode(), ct, body, r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void searchAnswersTheDocumentedShape() throws Exception {
        Answer a = get("/api/search?q=" + q("商标抢注"));
        assertEquals(200, a.status());
        JsonNode b = a.body();
        assertEquals("商标抢注", b.get("query").asText());
        assertEquals(2, b.get("total").asInt()); // the Chinese case, and through the glossary the English report
        assertEquals(0, b.get("offset").asInt());
        assertEquals(10, b.get("limit").asInt());
        JsonNode hit = b.get("hits").get(0);
        assertEquals("zh1", hit.get("id").asText());
        assertEquals("越南商标抢注案件提醒", hit.get("title").asText());
        assertEquals("https://example.org/zh1", hit.get("url").asText());
        assertEquals("zh-news", hit.get("source").asText());
        assertEquals("zh", hit.get("lang").asText());
        assertEquals("case", hit.get("kind").asText());
        assertEquals("[\"VN\"]", hit.get("countries").toString());
        assertEquals("2026-03-01T08:00:00Z", hit.get("published").asText());
        assertTrue(hit.get("snippet").asText().contains("<mark>"));
        assertEquals(2, b.get("facets").get("country").get("VN").asInt());
        assertEquals(2, b.get("facets").get("year").get("2026").asInt());
        assertEquals(List.of("country", "ipType", "industry", "kind", "lang", "source", "year", "quarter"),
                iterate(b.get("facets").fieldNames()));
        assertEquals(2, b.get("facets").get("quarter").get("2026Q1").asInt());
        JsonNode expansion = b.get("expansions").get(0);
        assertEquals("商标抢注", expansion.get("matched").asText());
        assertEquals("[\"trademark squatting\",\"trade mark squatting\",\"trademark squatter\","
                + "\"bad-faith trademark registration\"]", expansion.get("translations").toString());
        assertEquals("[\"抢注商标\"]", expansion.get("variants").toString());
    }

    static List<String> iterate(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void filtersComposeAndAseanExpands() throws Exception {
        assertEquals(List.of("zh1", "en1"), ids(get("/api/search?country=VN&sort=date").body()));
        assertEquals(5, get("/api/search?country=ASEAN").body().get("total").asInt());
        assertEquals(List.of("zh2"), ids(get("/api/search?kind=case&lang=zh&country=TH").body()));
        assertEquals(List.of("en1", "en2"), ids(get("/api/search?source=en-news&sort=date").body()));
        assertEquals(List.of("zh1", "en1", "zh3"), ids(get("/api/search?from=2026-01-01&to=2026-12-31").body()));
        assertEquals(List.of("zh2"), ids(get("/api/search?to=2025-06-10").body()));
        assertEquals(List.of("en1", "zh3"), ids(get("/api/search?limit=2&offset=1").body()));
    }

    @Test
    void documentAnswersEveryFieldWithText() throws Exception {
        Answer a = get("/api/documents/en2");
        assertEquals(200, a.status());
        assertEquals("Thai customs detain goods in patent infringement case", a.body().get("title").asText());
        assertTrue(a.body().get("text").asText().startsWith("Thailand customs detained"));
        assertEquals("en-news", a.body().get("source").asText());
        assertEquals("2025-11-20T00:00:00Z", a.body().get("published").asText());
        assertEquals("2026-11-01T00:00:00Z", a.body().get("fetched").asText());
    }

    @Test
    void unknownDocumentIsA404InTheErrorShape() throws Exception {
        Answer a = get("/api/documents/nope");
        assertEquals(404, a.status());
        assertEquals("not_found", a.body().get("code").asText());
        assertEquals("no document has the id \"nope\"", a.body().get("message").asText());
    }

    @Test
    void unknownRouteIsA404InTheErrorShape() throws Exception {
        Answer a = get("/api/nothing-here");
        assertEquals(404, a.status());
        assertEquals("not_found", a.body().get("code").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit=0|invalid_limit|limit|limit must be from 1 to 100 (got 0)",
        "limit=101|invalid_limit|limit|limit must be from 1 to 100 (got 101)",
        "limit=ten|invalid_limit|limit|limit must be a whole number from 1 to 100 (got \"ten\")",
        "offset=-1|invalid_offset|offset|offset must be from 0 to 10000 (got -1)",
        "offset=9995|page_too_deep|offset|offset + limit may be at most 10000; narrow the search with filters instead",
        "country=XX|invalid_country|country|country must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO or ASEAN (got \"XX\")",
        "kind=blog|invalid_kind|kind|kind must be one of: news, case, law, guide, bulletin (got \"blog\")",
        "lang=cn|invalid_lang|lang|lang must be an ISO 639-1 code such as zh or en (got \"cn\")",
        "source=nope|unknown_source|source|source must be one of: en-news, zh-news (got \"nope\")",
        "sort=best|invalid_sort|sort|sort must be one of: relevance, date (got \"best\")",
        "from=2025-13-45|invalid_date|from|from must be a date like 2026-03-01 or a date-time like 2026-03-01T08:00:00Z (got \"2025-13-45\")",
        "to=9999999999|invalid_date|to|to must be a date like 2026-03-01 or a date-time like 2026-03-01T08:00:00Z (got \"9999999999\")",
        "from=2026-02-01&to=2026-01-01|invalid_date_range|from|from must not be after to",
        "ipType=brand|invalid_ip_type|ipType|ipType must be one of: patent, design, trademark, copyright, trade_secret, geographical_indication, unfair_competition, customs (got \"brand\")",
        "industry=steel|invalid_industry|industry|industry must be one of: new_materials, high_end_equipment, ai, biomedicine, medical_devices, food, chemicals, electronics, textiles, agriculture, energy, other (got \"steel\")",
        "quarter=2026Q5|invalid_quarter|quarter|quarter must be a year and quarter such as 2026Q1 (got \"2026Q5\")",
        "q=country:XX|invalid_country|q|the filter country:XX in q is not valid: country must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO (got \"XX\")",
        "q=w1+w2+w3+w4+w5+w6+w7+w8+w9+w10+w11+w12+w13+w14+w15+w16+w17+w18+w19+w20+w21+w22+w23+w24+w25+w26+w27+w28+w29+w30+w31+w32+w33|query_too_complex|q|q may have at most 32 words, phrases and filters; make it shorter",
    })
    void badInputIsA400NamingTheParameter(String query, String code, String field, String message) throws Exception {
        Answer a = get("/api/search?" + query);
        assertEquals(400, a.status(), a.raw());
        assertEquals(code, a.body().get("code").asText());
        assertEquals(field, a.body().get("field").asText());
        assertEquals(message, a.body().get("message").asText());
    }

    @Test
    void hostileQueriesNeverCauseA500() throws Exception {
        String[] hostile = {"+-|\"()", "AND AND", "title:", "*", "?ent", "/(a+)+b/", "a~2 b~2", "\u0000",
            "\u202Eabc", "😀😀", "((((((((((a))))))))))", "[a TO", "a^", "\\", "enterpriseId:E2", "q".repeat(1001)};
        for (String h : hostile) {
            Answer a = get("/api/search?q=" + q(h));
            assertTrue(a.status() == 200 || a.status() == 400, h + " gave " + a.status() + ": " + a.raw());
            assertFalse(a.raw().contains("Exception"), "no stack trace for " + h + ": " + a.raw());
            assertTrue(a.body().has(a.status() == 200 ? "hits" : "code"), a.raw());
        }
    }

    @Test
    void sourcesShowsEachConfiguredSourceWithItsState() throws Exception {
        Answer a = get("/api/sources");
        assertEquals(200, a.status());
        JsonNode sources = a.body().get("sources");
        assertEquals(2, sources.size());
        assertEquals("zh-news", sources.get(0).get("id").asText());
        assertEquals("new", sources.get(0).get("status").asText());
        assertEquals(3, sources.get(0).get("documents").asInt());
        assertEquals(0, sources.get(0).get("errorCount").asInt());
    }

    @Test
    void healthReportsUpAndCounts() throws Exception {
        Answer a = get("/health");
        assertEquals(200, a.status());
        assertEquals("up", a.body().get("status").asText());
        assertEquals(5, a.body().get("documents").asInt());
    }
}
