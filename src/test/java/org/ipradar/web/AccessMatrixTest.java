package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthSettings;
import org.ipradar.auth.Role;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Anonymous, editor, consultant and admin against every route in {@link AccessMatrix}, by session (signed in again
 * whenever a row has ended it) and by API token, expecting exactly the declared status.
 */
class AccessMatrixTest {
    @TempDir
    static Path dir;

    static Services services;
    static Auth auth;
    static Javalin app;
    static Http http;
    static List<String> tokens = new ArrayList<>();
    static java.util.Map<String, String> sessions = new java.util.HashMap<>();
    static String firm;

    static final String[] USERS = {"editor1", "consultant1", "admin1"};

    @BeforeAll
    static void start() {
        services = TestServices.open(dir);
        services.writer().write(TestServices.corpus());
        auth = TestAuth.cheap(services, TestAuth.unlimited(), AuthSettings.defaults());
        TestAuth.add(auth, "editor1", Role.EDITOR);
        TestAuth.add(auth, "consultant1", Role.CONSULTANT);
        TestAuth.add(auth, "admin1", Role.ADMIN);
        firm = services.enterprises().create(org.ipradar.testing.Firms.consultant("consultant1"),
                org.ipradar.testing.Firms.minimal("Matrix firm", "ai")).id();
        for (String u : USERS) {
            tokens.add(auth.createToken(u, "matrix", "test").secret());
        }
        app = WebApp.create(services, auth).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        services.close();
    }

    static Stream<AccessMatrix.Row> rows() {
        return AccessMatrix.ROWS.stream();
    }

    // one session per user, signed in again only when a row (signing out) has ended it
    private static String session(String user) {
        String s = sessions.get(user);
        if (s == null || auth.session(s).isEmpty()) {
            s = http.login(user, TestAuth.PASSWORD);
            sessions.put(user, s);
        }
        return s;
    }

    private static Http.Answer send(AccessMatrix.Row row, String session, String token) {
        Http.Call c = http.call(row.method(), row.path().replace(AccessMatrix.FIRM, firm)).session(session);
        if (token != null) {
            c.bearer(token);
        }
        if (!row.form().isEmpty()) {
            c.body("application/x-www-form-urlencoded", row.form()
                    + (session == null ? "" : "&_csrf=" + Auth.csrfToken(session)));
        }
        return c.send();
    }

    private static List<Integer> expected(AccessMatrix.Row row) {
        return List.of(row.anon(), row.editor(), row.consultant(), row.admin());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void bySession(AccessMatrix.Row row) {
        List<Integer> got = new ArrayList<>();
        got.add(send(row, null, null).status());
        for (String u : USERS) {
            got.add(send(row, session(u), null).status());
        }
        assertEquals(expected(row), got, "anonymous, editor, consultant, admin for " + row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void byToken(AccessMatrix.Row row) {
        List<Integer> got = new ArrayList<>();
        got.add(send(row, null, null).status());
        for (String t : tokens) {
            got.add(send(row, null, t).status());
        }
        assertEquals(expected(row), got, "anonymous, editor, consultant, admin (tokens) for " + row);
    }

    @Test
    void anAdminWhoIsAlsoAnEditorHasBothRightsAndNoMore() {
        TestAuth.add(auth, "both1", Role.ADMIN, Role.EDITOR);
        String s = http.login("both1", TestAuth.PASSWORD);
        assertEquals(200, http.call("GET", "/api/audit").session(s).send().status());
        assertEquals(200, http.call("GET", "/api/me").session(s).send().status());
        assertEquals("[\"editor\",\"admin\"]", http.call("GET", "/api/me").session(s).send().json().get("roles")
                .toString());
    }
}
