package org.ipradar.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import org.ipradar.Services;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskException;

/**
 * Every route of the editorial desk and the bulletins, in one table with who may use each, registered in one place.
 * {@link Access#EDITOR} routes answer 401 to anonymous visitors and 403 to users without the editor role before their
 * handler runs (the services check again); {@link Access#PUBLIC} routes serve anyone and show editors more (drafts).
 */
public final class DeskRoutes {
    /** Who may use a route. */
    public enum Access {
        /** Anyone; editors also see drafts. */
        PUBLIC,
        /** Users with the editor role. */
        EDITOR
    }

    /**
     * One route.
     *
     * @param method the HTTP method
     * @param path the Javalin path
     * @param access who may use it
     * @param handler what it does
     */
    public record Route(HandlerType method, String path, Access access, Handler handler) {}

    private DeskRoutes() {}

    /** The routes over the services, in registration order (fixed paths before {@code {id}} ones). */
    public static List<Route> routes(Services services, PageController pages, ActorResolver actors) {
        BulletinApi bulletins = new BulletinApi(services, actors);
        DeskApi desk = new DeskApi(services, actors);
        BulletinPages bulletinPages = new BulletinPages(services, actors);
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
                new Route(HandlerType.GET, "/bulletins", Access.PUBLIC, bulletinPages::list),
                new Route(HandlerType.GET, "/bulletins/coverage", Access.EDITOR, bulletinPages::coverage),
                new Route(HandlerType.GET, "/bulletins/{id}", Access.PUBLIC, bulletinPages::bulletin),
                new Route(HandlerType.GET, "/api/desk/documents", Access.EDITOR, desk::list),
                new Route(HandlerType.POST, "/api/desk/documents", Access.EDITOR, desk::create),
                new Route(HandlerType.GET, "/api/desk/documents/{id}", Access.EDITOR, desk::get),
                new Route(HandlerType.PUT, "/api/desk/documents/{id}", Access.EDITOR, desk::save),
                new Route(HandlerType.POST, "/api/desk/documents/{id}/publish", Access.EDITOR, desk::publish),
                new Route(HandlerType.POST, "/api/desk/documents/{id}/withdraw", Access.EDITOR, desk::withdraw));
    }

    /**
     * Registers the routes with their access checks, and the mapping of {@link DeskException} to statuses: JSON
     * errors under {@code /api/}, error pages elsewhere.
     */
    public static void register(JavalinConfig config, Services services, PageController pages, ActorResolver actors) {
        for (Route r : routes(services, pages, actors)) {
            Handler h = r.access() == Access.EDITOR ? editorsOnly(actors, r.handler()) : r.handler();
            config.routes.addHttpHandler(r.method(), r.path(), h);
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
    public record Error(String code, String message, String field, Long currentVersion) {}

    /** The status for a refusal. */
    static int status(DeskException.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case STALE, CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
    }

    private static Handler editorsOnly(ActorResolver actors, Handler next) {
        return ctx -> {
            Optional<Actor> actor = actors.resolve(ctx);
            if (actor.isEmpty()) {
                throw DeskException.unauthenticated("log in as an editor to use this");
            }
            if (!actor.get().isEditor()) {
                throw DeskException.forbidden("forbidden", "this needs the editor role");
            }
            next.handle(ctx);
        };
    }

    /** The actor of a request, or null when anonymous. */
    static Actor actor(ActorResolver actors, Context ctx) {
        return actors.resolve(ctx).orElse(null);
    }
}
