package org.ipradar.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.country.CountryException;

/**
 * Every route of the country profiles, in one table with who may use each ({@link Access}), registered in one place:
 * anyone reads the profiles; editors and admins change them. {@link Guard} answers 401 and 403 before a handler runs,
 * and {@link org.ipradar.country.CountryProfiles} checks the role again.
 */
final class CountryRoutes {
    /**
     * One route.
     *
     * @param method the HTTP method
     * @param path the Javalin path
     * @param access who may use it (any of them)
     * @param handler what it does
     */
    record Route(HandlerType method, String path, List<Access> access, Handler handler) {}

    private static final List<Access> ANYONE = List.of(Access.PUBLIC);
    private static final List<Access> EDITORS = List.of(Access.EDITOR, Access.ADMIN);

    private CountryRoutes() {}

    /** The routes over the services, in registration order. */
    static List<Route> routes(Services services) {
        CountryApi api = new CountryApi(services);
        CountryPages pages = new CountryPages(services);
        return List.of(
                new Route(HandlerType.GET, "/api/countries", ANYONE, api::list),
                new Route(HandlerType.GET, "/api/countries/{code}", ANYONE, api::get),
                new Route(HandlerType.PUT, "/api/countries/{code}", EDITORS, api::save),
                new Route(HandlerType.GET, "/api/countries/{code}/versions", EDITORS, api::history),
                new Route(HandlerType.PUT, "/api/countries/{code}/facts/{fact}", EDITORS, api::saveFact),
                new Route(HandlerType.GET, "/countries", ANYONE, pages::list),
                new Route(HandlerType.GET, "/countries/{code}", ANYONE, pages::profile),
                new Route(HandlerType.POST, "/countries/{code}/facts/{fact}", EDITORS, pages::saveFact));
    }

    /**
     * Registers the routes, each declaring its {@link Access}, and maps {@link CountryException} to statuses: JSON
     * errors under {@code /api/}, error pages elsewhere.
     */
    static void register(JavalinConfig config, Services services, PageController pages) {
        for (Route r : routes(services)) {
            config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.access().toArray(new RouteRole[0]));
        }
        config.routes.exception(CountryException.class, (e, ctx) -> {
            int status = switch (e.reason()) {
                case INVALID -> 400;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
                case STALE -> 409;
            };
            if (ctx.path().startsWith("/api/")) {
                ctx.status(status).json(new DeskRoutes.Error(e.code(), e.getMessage(), e.field(),
                        e.currentVersion()));
            } else {
                pages.error(ctx, status, e.getMessage());
            }
        });
    }
}
