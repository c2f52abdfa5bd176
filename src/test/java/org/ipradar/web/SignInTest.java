package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthSettings;
import org.ipradar.auth.LoginLimiter;
import org.ipradar.auth.Role;
import org.ipradar.store.AuditEntry;
import org.ipradar.store.AuditStore;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in and out over HTTP: cookies, redirects, wrong passwords, rate limits, fixation, replay and restart. */
class SignInTest {
    @TempDir
    static Path dir;

    static Services services;
    static Auth auth;
    static Javalin app;
    static Http http;

    static final String CLEARED = "ipradar_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly;"
            + " SameSite=Lax";

    @BeforeAll
    static void start() {
        services = TestServices.open(dir);
        auth = TestAuth.cheap(services, TestAuth.unlimited(), AuthSettings.defaults());
        TestAuth.add(auth, "editor1", Role.EDITOR);
        TestAuth.add(auth, "admin1", Role.ADMIN);
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        services.close();
    }

    private static Http.Answer post(String path, String session, String... form) {
        return http.call("POST", path).session(session).form(form).send();
    }

    private static String errorText(Http.Answer a) {
        int start = a.body().indexOf("id=\"login-error\" role=\"alert\">");
        assertTrue(start > 0, a.body());
        int from = a.body().indexOf('>', start) + 1;
        return a.body().substring(from, a.body().indexOf("</p>", from));
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteCookieAndGoesWhereItWasAsked() {
        Http.Answer a = post("/login", null, "name", "editor1", "password", TestAuth.PASSWORD, "next", "/sources?ui=en");
        assertEquals(303, a.status());
        assertEquals("/sources?ui=en", a.header("Location"));
        String cookie = a.header("Set-Cookie");
        assertTrue(cookie.matches("ipradar_session=[A-Za-z0-9_-]{43}; Path=/; Expires=[^;]+; Max-Age=43200; HttpOnly;"
                + " SameSite=Lax"), cookie);
        assertEquals("no-store", a.header("Cache-Control"));
        Http.Answer me = http.call("GET", "/api/me").session(a.sessionCookie()).send();
        assertEquals(200, me.status());
        assertEquals("{\"name\":\"editor1\",\"roles\":[\"editor\"],\"via\":\"session\",\"csrfToken\":\""
                + Auth.csrfToken(a.sessionCookie()) + "\"}", me.body());
        assertEquals("no-store", me.header("Cache-Control"));
    }

    @Test
    void aNextAddressOnAnotherSiteIsIgnored() {
        for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:x")) {
            Http.Answer a = post("/login", null, "name", "editor1", "password", TestAuth.PASSWORD, "next", next);
            assertEquals("/", a.header("Location"), next);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameStatusAndMessage() {
        Http.Answer wrong = post("/login", null, "name", "editor1", "password", "not the password");
        Http.Answer unknown = post("/login", null, "name", "nobody", "password", "not the password");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals("用户名或密码错误。", errorText(wrong));
        assertEquals("用户名或密码错误。", errorText(unknown));
        assertNull(wrong.sessionCookie());
        assertEquals(wrong.body().replace("value=\"editor1\"", "value=\"nobody\""), unknown.body(),
                "the pages differ only in the name typed");
        Http.Answer english = post("/login", null, "name", "editor1", "password", "nope-nope", "ui", "en");
        assertEquals("Wrong user name or password.", errorText(english));
        assertEquals("Enter your user name and password.", errorText(post("/login", null, "name", "editor1",
                "password", "", "ui", "en")));
    }

    @Test
    void aMegabytePasswordIsRefusedWithoutHashing() {
        long start = System.nanoTime();
        Http.Answer a = post("/login", null, "name", "editor1", "password", "z".repeat(1_000_000));
        assertEquals(401, a.status());
        assertEquals("用户名或密码错误。", errorText(a));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void tooManyAttemptsAreRefusedWithRetryAfterForRealAndUnknownNamesAlike() {
        try (Services other = TestServices.open(dir.resolve("throttle"))) {
            Auth limited = TestAuth.cheap(other, LoginLimiter.standard(), AuthSettings.defaults());
            TestAuth.add(limited, "alice", Role.EDITOR);
            Javalin app2 = WebApp.create(other, limited).start("127.0.0.1", 0);
            try {
                Http h = new Http(app2.port());
                for (String name : List.of("alice", "ghost")) {
                    for (int i = 0; i < 5; i++) {
                        assertEquals(401, h.call("POST", "/login").form("name", name, "password", "guess-" + i)
                                .send().status());
                    }
                    Http.Answer a = h.call("POST", "/login").form("name", name, "password", TestAuth.PASSWORD).send();
                    assertEquals(429, a.status(), name);
                    long wait = Long.parseLong(a.header("Retry-After"));
                    assertTrue(wait >= 179 && wait <= 180, "Retry-After " + wait);
                    assertEquals("登录尝试过多，请 " + wait + " 秒后再试。", errorText(a));
                }
                // 12 attempts so far from this address; 8 more on other names, then the address is held
                for (int i = 0; i < 8; i++) {
                    assertEquals(401, h.call("POST", "/login").form("name", "n" + i, "password", "guess-guess")
                            .send().status());
                }
                Http.Answer held = h.call("POST", "/login").form("name", "n9", "password", "guess-guess").send();
                assertEquals(429, held.status());
                assertEquals("3", held.header("Retry-After"));
            } finally {
                app2.stop();
            }
        }
    }

    @Test
    void aPlantedSessionIdIsNeverUsedAndSigningInAgainEndsTheOldSession() {
        String planted = "A".repeat(43);
        Http.Answer a = http.call("POST", "/login").header("Cookie", "ipradar_session=" + planted)
                .form("name", "editor1", "password", TestAuth.PASSWORD).send();
        assertEquals(303, a.status());
        String first = a.sessionCookie();
        assertNotEquals(planted, first);
        Http.Answer again = post("/login", first, "name", "editor1", "password", TestAuth.PASSWORD,
                "_csrf", Auth.csrfToken(first));
        String second = again.sessionCookie();
        assertNotNull(second);
        assertNotEquals(first, second);
        assertEquals(401, http.call("GET", "/api/me").session(first).send().status());
        assertEquals(200, http.call("GET", "/api/me").session(second).send().status());
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieCannotBeReplayed() {
        String s = http.login("editor1", TestAuth.PASSWORD);
        Http.Answer out = post("/logout", s, "_csrf", Auth.csrfToken(s));
        assertEquals(303, out.status());
        assertEquals("/login?out=1", out.header("Location"));
        assertEquals(CLEARED, out.header("Set-Cookie"));
        Http.Answer replay = http.call("GET", "/api/me").session(s).send();
        assertEquals(401, replay.status());
        assertEquals(CLEARED, replay.header("Set-Cookie"), "a dead session's cookie is cleared");
        assertEquals(List.of("editor1 logout ok"), audit("logout").stream()
                .map(e -> e.actor() + " " + e.action() + " " + e.result()).toList().subList(0, 1));
        String page = http.get("/login?out=1").body();
        assertTrue(page.contains("<p class=\"notice\" id=\"login-notice\">您已退出登录。</p>"), page);
    }

    @Test
    void aPasswordChangeOrRoleChangeTakesEffectOnTheNextRequest() {
        TestAuth.add(auth, "admin2", Role.ADMIN);
        String a1 = http.login("admin2", TestAuth.PASSWORD);
        String a2 = http.login("admin2", TestAuth.PASSWORD);
        assertEquals(200, http.call("GET", "/api/audit").session(a1).send().status());
        auth.setRoles("admin2", EnumSet.of(Role.EDITOR), "test");
        assertEquals(403, http.call("GET", "/api/audit").session(a1).send().status());
        auth.setPassword("admin2", "another-long-secret", "test");
        assertEquals(401, http.call("GET", "/api/me").session(a1).send().status());
        assertEquals(401, http.call("GET", "/api/me").session(a2).send().status());
    }

    @Test
    void aSessionSurvivesARestartOfTheService() throws Exception {
        Path d = dir.resolve("restart");
        String s;
        try (Services first = TestServices.open(d)) {
            Auth a = TestAuth.cheap(first);
            TestAuth.add(a, "carol", Role.EDITOR);
            Javalin before = WebApp.create(first, a).start("127.0.0.1", 0);
            s = new Http(before.port()).login("carol", TestAuth.PASSWORD);
            before.stop();
        }
        try (Services second = TestServices.open(d)) {
            Javalin after = WebApp.create(second, TestAuth.cheap(second)).start("127.0.0.1", 0);
            try {
                Http.Answer me = new Http(after.port()).call("GET", "/api/me").session(s).send();
                assertEquals(200, me.status());
                assertEquals("carol", me.json().get("name").asText());
            } finally {
                after.stop();
            }
        }
    }

    @Test
    void secureCookiesUseTheHostPrefixAndIgnoreAPlainCookie() {
        try (Services other = TestServices.open(dir.resolve("secure"))) {
            Auth secure = TestAuth.cheap(other, TestAuth.unlimited(),
                    new AuthSettings(AuthSettings.SecureCookies.ON, java.time.Duration.ofHours(1),
                            java.time.Duration.ofHours(12)));
            TestAuth.add(secure, "dave", Role.EDITOR);
            Javalin app2 = WebApp.create(other, secure).start("127.0.0.1", 0);
            try {
                Http h = new Http(app2.port());
                Http.Answer a = h.call("POST", "/login").form("name", "dave", "password", TestAuth.PASSWORD).send();
                String cookie = a.header("Set-Cookie");
                assertTrue(cookie.matches("__Host-ipradar_session=[A-Za-z0-9_-]{43}; Path=/; Expires=[^;]+;"
                        + " Max-Age=43200; Secure; HttpOnly; SameSite=Lax"), cookie);
                assertEquals("max-age=31536000; includeSubDomains", a.header("Strict-Transport-Security"));
                String id = a.sessionCookie();
                assertEquals(200, h.call("GET", "/api/me").header("Cookie", "__Host-ipradar_session=" + id).send()
                        .status());
                assertEquals(401, h.call("GET", "/api/me").header("Cookie", "ipradar_session=" + id).send().status());
                // this test speaks plain http, which a browser would not trust with a Secure cookie: the form says so
                assertTrue(h.get("/login?ui=en").body().contains("<p class=\"form-error\" id=\"login-insecure\">This"
                        + " page was opened over plain HTTP, so the browser will not keep you signed in."), "warning");
                assertTrue(!h.call("GET", "/login").header("X-Forwarded-Proto", "https").send().body()
                        .contains("login-insecure"), "behind a proxy that terminates TLS");
            } finally {
                app2.stop();
            }
        }
        assertNull(http.get("/").header("Strict-Transport-Security"), "no HSTS over plain http to this machine");
        assertTrue(!http.get("/login").body().contains("login-insecure"), "no warning where the cookie works");
    }

    @Test
    void loopbackAddressesAreRecognisedForTheAutomaticCookieMode() {
        assertEquals(List.of(true, true, true, true, false, false, false), List.of(Guard.loopback("localhost:7070"),
                Guard.loopback("127.0.0.1"), Guard.loopback("127.8.9.1:80"), Guard.loopback("[::1]:7070"),
                Guard.loopback("ipradar.example"), Guard.loopback("localhost.evil.example"),
                Guard.loopback("10.0.0.1:7070")));
    }

    private static List<AuditEntry> audit(String action) {
        return auth.audit().list(new AuditStore.Query(null, action, 100, 0)).entries();
    }
}
