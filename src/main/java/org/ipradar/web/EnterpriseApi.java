package org.ipradar.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseDraft;
import org.ipradar.enterprise.EnterpriseException;
import org.ipradar.enterprise.EnterpriseService;
import org.ipradar.enterprise.OwnPatent;
import org.ipradar.enterprise.OwnTrademark;
import org.ipradar.enterprise.Product;
import org.ipradar.enterprise.ServiceEntry;
import org.ipradar.enterprise.ServiceEntryDraft;

/**
 * The firms' JSON API: list, create, read, save with optimistic locking, assign consultants, and the service record.
 * Every route on one firm checks access first, so for a firm the caller may not see every route answers the same
 * 404, whatever the body or headers, and an admin who is not an assigned consultant gets 403
 * {@code admin_no_content} on every route to a firm's content (but may assign consultants); every answer is
 * {@code Cache-Control: no-store}.
 */
final class EnterpriseApi {
    private final Services services;

    EnterpriseApi(Services services) {
        this.services = services;
    }

    /** The body of create: the profile, nothing else. */
    record Profile(String name, String industry, List<Product> products, List<String> markets,
            List<String> competitors, List<OwnPatent> ownPatents, List<OwnTrademark> ownTrademarks) {
        EnterpriseDraft draft() {
            return new EnterpriseDraft(name, industry, products, markets, competitors, ownPatents, ownTrademarks);
        }
    }

    /** The body of save: the profile and the version it edits. */
    record Save(Long version, String name, String industry, List<Product> products, List<String> markets,
            List<String> competitors, List<OwnPatent> ownPatents, List<OwnTrademark> ownTrademarks) {
        EnterpriseDraft draft() {
            return new EnterpriseDraft(name, industry, products, markets, competitors, ownPatents, ownTrademarks);
        }
    }

    /** The body of assigning or unassigning: {@code {"user": "name"}}. */
    record Assignment(String user) {}

    /** The body of a new service-record entry. */
    record Entry(String type, String date, String text, String reportId, String riskListId) {
        ServiceEntryDraft draft() {
            return new ServiceEntryDraft(type, date, text, reportId, riskListId);
        }
    }

    private EnterpriseService firms() {
        return services.enterprises();
    }

    /** Confidential answers are never cached, by the browser or anything in between. */
    static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    private static void send(Context ctx, int status, Enterprise e) {
        noStore(ctx);
        ctx.header("ETag", "\"" + e.version() + "\"");
        ctx.status(status).json(e);
    }

    // Checks access before anything of the request is read, so a hidden firm is 404 whatever the body says.
    private String visibleId(Context ctx, String action) {
        noStore(ctx);
        String id = ctx.pathParam("id");
        firms().require(DeskRoutes.actor(ctx), id, action);
        return id;
    }

    /**
     * {@code GET /api/enterprises}: the caller's firms; an admin's are all of them, those the admin is not assigned
     * to as consultant with only {@code id}, {@code name}, {@code consultants} and {@code updated}.
     */
    void list(Context ctx) {
        noStore(ctx);
        ctx.json(Map.of("enterprises", firms().list(DeskRoutes.actor(ctx))));
    }

    /**
     * {@code POST /api/enterprises}: 201 with the profile; a consultant who creates a firm is assigned to it; an admin
     * who is not a consultant is refused (403 {@code admin_no_content}).
     */
    void create(Context ctx) {
        noStore(ctx);
        firms().requireCreator(DeskRoutes.actor(ctx)); // an admin is refused before the body is read
        Enterprise e = firms().create(DeskRoutes.actor(ctx), EnterpriseRequests.body(ctx, Profile.class).draft());
        ctx.header("Location", "/api/enterprises/" + e.id());
        send(ctx, 201, e);
    }

    /** {@code GET /api/enterprises/{id}}. */
    void get(Context ctx) {
        noStore(ctx);
        send(ctx, 200, firms().get(DeskRoutes.actor(ctx), ctx.pathParam("id")));
    }

    /** {@code PUT /api/enterprises/{id}}: 409 when the version is stale. */
    void save(Context ctx) {
        String id = visibleId(ctx, "enterprise_saved");
        Save s = EnterpriseRequests.body(ctx, Save.class);
        long version = EnterpriseRequests.version(ctx, s.version());
        send(ctx, 200, firms().save(DeskRoutes.actor(ctx), id, version, s.draft()));
    }

    // Checks before the body is read that the caller may change the firm's assignment (an admin: any firm that exists).
    private String assignableId(Context ctx, String action) {
        noStore(ctx);
        String id = ctx.pathParam("id");
        firms().requireAssignable(DeskRoutes.actor(ctx), id, action);
        return id;
    }

    /** {@code POST /api/enterprises/{id}/consultants} {@code {"user": "name"}}: admins only. */
    void assign(Context ctx) {
        String id = assignableId(ctx, "consultant_assigned");
        List<String> now = firms().assign(DeskRoutes.actor(ctx), id,
                EnterpriseRequests.body(ctx, Assignment.class).user());
        ctx.json(consultants(id, now));
    }

    /** {@code DELETE /api/enterprises/{id}/consultants?user=name} (or the same body as assigning): admins only. */
    void unassign(Context ctx) {
        String id = assignableId(ctx, "consultant_unassigned");
        String user = ctx.queryParam("user");
        if (user == null && ctx.body().isBlank()) {
            throw EnterpriseException.invalid("user", "name the consultant, as ?user=NAME or {\"user\": \"NAME\"}");
        }
        if (user == null) {
            user = EnterpriseRequests.body(ctx, Assignment.class).user();
        }
        ctx.json(consultants(id, firms().unassign(DeskRoutes.actor(ctx), id, user)));
    }

    private static Map<String, Object> consultants(String id, List<String> names) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", id);
        body.put("consultants", names);
        return body;
    }

    /** {@code GET /api/enterprises/{id}/service-record}: the entries by date. */
    void serviceRecord(Context ctx) {
        noStore(ctx);
        String id = ctx.pathParam("id");
        List<ServiceEntry> entries = firms().serviceRecord(DeskRoutes.actor(ctx), id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", id);
        body.put("entries", entries);
        ctx.json(body);
    }

    /** {@code POST /api/enterprises/{id}/service-record}: 201 with the entry. */
    void addEntry(Context ctx) {
        String id = visibleId(ctx, "service_entry_added");
        ServiceEntry e = firms().addEntry(DeskRoutes.actor(ctx), id, EnterpriseRequests.body(ctx, Entry.class)
                .draft());
        ctx.status(201).json(e);
    }
}
