package org.ipradar.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.UUID;
import org.ipradar.Services;
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

    /** The application: API routes, the search page, and one error mapping for everything. */
    public static Javalin create(Services services) {
        ApiController api = new ApiController(services);
        PageController pages = new PageController(services, api);
        FeedController feeds = new FeedController(services, api);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(jsonMapper(), false));
            config.http.maxRequestSize = 1024 * 1024;
            config.startup.showJavalinBanner = false;
            config.routes.get("/", pages::search);
            config.routes.get("/sources", pages::sources);
            config.routes.get("/documents/{id}", pages::document);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/search.atom", feeds::search);
            config.routes.get("/api/documents/{id}", api::document);
            config.routes.get("/api/sources", api::sources);
            config.routes.get("/health", api::health);

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
