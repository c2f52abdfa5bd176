package org.ipradar.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.enterprise.EnterpriseException;

/**
 * Every route of the firms (API and pages), in one table, each open to consultants and admins only ({@link Guard}
 * answers 401 and 403 to anyone else before a handler runs). Which firm a consultant may see, and that an admin sees
 * none's content (only its assignment), is decided in {@link org.ipradar.enterprise.EnterpriseService}, which every
 * route on a firm goes through.
 */
final class EnterpriseRoutes {
    /**
     * One route, open to consultants and admins.
     *
     * @param method the HTTP method
     * @param path the Javalin path
     * @param handler what it does
     */
    record Route(HandlerType method, String path, Handler handler) {}

    private EnterpriseRoutes() {}

    /**
     * The routes over the services, in registration order (fixed paths before {@code {id}} ones). The GET routes on
     * one firm have HEAD routes of their own: Javalin would otherwise answer HEAD with 200 without running the GET
     * handler, for any id; this way HEAD answers as GET does (404 for a hidden firm), and is audited as a read.
     */
    static List<Route> routes(Services services) {
        EnterpriseApi api = new EnterpriseApi(services);
        EnterprisePages pages = new EnterprisePages(services);
        return List.of(
                new Route(HandlerType.GET, "/api/enterprises", api::list),
                new Route(HandlerType.POST, "/api/enterprises", api::create),
                new Route(HandlerType.GET, "/api/enterprises/{id}", api::get),
                new Route(HandlerType.HEAD, "/api/enterprises/{id}", api::get),
                new Route(HandlerType.PUT, "/api/enterprises/{id}", api::save),
                new Route(HandlerType.POST, "/api/enterprises/{id}/consultants", api::assign),
                new Route(HandlerType.DELETE, "/api/enterprises/{id}/consultants", api::unassign),
                new Route(HandlerType.GET, "/api/enterprises/{id}/service-record", api::serviceRecord),
                new Route(HandlerType.HEAD, "/api/enterprises/{id}/service-record", api::serviceRecord),
                new Route(HandlerType.POST, "/api/enterprises/{id}/service-record", api::addEntry),
                new Route(HandlerType.GET, "/firms", pages::list),
                new Route(HandlerType.POST, "/firms", pages::create),
                new Route(HandlerType.GET, "/firms/new", pages::newForm),
                new Route(HandlerType.GET, "/firms/{id}", pages::show),
                new Route(HandlerType.HEAD, "/firms/{id}", pages::show),
                new Route(HandlerType.POST, "/firms/{id}", pages::save),
                new Route(HandlerType.POST, "/firms/{id}/service-record", pages::addEntry),
                new Route(HandlerType.POST, "/firms/{id}/consultants", pages::consultants));
    }

    /**
     * Registers the routes, each open to {@link Access#CONSULTANT} and {@link Access#ADMIN}, and maps
     * {@link EnterpriseException} (also when other packages' routes throw it from
     * {@code EnterpriseService.require}) to its status: JSON errors under {@code /api/}, error pages elsewhere (in
     * the page's language for a 404 and an admin's {@code admin_no_content}), all {@code no-store}. The 404 of a
     * hidden firm and of an unknown id are one body.
     */
    static void register(JavalinConfig config, Services services, PageController pages) {
        for (Route r : routes(services)) {
            config.routes.addHttpHandler(r.method(), r.path(), r.handler(), Access.CONSULTANT, Access.ADMIN);
        }
        config.routes.exception(EnterpriseException.class, (e, ctx) -> {
            EnterpriseApi.noStore(ctx);
            int status = e.status();
            if (ctx.path().startsWith("/api/")) {
                ctx.status(status).json(new DeskRoutes.Error(e.code(), e.getMessage(), e.field(),
                        e.currentVersion()));
            } else {
                Labels l = Labels.forUi(ctx.queryParam("ui"));
                FirmLabels t = FirmLabels.of(l);
                pages.error(ctx, status, status == 404 ? t.get("notFound")
                        : EnterpriseException.ADMIN_NO_CONTENT.equals(e.code()) ? t.get("adminNoContent")
                        : e.getMessage());
            }
        });
    }
}
