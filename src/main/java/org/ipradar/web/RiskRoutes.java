package org.ipradar.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.Services;

/**
 * Every route of the risk desk (risk-patent lists and risk-warning reports, API and pages), in one table, each open
 * to consultants and admins only ({@link Guard} answers 401 and 403 to anyone else). Which firm's lists and reports a
 * caller may see is decided in {@link org.ipradar.risk.RiskService}; its refusals ({@code EnterpriseNotFound},
 * {@code DeskException}) are mapped to statuses by the handlers {@link EnterpriseRoutes} and {@link DeskRoutes}
 * register for the whole application.
 */
final class RiskRoutes {
    /**
     * One route, open to consultants and admins.
     *
     * @param method the HTTP method
     * @param path the Javalin path
     * @param handler what it does
     */
    record Route(HandlerType method, String path, Handler handler) {}

    private RiskRoutes() {}

    /**
     * The routes over the services. GET routes on one object have HEAD routes of their own, so HEAD answers as GET
     * does (404 for a hidden object) rather than 200 for any id.
     */
    static List<Route> routes(Services services) {
        RiskApi api = new RiskApi(services);
        RiskPages pages = new RiskPages(services);
        List<Route> out = new ArrayList<>();
        out.add(new Route(HandlerType.POST, "/api/enterprises/{id}/risk-lists", api::compile));
        get(out, "/api/enterprises/{id}/risk-lists", api::lists);
        get(out, "/api/risk-lists/{id}", api::list);
        out.add(new Route(HandlerType.PUT, "/api/risk-lists/{id}", api::judge));
        out.add(new Route(HandlerType.GET, "/api/risk-lists/{id}/export", api::exportList));
        out.add(new Route(HandlerType.POST, "/api/enterprises/{id}/reports", api::draft));
        get(out, "/api/enterprises/{id}/reports", api::reports);
        get(out, "/api/reports/{id}", api::report);
        out.add(new Route(HandlerType.PUT, "/api/reports/{id}", api::save));
        out.add(new Route(HandlerType.GET, "/api/reports/{id}/export", api::exportReport));
        get(out, "/firms/{id}/risk", pages::firm);
        out.add(new Route(HandlerType.POST, "/firms/{id}/risk-lists", pages::compile));
        out.add(new Route(HandlerType.POST, "/firms/{id}/reports", pages::draft));
        get(out, "/risk-lists/{id}", pages::list);
        out.add(new Route(HandlerType.POST, "/risk-lists/{id}", pages::judge));
        get(out, "/reports/{id}", pages::report);
        out.add(new Route(HandlerType.POST, "/reports/{id}", pages::save));
        return List.copyOf(out);
    }

    private static void get(List<Route> out, String path, Handler handler) {
        out.add(new Route(HandlerType.GET, path, handler));
        out.add(new Route(HandlerType.HEAD, path, handler));
    }

    /** Registers the routes, each open to {@link Access#CONSULTANT} and {@link Access#ADMIN}. */
    static void register(JavalinConfig config, Services services) {
        for (Route r : routes(services)) {
            config.routes.addHttpHandler(r.method(), r.path(), r.handler(), Access.CONSULTANT, Access.ADMIN);
        }
    }
}
