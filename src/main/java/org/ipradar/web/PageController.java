package org.ipradar.web;

import io.javalin.http.Context;
import org.ipradar.Services;

/** The server-rendered pages: the search page, and error pages for browsers. */
final class PageController {
    private final Services services;
    private final ApiController api;

    PageController(Services services, ApiController api) {
        this.services = services;
        this.api = api;
    }

    /** {@code GET /}: the search page. */
    void search(Context ctx) {
        SearchParams.read(ctx, api.knownSources());
        ctx.contentType("text/html; charset=utf-8").result("<!doctype html><title>ipradar</title>"
                + services.index().count());
    }

    /** An error page with the status and message. */
    void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result("<!doctype html><title>ipradar</title><p>" + message.replace("<", "&lt;") + "</p>");
    }
}
