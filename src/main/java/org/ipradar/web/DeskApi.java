package org.ipradar.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.desk.CaseRecord;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskDraft;

/** The editors' documents' JSON API: list, create, read, save with optimistic locking, publish, withdraw. */
final class DeskApi {
    private final Services services;

    DeskApi(Services services) {
        this.services = services;
    }

    /** The body of create and save: what an editor may set, and the version a save edits. */
    record DraftRequest(Long version, String kind, String title, String lang, String format, String body,
            List<String> countries, List<String> ipTypes, List<String> industries, CaseRecord caseRecord) {
        DeskDraft draft() {
            return new DeskDraft(kind, title, lang, format, body, countries, ipTypes, industries, caseRecord);
        }
    }

    private void send(Context ctx, int status, DeskDocument d) {
        DeskRequests.etag(ctx, d.version());
        ctx.status(status).json(d);
    }

    /** {@code GET /api/desk/documents[?status=draft|published|withdrawn]}. */
    void list(Context ctx) {
        ctx.json(Map.of("documents", services.desk().list(DeskRoutes.actor(ctx), ctx.queryParam("status"))));
    }

    /** {@code POST /api/desk/documents}: 201 with the draft. */
    void create(Context ctx) {
        DeskDocument d = services.desk().create(DeskRoutes.actor(ctx),
                DeskRequests.body(ctx, DraftRequest.class).draft());
        ctx.header("Location", "/api/desk/documents/" + d.id());
        send(ctx, 201, d);
    }

    /** {@code GET /api/desk/documents/{id}}. */
    void get(Context ctx) {
        send(ctx, 200, services.desk().get(DeskRoutes.actor(ctx), ctx.pathParam("id")));
    }

    /** {@code PUT /api/desk/documents/{id}}: 409 when the version is stale. */
    void save(Context ctx) {
        DraftRequest r = DeskRequests.body(ctx, DraftRequest.class);
        long version = DeskRequests.requiredVersion(ctx, r.version());
        send(ctx, 200, services.desk().save(DeskRoutes.actor(ctx), ctx.pathParam("id"), version, r.draft()));
    }

    /** {@code POST /api/desk/documents/{id}/publish}. */
    void publish(Context ctx) {
        send(ctx, 200, services.desk().publish(DeskRoutes.actor(ctx), ctx.pathParam("id"),
                DeskRequests.version(ctx, bodyVersion(ctx))));
    }

    /** {@code POST /api/desk/documents/{id}/withdraw}. */
    void withdraw(Context ctx) {
        send(ctx, 200, services.desk().withdraw(DeskRoutes.actor(ctx), ctx.pathParam("id"),
                DeskRequests.version(ctx, bodyVersion(ctx))));
    }

    private static Long bodyVersion(Context ctx) {
        return ctx.body().isBlank() ? null : DeskRequests.body(ctx, BulletinApi.VersionRequest.class).version();
    }
}
