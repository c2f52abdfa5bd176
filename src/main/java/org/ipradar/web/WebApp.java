package org.ipradar.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ipradar.Services;
import org.ipradar.auth.Auth;
import org.ipradar.auth.AuthException;
import org.ipradar.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the Javalin application over the services, without starting it, so tests can start it on any port. */
public final class WebApp {
    private static final Logger log = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {}

    /** The JSON mapper for API answers: camelCase keys, dates as ISO-8601 strings in UTC. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The application: API routes, the pages, and one error mapping for everything; accounts from the services. */
    public static Javalin create(Services services) {
        return create(services, services.auth());
    }

    /**
     * The application with the given accounts service (a test may pass one with cheap password hashing).
     *
     * <p>Every route declares who may use it with {@link Access} as its last argument; {@link Guard} refuses a route
     * that declares nothing, and {@code RouteInventoryTest} fails on it.
     */
    public static Javalin create(Services services, Auth auth) {
        ApiController api = new ApiController(services);
        PageController pages = new PageController(services, api);
        Guard guard = new Guard(auth);
        AuthController accounts = new AuthController(auth, guard);
        FeedController feeds = new FeedController(services, api);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(jsonMapper(), false));
            config.http.maxRequestSize = 1024 * 1024;
            config.http.prefer405over404 = true; // GET on a POST-only address is 405, not 404
            config.startup.showJavalinBanner = false;
            config.routes.before(guard::before);
            config.routes.beforeMatched(guard::check);

            config.routes.get("/", pages::search, Access.PUBLIC);
            config.routes.get("/sources", pages::sources, Access.PUBLIC);
            config.routes.get("/documents/{id}", pages::document, Access.PUBLIC);
            config.routes.get("/api/search", api::search, Access.PUBLIC);
            config.routes.get("/api/search.atom", feeds::search, Access.PUBLIC);
            config.routes.get("/api/documents/{id}", api::document, Access.PUBLIC);
            config.routes.get("/api/sources", api::sources, Access.PUBLIC);
            config.routes.get("/health", api::health, Access.PUBLIC);

            config.routes.get("/login", accounts::loginPage, Access.PUBLIC);
            config.routes.post("/login", accounts::login, Access.PUBLIC);
            config.routes.post("/logout", accounts::logout, Access.SIGNED_IN);
            config.routes.get("/api/me", accounts::me, Access.SIGNED_IN);
            config.routes.get("/audit", accounts::auditPage, Access.ADMIN);
            config.routes.get("/api/audit", accounts::auditApi, Access.ADMIN);
            // the log is append-only: every writing method answers 405 to everyone, signed in or not
            for (String path : List.of("/api/audit", "/api/audit/{id}")) {
                config.routes.post(path, accounts::appendOnly, Access.PUBLIC);
                config.routes.put(path, accounts::appendOnly, Access.PUBLIC);
                config.routes.patch(path, accounts::appendOnly, Access.PUBLIC);
                config.routes.delete(path, accounts::appendOnly, Access.PUBLIC);
            }

            DeskRoutes.register(config, services, pages);
            EnterpriseRoutes.register(config, services, pages);
            CountryRoutes.register(config, services, pages);
            RiskRoutes.register(config, services);

            config.routes.exception(DeniedException.class, (e, ctx) -> denied(ctx, pages, e));
            config.routes.exception(AuthException.class, (e, ctx) -> {
                int status = "busy".equals(e.code()) ? 503 : 400;
                if (isPage(ctx)) {
                    pages.error(ctx, status, e.getMessage());
                } else {
                    ctx.status(status).json(new ApiError(e.code(), e.getMessage(), e.field()));
                }
            });
            config.routes.exception(InvalidRequestException.class, (e, ctx) -> {
                if (isPage(ctx)) {
                    pages.error(ctx, 400, e.getMessage());
                } else {
                    ctx.status(400).json(new ApiError(e.code(), e.getMessage(), e.field()));
                }
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                String code = e.getStatus() == 404 ? "not_found" : e.getStatus() == 405 ? "method_not_allowed"
                        : "http_" + e.getStatus();
                respond(ctx, pages, e.getStatus(), code, e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                String ref = UUID.randomUUID().toString().substring(0, 8);
                log.error("request failed ref={} method={} path={}", ref, ctx.method(), ctx.path(), e);
                respond(ctx, pages, 500, "internal",
                        "something went wrong on our side; quote reference " + ref + " when reporting it");
            });
        });
        guard.routes(app.unsafe.internalRouter);
        return app;
    }

    // 401 sends a browser to the sign-in page and tells a script how to authenticate; a 403 says why.
    private static void denied(Context ctx, PageController pages, DeniedException e) {
        if (!isPage(ctx)) {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"ipradar\"");
            }
            ctx.status(e.status()).json(new ApiError(e.code(), e.getMessage(), null));
            return;
        }
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        if (e.status() == 401) {
            ctx.status(303).header("Location", Guard.loginUrl(ctx, l));
            return;
        }
        String message = switch (e.code()) {
            case "forbidden" -> String.format(Locale.ROOT, l.get("denied.role"), Guard.viewer(ctx, l).roles());
            case "csrf_failed" -> l.get("denied.csrf");
            default -> e.getMessage();
        };
        pages.error(ctx, e.status(), message);
    }

    private static void respond(Context ctx, PageController pages, int status, String code, String message) {
        if (isPage(ctx)) {
            pages.error(ctx, status, message);
        } else {
            ctx.status(status).json(new ApiError(code, message, null));
        }
    }

    private static boolean isPage(Context ctx) {
        return !ctx.path().startsWith("/api/") && !ctx.path().equals("/health");
    }
}
