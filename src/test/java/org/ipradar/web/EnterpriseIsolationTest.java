package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseNotFound;
import org.ipradar.testing.Firms;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consultant A (zhao) and consultant B (qian) each have a firm. For A, B's firm does not exist: every route and every
 * parameter answers 404 with the very body an unknown id gets, changes nothing, and leaves one audit entry; B sees it;
 * an admin gets 403 {@code admin_no_content} on every route to its content (404 for an unknown id) but assigns
 * consultants to it; editors get 403 and anonymous visitors 401.
 */
class EnterpriseIsolationTest {
    static final String UNKNOWN = "ent-0123456789abcdef";
    static final String SECRET = "Obsidianwave";

    @TempDir
    Path dir;

    Services services;
    Auth auth;
    Javalin app;
    Http http;
    String zhaoToken;
    String qianToken;
    String rootToken;
    String liToken;
    Enterprise a;
    Enterprise b;

    @BeforeEach
    void start() {
        services = Services.open(TestServices.settings(dir), List.of(TestServices.source("src",
                URI.create("http://127.0.0.1:9/x.xml"))), n -> {}, new MutableClock(Instant.parse(
                        "2026-08-10T04:00:00Z")));
        auth = TestAuth.cheap(services, TestAuth.unlimited(), org.ipradar.auth.AuthSettings.defaults());
        TestAuth.add(auth, "zhao", Role.CONSULTANT);
        TestAuth.add(auth, "qian", Role.CONSULTANT);
        TestAuth.add(auth, "root", Role.ADMIN);
        TestAuth.add(auth, "li", Role.EDITOR);
        zhaoToken = auth.createToken("zhao", "test", "test").secret();
        qianToken = auth.createToken("qian", "test", "test").secret();
        rootToken = auth.createToken("root", "test", "test").secret();
        liToken = auth.createToken("li", "test", "test").secret();
        a = services.enterprises().create(Firms.consultant("zhao"), Firms.graphene("A 公司"));
        b = services.enterprises().create(Firms.consultant("qian"), Firms.graphene(SECRET + " 公司"));
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
        services.close();
    }

    /**
     * One request a consultant could send about a firm, as a template: {@code ID} in the path, body and headers
     * stands for the firm's id.
     *
     * @param method the HTTP method
     * @param path the path with {@code ID}
     * @param contentType the body's type, or null for none
     * @param body the body
     * @param action the audit action a refusal is recorded under
     * @param headers more headers, name and value in turn
     */
    record Attempt(String method, String path, String contentType, String body, String action, String... headers) {
        boolean page() {
            return !path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path + (body.isEmpty() ? "" : " " + body) + (headers.length == 0 ? ""
                    : " " + Arrays.toString(headers));
        }
    }

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String PROFILE = "{\"version\": 1, \"name\": \"taken\", \"industry\": \"ai\"}";

    static final List<Attempt> ATTEMPTS = List.of(
            new Attempt("GET", "/api/enterprises/ID", null, "", "enterprise_read"),
            new Attempt("GET", "/api/enterprises/ID?version=1&ui=en&enterpriseId=ID", null, "", "enterprise_read"),
            new Attempt("HEAD", "/api/enterprises/ID", null, "", "enterprise_read"),
            new Attempt("GET", "/api/enterprises/ID/", null, "", "enterprise_read"),
            new Attempt("PUT", "/api/enterprises/ID", JSON, PROFILE, "enterprise_saved"),
            new Attempt("PUT", "/api/enterprises/ID", JSON, PROFILE.replace("\"version\": 1, ", ""),
                    "enterprise_saved", "If-Match", "\"1\""),
            new Attempt("PUT", "/api/enterprises/ID", JSON, "{\"name\": ", "enterprise_saved"),
            new Attempt("PUT", "/api/enterprises/ID", JSON, "{\"consultants\": [\"zhao\"]}", "enterprise_saved"),
            new Attempt("PUT", "/api/enterprises/ID", JSON, PROFILE, "enterprise_saved", "If-Match", "garbage"),
            new Attempt("POST", "/api/enterprises/ID/consultants", JSON, "{\"user\": \"zhao\"}",
                    "consultant_assigned"),
            new Attempt("POST", "/api/enterprises/ID/consultants", JSON, "{\"user\": 5", "consultant_assigned"),
            new Attempt("DELETE", "/api/enterprises/ID/consultants?user=qian", null, "", "consultant_unassigned"),
            new Attempt("DELETE", "/api/enterprises/ID/consultants", JSON, "{\"user\": \"qian\"}",
                    "consultant_unassigned"),
            new Attempt("GET", "/api/enterprises/ID/service-record", null, "", "service_record_read"),
            new Attempt("GET", "/api/enterprises/ID/service-record?enterpriseId=ID", null, "",
                    "service_record_read"),
            new Attempt("HEAD", "/api/enterprises/ID/service-record", null, "", "service_record_read"),
            new Attempt("POST", "/api/enterprises/ID/service-record", JSON,
                    "{\"type\": \"consultation\", \"text\": \"planted\"}", "service_entry_added"),
            new Attempt("POST", "/api/enterprises/ID/service-record", JSON, "{\"type\": \"bogus\"}",
                    "service_entry_added"),
            new Attempt("GET", "/firms/ID", null, "", "enterprise_read"),
            new Attempt("GET", "/firms/ID?ui=en&done=saved", null, "", "enterprise_read"),
            new Attempt("HEAD", "/firms/ID", null, "", "enterprise_read"),
            new Attempt("POST", "/firms/ID", FORM, "version=1&name=taken&industry=ai&products=0", "enterprise_saved"),
            new Attempt("POST", "/firms/ID", FORM, "version=x&name=&industry=", "enterprise_saved"),
            new Attempt("POST", "/firms/ID/service-record", FORM, "type=consultation&date=2026-08-01&text=planted",
                    "service_entry_added"),
            new Attempt("POST", "/firms/ID/consultants", FORM, "user=zhao&action=assign", "consultant_assigned"));

    // The first attempt with this method and path: the plain, well-formed one.
    static Attempt at(String method, String path) {
        return ATTEMPTS.stream().filter(t -> t.method().equals(method) && t.path().equals(path)).findFirst()
                .orElseThrow();
    }

    Http.Answer send(Attempt t, String id, String session, String token) {
        Http.Call c = http.call(t.method(), t.path().replace("ID", id)).session(session);
        if (token != null) {
            c.bearer(token);
        }
        if (t.contentType() != null) {
            String body = t.body().replace("ID", id);
            c.body(t.contentType(), t.contentType().equals(FORM) && session != null
                    ? body + "&_csrf=" + Auth.csrfToken(session) : body);
        }
        for (int i = 0; i < t.headers().length; i += 2) {
            c.header(t.headers()[i], t.headers()[i + 1]);
        }
        return c.send();
    }

    // An API attempt goes with A's token, a page attempt with A's session (and its CSRF token).
    Http.Answer asZhao(Attempt t, String id, String session) {
        return t.page() ? send(t, id, session, null) : send(t, id, null, zhaoToken);
    }

    @Test
    void everyRouteAndParameterOfAnotherConsultantsFirmIs404LikeAnUnknownId() {
        String session = http.login("zhao", TestAuth.PASSWORD);
        List<String> auditBefore = Firms.auditLines(services.audit());
        List<String> expectedAudit = new ArrayList<>(auditBefore);
        for (Attempt t : ATTEMPTS) {
            Http.Answer hidden = asZhao(t, b.id(), session);
            Http.Answer unknown = asZhao(t, UNKNOWN, session);
            assertEquals(404, hidden.status(), t.toString());
            assertEquals(404, unknown.status(), t.toString());
            assertEquals(unknown.body().replace(UNKNOWN, "ID"), hidden.body().replace(b.id(), "ID"), t.toString());
            assertEquals(unknown.header("Content-Type"), hidden.header("Content-Type"), t.toString());
            assertEquals("no-store", hidden.header("Cache-Control"), t.toString());
            assertNull(hidden.header("ETag"), t.toString());
            assertFalse(hidden.body().contains(SECRET), t.toString());
            if (!t.method().equals("HEAD")) {
                if (t.page()) {
                    assertEquals(t.path().contains("ui=en") ? "No such firm, or it is not assigned to you."
                            : "没有这个企业档案，或者它没有分配给您。", message(hidden), t.toString());
                } else {
                    assertEquals("{\"code\":\"not_found\",\"message\":\"" + EnterpriseNotFound.MESSAGE + "\"}",
                            hidden.body(), t.toString());
                }
            }
            expectedAudit.add("zhao " + t.action() + " " + b.id() + " denied 127.0.0.1 | refused: not assigned to"
                    + " this user");
            expectedAudit.add("zhao " + t.action() + " " + UNKNOWN + " denied 127.0.0.1 | refused: no such firm");
        }
        assertEquals(expectedAudit, Firms.auditLines(services.audit()), "one refusal entry per attempt");

        // nothing of B's firm changed, and A's list never shows it, whatever the parameters
        Enterprise now = services.enterprises().get(Firms.consultant("qian"), b.id());
        assertEquals(b, now);
        assertEquals(List.of(), services.enterprises().serviceRecord(Firms.consultant("qian"), b.id()));
        for (String q : List.of("", "?id=" + b.id(), "?user=qian", "?all=1", "?consultant=qian&enterpriseId="
                + b.id())) {
            Http.Answer list = send(new Attempt("GET", "/api/enterprises" + q, null, "", ""), "", null, zhaoToken);
            assertEquals(200, list.status());
            assertTrue(list.body().contains(a.id()) && !list.body().contains(b.id())
                    && !list.body().contains(SECRET), q + " " + list.body());
        }
        Http.Answer page = send(new Attempt("GET", "/firms?id=" + b.id(), null, "", ""), "", session, null);
        assertTrue(page.body().contains("id=\"firm-" + a.id()) && !page.body().contains("id=\"firm-" + b.id())
                && !page.body().contains(SECRET), page.body());
    }

    static final String ADMIN_NO_CONTENT = "admins assign consultants to firms but do not see or change a firm's"
            + " confidential content (profile, service record, risk-patent lists, reports); only the consultants"
            + " assigned to it do";

    // Attempts on a firm's content, as against those that change who is assigned to it.
    static boolean assignment(Attempt t) {
        return t.path().contains("/consultants");
    }

    @Test
    void anAdminGets403OnEveryContentRouteOfAnExistingFirmAnd404OnAnUnknownId() {
        String session = http.login("root", TestAuth.PASSWORD);
        List<String> expectedAudit = new ArrayList<>(Firms.auditLines(services.audit()));
        for (Attempt t : ATTEMPTS) {
            Http.Answer unknown = t.page() ? send(t, UNKNOWN, session, null) : send(t, UNKNOWN, null, rootToken);
            assertEquals(404, unknown.status(), t.toString());
            if (!t.method().equals("HEAD")) {
                assertEquals(t.page() ? (t.path().contains("ui=en") ? "No such firm, or it is not assigned to you."
                        : "没有这个企业档案，或者它没有分配给您。") : "{\"code\":\"not_found\",\"message\":\""
                                + EnterpriseNotFound.MESSAGE + "\"}", t.page() ? message(unknown) : unknown.body(),
                        t.toString());
            }
            if (assignment(t)) {
                expectedAudit.add("root " + t.action() + " " + UNKNOWN + " denied 127.0.0.1 | refused: no such firm");
                continue;
            }
            Http.Answer existing = t.page() ? send(t, b.id(), session, null) : send(t, b.id(), null, rootToken);
            assertEquals(403, existing.status(), t.toString());
            assertEquals("no-store", existing.header("Cache-Control"), t.toString());
            assertNull(existing.header("ETag"), t.toString());
            for (String secret : List.of("石墨烯", "Acme", "new_materials", "烯盾", "CN 112345678")) {
                assertFalse(existing.body().contains(secret), t + " " + secret);
            }
            if (!t.method().equals("HEAD")) {
                if (t.page()) {
                    assertEquals(t.path().contains("ui=en") ? "Administrators assign consultants to firms but do not"
                            + " see, change or create a firm's confidential content; only the consultants assigned to"
                            + " it do." : "管理员负责分配顾问，但不查看、修改或创建企业档案的保密内容；只有分配给该企业的顾问可以。",
                            message(existing), t.toString());
                } else {
                    assertEquals("{\"code\":\"admin_no_content\",\"message\":\"" + ADMIN_NO_CONTENT + "\"}",
                            existing.body(), t.toString());
                }
            }
            expectedAudit.add("root " + t.action() + " " + UNKNOWN + " denied 127.0.0.1 | refused: no such firm");
            expectedAudit.add("root " + t.action() + " " + b.id() + " denied 127.0.0.1 | refused: admin, not an"
                    + " assigned consultant: no confidential content");
        }
        assertEquals(expectedAudit, Firms.auditLines(services.audit()), "one refusal entry per attempt");
        assertEquals(b, services.enterprises().get(Firms.consultant("qian"), b.id()), "nothing changed");
        assertEquals(List.of(), services.enterprises().serviceRecord(Firms.consultant("qian"), b.id()));

        // the admin's list: every firm by id, name and consultants, nothing of the profiles
        Http.Answer list = send(new Attempt("GET", "/api/enterprises", null, "", ""), "", null, rootToken);
        assertEquals(200, list.status());
        assertEquals(java.util.Set.of(a.id(), b.id()), java.util.Set.copyOf(ids(list)));
        assertEquals(2, ids(list).size());
        for (com.fasterxml.jackson.databind.JsonNode e : list.json().get("enterprises")) {
            assertEquals(List.of("id", "name", "consultants", "updated"), fieldNames(e), list.body());
        }
        for (String secret : List.of("industry", "markets", "products", "version", "new_materials", "石墨烯", "Acme")) {
            assertFalse(list.body().contains(secret), secret + " in " + list.body());
        }
        Http.Answer page = send(new Attempt("GET", "/firms", null, "", ""), "", session, null);
        assertTrue(page.body().contains("id=\"assign-" + b.id()) && page.body().contains("id=\"assign-" + a.id()),
                page.body());
        for (String secret : List.of("石墨烯", "Acme", "新材料", "越南", "/firms/" + b.id() + "\"")) {
            assertFalse(page.body().contains(secret), secret);
        }
    }

    private static List<String> ids(Http.Answer list) {
        List<String> out = new ArrayList<>();
        list.json().get("enterprises").forEach(e -> out.add(e.get("id").asText()));
        return out;
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theOwnerCanDoWhatWasRefusedAndAnAdminAssigns() {
        String qian = http.login("qian", TestAuth.PASSWORD);
        String root = http.login("root", TestAuth.PASSWORD);
        assertEquals(200, send(at("GET", "/api/enterprises/ID"), b.id(), null, qianToken).status());
        assertEquals(403, send(at("GET", "/api/enterprises/ID"), b.id(), null, rootToken).status());
        assertEquals(200, send(at("GET", "/api/enterprises/ID/service-record"), b.id(), null, qianToken).status(), "service record");
        assertEquals(201, send(at("POST", "/api/enterprises/ID/service-record"), b.id(), null, qianToken).status(), "entry");
        assertEquals(200, send(at("PUT", "/api/enterprises/ID"), b.id(), null, qianToken).status(), "save");
        assertEquals(200, send(at("GET", "/firms/ID"), b.id(), qian, null).status(), "page");
        assertEquals(403, send(at("GET", "/firms/ID"), b.id(), root, null).status(), "no page for the admin");
        assertEquals(303, send(at("POST", "/firms/ID/service-record"), b.id(), qian, null).status(), "entry by the form");
        assertEquals(200, send(at("POST", "/api/enterprises/ID/consultants"), b.id(), null, rootToken).status(), "the admin assigns zhao");
        assertEquals(200, send(at("GET", "/api/enterprises/ID"), b.id(), null, zhaoToken).status(), "and zhao sees it at once");
        assertEquals(303, send(at("POST", "/firms/ID/consultants"), a.id(), root, null).status(),
                "the admin assigns zhao by the form (already assigned: harmless)");
        Http.Answer all = send(new Attempt("GET", "/api/enterprises", null, "", ""), "", null, rootToken);
        assertEquals(java.util.Set.of(a.id(), b.id()), java.util.Set.copyOf(ids(all)));
    }

    @Test
    void unassigningTakesEffectOnTheNextRequestEvenWithALiveSession() {
        String session = http.login("zhao", TestAuth.PASSWORD);
        Attempt view = at("GET", "/firms/ID");
        assertEquals(200, send(view, a.id(), session, null).status());
        assertEquals(200, send(at("GET", "/api/enterprises/ID"), a.id(), null, zhaoToken).status());
        services.enterprises().unassign(Firms.admin("root"), a.id(), "zhao");
        Http.Answer page = send(view, a.id(), session, null);
        assertEquals(404, page.status());
        assertEquals(send(view, UNKNOWN, session, null).body().replace(UNKNOWN, "ID"), page.body().replace(a.id(),
                "ID"));
        assertEquals("{\"code\":\"not_found\",\"message\":\"" + EnterpriseNotFound.MESSAGE + "\"}",
                send(at("GET", "/api/enterprises/ID"), a.id(), null, zhaoToken).body());
    }

    @Test
    void editorsGet403AndAnonymousVisitors401OnEveryRouteWhateverTheFirm() {
        String li = http.login("li", TestAuth.PASSWORD);
        for (Attempt t : ATTEMPTS) {
            for (String id : List.of(a.id(), b.id(), UNKNOWN)) {
                Http.Answer editor = t.page() ? send(t, id, li, null) : send(t, id, null, liToken);
                assertEquals(403, editor.status(), t + " " + id);
                assertFalse(editor.body().contains(SECRET));
                Http.Answer anon = send(t, id, null, null);
                assertEquals(t.page() ? 303 : 401, anon.status(), t + " " + id);
            }
        }
    }

    @Test
    void oddPathsNeverReachAnotherConsultantsFirm() {
        for (String path : List.of("/api/enterprises/" + a.id() + "/../" + b.id(),
                "/api/enterprises/" + a.id() + "/%2e%2e/" + b.id(), "/API/ENTERPRISES/" + b.id(),
                "//api/enterprises/" + b.id(), "/api/enterprises/" + b.id() + ";jsessionid=x",
                "/api/enterprises/" + b.id().toUpperCase(java.util.Locale.ROOT), "/api/enterprises/%20" + b.id(),
                "/firms/" + a.id() + "/../" + b.id(), "/firms/" + b.id() + "/", "/firms/%2e%2e/firms/" + b.id())) {
            Http.Answer r = send(new Attempt("GET", path, null, "", ""), "", null, zhaoToken);
            assertTrue(r.status() >= 400, path + " -> " + r.status());
            assertFalse(r.body().contains(SECRET), path);
        }
    }

    @Test
    void aHiddenFirmAndAnUnknownIdTakeTheSameTime() {
        Attempt get = at("GET", "/api/enterprises/ID");
        for (int i = 0; i < 5; i++) { // warm up both paths
            send(get, b.id(), null, zhaoToken);
            send(get, UNKNOWN, null, zhaoToken);
        }
        long[] hidden = new long[31];
        long[] unknown = new long[31];
        for (int i = 0; i < hidden.length; i++) {
            long t0 = System.nanoTime();
            send(get, b.id(), null, zhaoToken);
            long t1 = System.nanoTime();
            send(get, UNKNOWN, null, zhaoToken);
            long t2 = System.nanoTime();
            hidden[i] = t1 - t0;
            unknown[i] = t2 - t1;
        }
        Arrays.sort(hidden);
        Arrays.sort(unknown);
        long diffMillis = Math.abs(hidden[15] - unknown[15]) / 1_000_000;
        assertTrue(diffMillis < 50, "median difference " + diffMillis + " ms");
    }

    private static String message(Http.Answer page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"message\" id=\"message\">([^<]*)</p>")
                .matcher(page.body());
        return m.find() ? m.group(1) : null;
    }
}
