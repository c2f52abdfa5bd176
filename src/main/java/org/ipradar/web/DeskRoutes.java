package org.ipradar.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.auth.Principal;
import org.ipradar.auth.Role;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskException;

/**
 * Every route of the editorial desk and the bulletins, in one table with who may use each ({@link Access}),
 * registered in one place. {@link Guard} answers 401 and 403 before a handler runs; the services check the role
 * again, and {@link Access#PUBLIC} routes show editors more (drafts).
 */
final class DeskRoutes {
    /**
     * One route.
     *
     * @param method the HTTP method
     * @param path the Javalin path
     * @param access who may use it
     * @param handler what it does
     */
    record Route(HandlerType method, String path, Access access, Handler handler) {}

    private DeskRoutes() {}

    /** The routes over the services, in registration order (fixed paths before {@code {id}} ones). */
    static List<Route> routes(Services services) {
        BulletinApi bulletins = new BulletinApi(services);
        DeskApi desk = new DeskApi(services);
        BulletinPages pages = new BulletinPages(services);
        DeskPages deskPages = new DeskPages(services);
        BulletinEditor editor = new BulletinEditor(services);
        return List.of(
                new Route(HandlerType.GET, "/api/bulletins", Access.PUBLIC, bulletins::list),
                new Route(HandlerType.POST, "/api/bulletins", Access.EDITOR, bulletins::propose),
                new Route(HandlerType.GET, "/api/bulletins/coverage", Access.EDITOR, bulletins::coverage),
                new Route(HandlerType.GET, "/api/bulletins/{id}", Access.PUBLIC, bulletins::get),
                new Route(HandlerType.PUT, "/api/bulletins/{id}", Access.EDITOR, bulletins::save),
                new Route(HandlerType.POST, "/api/bulletins/{id}/publish", Access.EDITOR, bulletins::publish),
                new Route(HandlerType.POST, "/api/bulletins/{id}/withdraw", Access.EDITOR, bulletins::withdraw),
                new Route(HandlerType.GET, "/api/bulletins/{id}/export", Access.PUBLIC, bulletins::export),
                new Route(HandlerType.GET, "/bulletins.atom", Access.PUBLIC, bulletins::atom),
                new Route(HandlerType.GET, "/bulletins", Access.PUBLIC, pages::list),
                new Route(HandlerType.GET, "/bulletins/coverage", Access.EDITOR, pages::coverage),
                new Route(HandlerType.GET, "/bulletins/{id}", Access.PUBLIC, pages::bulletin),
                new Route(HandlerType.GET, "/api/desk/documents", Access.EDITOR, desk::list),
                new Route(HandlerType.POST, "/api/desk/documents", Access.EDITOR, desk::create),
                new Route(HandlerType.GET, "/api/desk/documents/{id}", Access.EDITOR, desk::get),
                new Route(HandlerType.PUT, "/api/desk/documents/{id}", Access.EDITOR, desk::save),
                new Route(HandlerType.POST, "/api/desk/documents/{id}/publish", Access.EDITOR, desk::publish),
                new Route(HandlerType.POST, "/api/desk/documents/{id}/withdraw", Access.EDITOR, desk::withdraw),
                // the editor's desk pages: plain forms posting to page routes, with the session's CSRF token
                new Route(HandlerType.GET, "/desk", Access.EDITOR, deskPages::desk),
                new Route(HandlerType.POST, "/desk/bulletins", Access.EDITOR, deskPages::proposeBulletin),
                new Route(HandlerType.GET, "/desk/bulletins/{id}", Access.EDITOR, editor::page),
                new Route(HandlerType.POST, "/desk/bulletins/{id}", Access.EDITOR, editor::post),
                new Route(HandlerType.GET, "/desk/documents/new", Access.EDITOR, deskPages::newDocument),
                new Route(HandlerType.POST, "/desk/documents", Access.EDITOR, deskPages::createDocument),
                new Route(HandlerType.GET, "/desk/documents/{id}", Access.EDITOR, deskPages::document),
                new Route(HandlerType.POST, "/desk/documents/{id}", Access.EDITOR, deskPages::saveDocument));
    }

    /**
     * Registers the routes, each declaring its {@link Access}, and maps {@link DeskException} to statuses: JSON
     * errors under {@code /api/}, error pages elsewhere.
     */
    static void register(JavalinConfig config, Services services, PageController pages) {
        for (Route r : routes(services)) {
            config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.access());
        }
        config.routes.exception(DeskException.class, (e, ctx) -> {
            int status = status(e.reason());
            if (ctx.path().startsWith("/api/")) {
                ctx.status(status).json(new Error(e.code(), e.getMessage(), e.field(), e.currentVersion()));
            } else {
                pages.error(ctx, status, e.getMessage());
            }
        });
    }

    /**
     * The error body of the desk's routes: the usual shape, plus the version now stored for a stale save.
     *
     * @param code stable snake_case code
     * @param message what was wrong
     * @param field the field at fault, or null
     * @param currentVersion for {@code stale}: the version now stored, else null
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Error(String code, String message, String field, Long currentVersion) {}

    /** The status for a refusal. */
    static int status(DeskException.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case STALE, CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
    }

    /** Who makes the request, as {@link Guard} found them, with their client address; null when anonymous. */
    static Actor actor(Context ctx) {
        Principal p = Guard.principal(ctx);
        return p == null ? null : new Actor(p.name(), p.user().roles().stream().map(Role::wire)
                .collect(Collectors.toSet()), ctx.ip());
    }
}
