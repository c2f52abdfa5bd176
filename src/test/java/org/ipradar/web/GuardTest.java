package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthSettings;
import org.ipradar.auth.Role;
import org.ipradar.store.AuditStore;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard in front of every route: exact 401 and 403 answers for scripts and browsers, the CSRF checks on
 * state-changing requests made with a session, security headers on every response, and the audit API.
 */
class GuardTest {
    @TempDir
    static Path dir;

    static Services services;
    static Auth auth;
    static Javalin app;
    static Http http;
    static String editorToken;

    @BeforeAll
    static void start() {
        services = TestServices.open(dir);
        auth = TestAuth.cheap(services, TestAuth.unlimited(), AuthSettings.defaults());
        TestAuth.add(auth, "editor1", Role.EDITOR);
        TestAuth.add(auth, "admin1", Role.ADMIN);
        editorToken = auth.createToken("editor1", "script", "test").secret();
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        services.close();
    }

    private static String base() {
        return "http://127.0.0.1:" + app.port();
    }

    @Test
    void anAnonymousScriptIsToldToAuthenticate() {
        Http.Answer a = http.get("/api/audit");
        assertEquals(401, a.status());
        assertEquals("{\"code\":\"unauthorized\",\"message\":\"sign in first, or send an API token as"
                + " \\\"Authorization: Bearer TOKEN\\\"\"}", a.body());
        assertEquals("Bearer realm=\"ipradar\"", a.header("WWW-Authenticate"));
        assertTrue(a.header("Content-Type").startsWith("application/json"), a.header("Content-Type"));
    }

    @Test
    void anAnonymousBrowserIsSentToSignInAndBack() {
        Http.Answer a = http.get("/audit?user=editor1&ui=en");
        assertEquals(303, a.status());
        assertEquals("/login?next=%2Faudit%3Fuser%3Deditor1%26ui%3Den&ui=en", a.header("Location"));
        String form = http.get(a.header("Location")).body();
        assertTrue(form.contains("<input type=\"hidden\" name=\"next\" value=\"/audit?user=editor1&amp;ui=en\">"),
                form);
    }

    @Test
    void aBadOrForeignCredentialIsRefusedEvenOnPublicRoutes() {
        Http.Answer bad = http.call("GET", "/api/search?q=x").bearer("ipr_" + "x".repeat(43)).send();
        assertEquals(401, bad.status());
        assertEquals("{\"code\":\"invalid_token\",\"message\":\"the API token is not valid: unknown, revoked, or its"
                + " user is disabled\"}", bad.body());
        Http.Answer basic = http.call("GET", "/api/me").header("Authorization", "Basic ZWRpdG9yMTpwdw==").send();
        assertEquals(401, basic.status());
        assertEquals("{\"code\":\"invalid_token\",\"message\":\"only API tokens are accepted, as \\\"Authorization:"
                + " Bearer TOKEN\\\"\"}", basic.body());
    }

    @Test
    void aSignedInUserWithoutTheRoleGetsForbiddenAndTheRefusalIsAudited() {
        String s = http.login("editor1", TestAuth.PASSWORD);
        Http.Answer api = http.call("GET", "/api/audit").session(s).send();
        assertEquals(403, api.status());
        assertEquals("{\"code\":\"forbidden\",\"message\":\"your account (editor) may not do this; it needs:"
                + " admin\"}", api.body());
        Http.Answer page = http.call("GET", "/audit").session(s).send();
        assertEquals(403, page.status());
        assertTrue(page.body().contains("<h1>403 无权访问</h1>"), page.body());
        assertTrue(page.body().contains("<p class=\"message\" id=\"message\">您的账号（编辑）无权使用此页面。</p>"),
                page.body());
        var denied = auth.audit().list(new AuditStore.Query("editor1", "access_denied", 10, 0)).entries();
        assertEquals(List.of("GET /audit needs admin denied", "GET /api/audit needs admin denied"), denied.stream()
                .map(e -> e.objectId() + " " + e.summary() + " " + e.result()).toList());
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndChangesNothing() {
        String s = http.login("editor1", TestAuth.PASSWORD);
        Http.Answer none = http.call("POST", "/logout").header("Cookie", "ipradar_session=" + s).form("x", "y").send();
        assertEquals(403, none.status());
        assertTrue(none.body().contains("请求未通过安全校验，请返回页面刷新后重试。"), none.body());
        Http.Answer wrong = http.call("POST", "/logout").header("Cookie", "ipradar_session=" + s)
                .form("_csrf", Auth.csrfToken("B".repeat(43))).send();
        assertEquals(403, wrong.status());
        Http.Answer plain = http.call("POST", "/logout").header("Cookie", "ipradar_session=" + s)
                .body("text/plain", "_csrf=" + Auth.csrfToken(s)).send();
        assertEquals(403, plain.status(), "a text/plain post is not read as a form");
        assertEquals(200, http.call("GET", "/api/me").session(s).send().status(), "still signed in");
        Http.Answer ok = http.call("POST", "/logout").header("Cookie", "ipradar_session=" + s)
                .form("_csrf", Auth.csrfToken(s)).send();
        assertEquals(303, ok.status());
    }

    @Test
    void theApiExplainsAMissingOrWrongCsrfTokenInJson() {
        String s = http.login("editor1", TestAuth.PASSWORD);
        Http.Answer missing = http.call("PUT", "/api/audit").header("Cookie", "ipradar_session=" + s).send();
        assertEquals(403, missing.status());
        assertEquals("{\"code\":\"csrf_failed\",\"message\":\"the CSRF token is missing: send the form's _csrf field"
                + " or an X-CSRF-Token header\"}", missing.body());
        Http.Answer wrong = http.call("PUT", "/api/audit").header("Cookie", "ipradar_session=" + s)
                .header("X-CSRF-Token", "nope").send();
        assertEquals("{\"code\":\"csrf_failed\",\"message\":\"the CSRF token does not match this session; reload"
                + " the page and try again\"}", wrong.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Origin: https://evil.example", "Origin: null", "Referer: https://evil.example/page",
        "Origin: http://127.0.0.1:1"})
    void aRequestFromAnotherSiteIsRefusedEvenWithTheToken(String header) {
        String s = http.login("editor1", TestAuth.PASSWORD);
        String[] h = header.split(": ", 2);
        Http.Answer a = http.call("POST", "/logout").session(s).header(h[0], h[1])
                .form("_csrf", Auth.csrfToken(s)).send();
        assertEquals(403, a.status());
        assertEquals(200, http.call("GET", "/api/me").session(s).send().status(), "still signed in");
    }

    @Test
    void aRequestFromThisSiteWithTheTokenGoesThrough() {
        String s = http.login("editor1", TestAuth.PASSWORD);
        Http.Answer a = http.call("POST", "/logout").session(s).header("Origin", base())
                .header("Referer", base() + "/").form("_csrf", Auth.csrfToken(s)).send();
        assertEquals(303, a.status());
    }

    @Test
    void aCrossSiteSignInIsRefused() {
        Http.Answer a = http.call("POST", "/login").header("Origin", "https://evil.example")
                .form("name", "editor1", "password", TestAuth.PASSWORD).send();
        assertEquals(403, a.status());
        assertNull(a.sessionCookie());
    }

    @Test
    void aTokenNeedsNoCsrfTokenBecauseNoCookieIsSent() {
        Http.Answer a = http.call("PUT", "/api/audit").bearer(editorToken).send();
        assertEquals(405, a.status());
        assertEquals("{\"code\":\"method_not_allowed\",\"message\":\"the audit log is append-only: its entries cannot"
                + " be added, changed or deleted through the API\"}", a.body());
        Http.Answer me = http.call("GET", "/api/me").bearer(editorToken).send();
        assertEquals("{\"name\":\"editor1\",\"roles\":[\"editor\"],\"via\":\"token\"}", me.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        String s = http.login("admin1", TestAuth.PASSWORD);
        for (Http.Answer a : List.of(http.get("/"), http.get("/api/search?q=x"), http.get("/no/such/page"),
                http.get("/api/audit"), http.call("GET", "/api/audit").session(s).send(), http.get("/login"))) {
            assertEquals("default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none';"
                    + " frame-ancestors 'none'", a.header("Content-Security-Policy"), a.toString());
            assertEquals("nosniff", a.header("X-Content-Type-Options"));
            assertEquals("strict-origin-when-cross-origin", a.header("Referrer-Policy"));
            assertEquals("DENY", a.header("X-Frame-Options"));
        }
        assertNull(http.get("/").header("Cache-Control"), "public pages may be cached");
        assertEquals("no-store", http.call("GET", "/").session(s).send().header("Cache-Control"));
        assertEquals("no-store", http.call("GET", "/api/audit").session(s).send().header("Cache-Control"));
        assertEquals("no-store", http.get("/login").header("Cache-Control"));
    }

    @Test
    void aCorsPreflightFromAnotherSiteIsNotAllowed() {
        Http.Answer a = http.call("OPTIONS", "/api/audit").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").send();
        assertNull(a.header("Access-Control-Allow-Origin"));
        assertNull(a.header("Access-Control-Allow-Credentials"));
    }

    @Test
    void theAuditApiListsNewestFirstWithFiltersAndNeverAPassword() {
        String s = http.login("admin1", TestAuth.PASSWORD);
        http.call("POST", "/login").form("name", "admin1", "password", "a-wrong-password").send();
        JsonNode all = http.call("GET", "/api/audit").session(s).send().json();
        assertEquals(50, all.get("limit").asInt());
        assertEquals(0, all.get("offset").asInt());
        assertTrue(all.get("total").asInt() >= 4, all.toString());
        JsonNode failed = http.call("GET", "/api/audit?action=login_failed&user=ADMIN1&limit=1").session(s).send()
                .json();
        assertEquals(1, failed.get("entries").size());
        JsonNode e = failed.get("entries").get(0);
        assertEquals(List.of("id", "at", "actor", "action", "objectType", "objectId", "summary", "result",
                "address"), iterate(e));
        assertEquals("admin1", e.get("actor").asText());
        assertEquals("login_failed", e.get("action").asText());
        assertEquals("session", e.get("objectType").asText());
        assertEquals("wrong password", e.get("summary").asText());
        assertEquals("denied", e.get("result").asText());
        assertEquals("127.0.0.1", e.get("address").asText());
        assertTrue(e.get("at").asText().matches("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                e.get("at").asText());
        String everything = http.call("GET", "/api/audit?limit=500").session(s).send().body();
        assertTrue(!everything.contains("a-wrong-password") && !everything.contains(TestAuth.PASSWORD)
                && !everything.contains("$argon2id"), "no password or hash in the log");
        List<Long> ids = new java.util.ArrayList<>();
        http.call("GET", "/api/audit?limit=500").session(s).send().json().get("entries")
                .forEach(x -> ids.add(x.get("id").asLong()));
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids, "newest first");
    }

    @Test
    void badPagingIsAClearError() {
        String s = http.login("admin1", TestAuth.PASSWORD);
        Http.Answer a = http.call("GET", "/api/audit?limit=501").session(s).send();
        assertEquals(400, a.status());
        assertEquals("{\"code\":\"invalid_limit\",\"message\":\"limit must be a whole number from 1 to 500 (got"
                + " \\\"501\\\")\",\"field\":\"limit\"}", a.body());
        assertEquals("{\"code\":\"invalid_offset\",\"message\":\"offset must be a whole number from 0 to 1000000"
                + " (got \\\"-1\\\")\",\"field\":\"offset\"}",
                http.call("GET", "/api/audit?offset=-1").session(s).send().body());
    }

    private static List<String> iterate(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
