package org.ipradar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.Role;
import org.ipradar.testing.TestAuth;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deny by default: every route the application registers declares who may use it, and appears in the access matrix;
 * a route that declares nothing is refused to everyone, admins included.
 */
class RouteInventoryTest {
    @TempDir
    static Path dir;

    static Services services;
    static Auth auth;

    @BeforeAll
    static void open() {
        services = TestServices.open(dir);
        auth = TestAuth.cheap(services);
        TestAuth.add(auth, "admin1", Role.ADMIN);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** Every registered route answering an HTTP method (not the before and after handlers, which serve all). */
    static List<ParsedEndpoint> routes(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(p -> p.endpoint.method.isHttpMethod())
                .toList();
    }

    static String name(Endpoint e) {
        return e.method.name() + " " + e.path;
    }

    static Set<String> undeclared(Javalin app) {
        return routes(app).stream().map(p -> p.endpoint)
                .filter(e -> {
                    Roles r = e.metadata(Roles.class);
                    return r == null || r.getRoles().isEmpty();
                })
                .map(RouteInventoryTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRouteDeclaresWhoMayUseIt() {
        Javalin app = WebApp.create(services, auth);
        assertEquals(Set.of(), undeclared(app));
        // and the inventory is not empty by accident: the routes of this issue are all there
        Set<String> all = routes(app).stream().map(p -> name(p.endpoint)).collect(Collectors.toSet());
        assertEquals(true, all.containsAll(Set.of("GET /", "POST /login", "POST /logout", "GET /api/audit",
                "GET /audit", "DELETE /api/audit/{id}")), all.toString());
    }

    @Test
    void everyRouteIsInTheAccessMatrixAndEveryMatrixRouteExists() {
        Javalin app = WebApp.create(services, auth);
        Set<String> registered = routes(app).stream().map(p -> name(p.endpoint))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = AccessMatrix.ROWS.stream().map(r -> r.method() + " " + r.route())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(inMatrix);
        // a row may try a method the route lacks (expecting 405), but its route must exist
        Set<String> paths = routes(app).stream().map(p -> p.endpoint.path).collect(Collectors.toSet());
        Set<String> stale = AccessMatrix.ROWS.stream().map(AccessMatrix.Row::route).filter(r -> !paths.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "routes with no row in AccessMatrix.ROWS");
        assertEquals(Set.of(), stale, "AccessMatrix rows for routes that are not registered");
    }

    @Test
    void aRouteWithoutARuleIsFoundAndRefusedToEveryoneEvenAnAdmin() {
        Javalin app = WebApp.create(services, auth);
        app.unsafe.internalRouter.addHttpEndpoint(new Endpoint(HandlerType.GET, "/forgotten", ctx -> ctx.result("secret")));
        assertEquals(Set.of("GET /forgotten"), undeclared(app));
        app.start("127.0.0.1", 0);
        try {
            Http http = new Http(app.port());
            String admin = http.login("admin1", TestAuth.PASSWORD);
            Http.Answer a = http.call("GET", "/forgotten").session(admin).send();
            assertEquals(403, a.status());
            assertEquals(true, a.body().contains("this address declares no access rule, so it is closed to everyone"),
                    a.body());
            assertEquals(false, a.body().contains("secret"));
            assertEquals(403, http.get("/forgotten").status(), "anonymous");
        } finally {
            app.stop();
        }
    }
}
