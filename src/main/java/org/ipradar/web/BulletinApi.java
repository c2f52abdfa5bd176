package org.ipradar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ipradar.Services;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.BulletinDocx;
import org.ipradar.bulletin.BulletinEdit;
import org.ipradar.bulletin.BulletinFeed;
import org.ipradar.bulletin.BulletinItem;
import org.ipradar.bulletin.BulletinPdf;
import org.ipradar.bulletin.BulletinService;
import org.ipradar.bulletin.Edition;
import org.ipradar.config.Source;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskException;

/** The bulletins' JSON API, their Atom feed and their DOCX and PDF files. */
final class BulletinApi {
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?"
            + "|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final Services services;

    BulletinApi(Services services) {
        this.services = services;
    }

    /** The body of {@code POST /api/bulletins}. */
    record ProposeRequest(String quarter, Integer size) {}

    /** The body of {@code PUT /api/bulletins/{id}}. */
    record EditRequest(Long version, String title, String intro, List<BulletinEdit.Item> items) {}

    /** The optional body of publish and withdraw. */
    record VersionRequest(Long version) {}

    /**
     * A bulletin as the API shows it. Who made and changed it, and what keeps it from publication, are shown to
     * editors only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(long id, String quarter, String status, long version, String title, String intro,
            List<BulletinItem> items, int candidates, Instant created, Instant updated, Instant published,
            Instant withdrawn, String createdBy, String updatedBy, String publishedBy, Boolean publishable,
            List<BulletinService.Problem> problems, Map<String, String> links) {
        static View of(Bulletin b, boolean editor) {
            String base = "/api/bulletins/" + b.id();
            List<BulletinService.Problem> problems = BulletinService.problems(b);
            return new View(b.id(), b.quarter(), b.status(), b.version(), b.title(), b.intro(), b.items(),
                    b.candidates(), b.created(), b.updated(), b.published(), b.withdrawn(),
                    editor ? b.createdBy() : null, editor ? b.updatedBy() : null, editor ? b.publishedBy() : null,
                    editor ? problems.isEmpty() : null, editor ? problems : null,
                    Map.of("page", "/bulletins/" + b.id(), "pdf", base + "/export?format=pdf",
                            "docx", base + "/export?format=docx"));
        }
    }

    private Actor actor(Context ctx) {
        return DeskRoutes.actor(ctx);
    }

    private static boolean isEditor(Actor a) {
        return a != null && a.isEditor();
    }

    private static void send(Context ctx, int status, Bulletin b, boolean editor) {
        DeskRequests.etag(ctx, b.version());
        ctx.status(status).json(View.of(b, editor));
    }

    /** {@code GET /api/bulletins}: published ones; editors see drafts and withdrawn ones too. */
    void list(Context ctx) {
        Actor a = actor(ctx);
        List<View> views = services.bulletins().list(a).stream().map(b -> View.of(b, isEditor(a))).toList();
        ctx.json(Map.of("bulletins", views));
    }

    /** {@code POST /api/bulletins}: proposes a draft for a quarter; 201 with it. */
    void propose(Context ctx) {
        ProposeRequest r = DeskRequests.body(ctx, ProposeRequest.class);
        Bulletin b = services.bulletins().propose(actor(ctx), r.quarter(), r.size());
        ctx.header("Location", "/api/bulletins/" + b.id());
        send(ctx, 201, b, true);
    }

    /** {@code GET /api/bulletins/{id}}. */
    void get(Context ctx) {
        Actor a = actor(ctx);
        send(ctx, 200, services.bulletins().get(a, DeskRequests.bulletinId(ctx)), isEditor(a));
    }

    /** {@code PUT /api/bulletins/{id}}: saves over the version in {@code If-Match} or the body; 409 when stale. */
    void save(Context ctx) {
        long id = DeskRequests.bulletinId(ctx);
        EditRequest r = DeskRequests.body(ctx, EditRequest.class);
        long version = DeskRequests.requiredVersion(ctx, r.version());
        Bulletin b = services.bulletins().save(actor(ctx), id, version,
                new BulletinEdit(r.title(), r.intro(), r.items()));
        send(ctx, 200, b, true);
    }

    /** {@code POST /api/bulletins/{id}/publish}. */
    void publish(Context ctx) {
        long id = DeskRequests.bulletinId(ctx);
        Bulletin b = services.bulletins().publish(actor(ctx), id, DeskRequests.version(ctx, bodyVersion(ctx)));
        send(ctx, 200, b, true);
    }

    /** {@code POST /api/bulletins/{id}/withdraw}. */
    void withdraw(Context ctx) {
        long id = DeskRequests.bulletinId(ctx);
        Bulletin b = services.bulletins().withdraw(actor(ctx), id, DeskRequests.version(ctx, bodyVersion(ctx)));
        send(ctx, 200, b, true);
    }

    private static Long bodyVersion(Context ctx) {
        return ctx.body().isBlank() ? null : DeskRequests.body(ctx, VersionRequest.class).version();
    }

    /** {@code GET /api/bulletins/coverage?year=2026}: the tracker; the current year by default. */
    void coverage(Context ctx) {
        String year = ctx.queryParam("year");
        int y;
        if (year == null || year.isBlank()) {
            y = java.time.LocalDate.now(java.time.Clock.system(org.ipradar.index.Fields.ZONE)).getYear();
        } else if (year.strip().matches("[0-9]{4}")) {
            y = Integer.parseInt(year.strip());
        } else {
            throw DeskException.invalid("year", "year must be a year such as 2026 (got \"" + year + "\")");
        }
        ctx.json(services.bulletins().coverage(actor(ctx), y));
    }

    /** {@code GET /api/bulletins/{id}/export?format=docx|pdf}: the file, named by the server. */
    void export(Context ctx) {
        Actor a = actor(ctx);
        Bulletin b = services.bulletins().get(a, DeskRequests.bulletinId(ctx));
        String format = ctx.queryParam("format");
        Edition e = Edition.of(b, sourceNames(services));
        byte[] bytes;
        String type;
        if ("pdf".equals(format)) {
            bytes = BulletinPdf.standard().write(e);
            type = "application/pdf";
        } else if ("docx".equals(format)) {
            bytes = BulletinDocx.write(e);
            type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else {
            throw DeskException.invalid("format", "format must be one of: docx, pdf (got "
                    + (format == null ? "nothing" : "\"" + format + "\"") + ")");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + Edition.asciiFileName(b, format)
                + "\"; filename*=UTF-8''" + URLEncoder.encode(Edition.fileName(b, format), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", b.isPublic() ? "public, max-age=300" : "no-store");
        ctx.contentType(type).result(bytes);
    }

    /** {@code GET /bulletins.atom}: the published bulletins, newest first. */
    void atom(Context ctx) {
        String xml = BulletinFeed.atom(services.bulletins().published(), base(ctx), sourceNames(services));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
    }

    /** The site's address as the client reached it; a Host header that is not a host name gives localhost. */
    static String base(Context ctx) {
        String host = ctx.host();
        String scheme = "https".equals(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + (host != null && HOST.matcher(host).matches() ? host : "localhost");
    }

    /** Source ids to names: configured sources by name, the desk as the editors. */
    static Function<String, String> sourceNames(Services services) {
        Map<String, String> names = new java.util.HashMap<>();
        for (Source s : services.sources()) {
            names.put(s.id(), s.name() == null || s.name().isBlank() ? s.id() : s.name());
        }
        names.put(DeskDocument.SOURCE, "ipradar 编辑部");
        return id -> names.getOrDefault(id, id);
    }
}
