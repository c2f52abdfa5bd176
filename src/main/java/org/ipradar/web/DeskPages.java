package org.ipradar.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.Quarter;
import org.ipradar.desk.Actor;
import org.ipradar.desk.CaseRecord;
import org.ipradar.desk.DeskDocument;
import org.ipradar.desk.DeskException;
import org.ipradar.desk.DeskService;
import org.ipradar.index.Fields;
import org.ipradar.vocab.Industry;
import org.ipradar.vocab.IpType;

/**
 * The editor's desk pages over plain HTML forms: the desk (bulletins, own documents, new ones), and the document and
 * case record form. The rules are the services'; these handlers read forms, call them, and show what they answer,
 * keeping the editor's input when a save is refused.
 */
final class DeskPages {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(Fields.ZONE);

    private final Services services;

    DeskPages(Services services) {
        this.services = services;
    }

    // ---- shared by the desk's pages

    static Labels labels(Context ctx) {
        return Labels.forUi(ctx.queryParam("ui"));
    }

    /** A path on this site in the interface language. */
    static String ui(Labels l, String path) {
        return l.english() ? path + (path.contains("?") ? "&" : "?") + "ui=en" : path;
    }

    static PageFrame frame(Context ctx, Labels l, String title) {
        return PageFrame.of(ctx, l, title + " · " + l.get("title"), "",
                SearchLinks.withUi(ctx.path(), ctx.queryParamMap(), !l.english()));
    }

    /** After a post that changed something: see the page again, saying what was done (post, redirect, get). */
    static void seeOther(Context ctx, Labels l, String path) {
        ctx.status(303).header("Location", ui(l, path));
    }

    static String fill(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    static String when(Instant t) {
        return t == null ? "" : MINUTE.format(t);
    }

    /** The version a form says it edits; a form without one is refused before anything changes. */
    static long formVersion(Context ctx) {
        String v = ctx.formParam("version");
        if (v == null || !v.strip().matches("[0-9]{1,18}")) {
            throw DeskException.invalid("version_required", "version", "the form does not say which version it"
                    + " edits (field \"version\"); reload the page and try again");
        }
        return Long.parseLong(v.strip());
    }

    /** The notice for {@code ?done=CODE} after a redirect, or null for none or an unknown code. */
    static String notice(Context ctx, Labels l, String prefix) {
        String done = ctx.queryParam("done");
        return done == null || !done.matches("[a-z]{1,20}") ? null : l.getOr(prefix + done, null);
    }

    // ---- the desk

    /** {@code GET /desk}. */
    void desk(Context ctx) {
        renderDesk(ctx, 200, Quarter.of(Instant.now()).toString(), null);
    }

    /** {@code POST /desk/bulletins}: proposes a draft for the quarter and opens it in the editor. */
    void proposeBulletin(Context ctx) {
        Labels l = labels(ctx);
        String quarter = ctx.formParam("quarter") == null ? "" : ctx.formParam("quarter").strip();
        Bulletin b;
        try {
            b = services.bulletins().propose(DeskRoutes.actor(ctx), quarter, null);
        } catch (DeskException e) {
            if (e.reason() != DeskException.Reason.INVALID) {
                throw e;
            }
            renderDesk(ctx, 400, quarter, l.get("desk.error.quarter"));
            return;
        }
        seeOther(ctx, l, "/desk/bulletins/" + b.id() + "?done=created");
    }

    private void renderDesk(Context ctx, int status, String quarter, String quarterError) {
        Labels l = labels(ctx);
        Actor a = DeskRoutes.actor(ctx);
        List<DeskHomePage.BulletinRow> bulletins = new ArrayList<>();
        for (Bulletin b : services.bulletins().list(a)) {
            bulletins.add(new DeskHomePage.BulletinRow(b.id(), b.title(), l.quarter(b.quarter()), b.status(),
                    l.get("desk.status." + b.status()), b.items().size(), when(b.updated()),
                    ui(l, "/desk/bulletins/" + b.id()), ui(l, "/bulletins/" + b.id())));
        }
        List<DeskHomePage.DocumentRow> documents = new ArrayList<>();
        for (DeskDocument d : services.desk().list(a, null)) {
            if (!d.author().equals(a.name())) {
                continue;
            }
            documents.add(new DeskHomePage.DocumentRow(d.id(), d.title(), l.kind(d.kind()), d.status(),
                    l.get("desk.status." + d.status()), d.version(), when(d.updated()), ui(l, editPath(d.id())),
                    d.status().equals(DeskDocument.PUBLISHED) ? ui(l, PageController.documentPath(d.id())) : null));
        }
        PageController.send(ctx, status, "desk.jte", new DeskHomePage(frame(ctx, l, l.get("desk.title")), bulletins,
                documents, ui(l, "/desk/bulletins"), quarter, quarterError, ui(l, "/desk/documents/new?kind=case"),
                ui(l, "/desk/documents/new?kind=guide"), ui(l, "/desk/documents/new?kind=law"),
                ui(l, "/bulletins/coverage")));
    }

    // ---- documents and case records

    static String editPath(String id) {
        return "/desk/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // The kind asked for, a new document's form by default a guide; any other value is refused before a form shows.
    private static String kind(String asked) {
        String kind = asked == null || asked.isBlank() ? "guide" : asked.strip();
        if (!DeskService.KINDS.contains(kind)) {
            throw DeskException.invalid("kind", "kind must be one of: " + String.join(", ", DeskService.KINDS)
                    + " (got \"" + kind + "\")");
        }
        return kind;
    }

    /** {@code GET /desk/documents/new?kind=case|guide|law}: an empty form. */
    void newDocument(Context ctx) {
        String kind = kind(ctx.queryParam("kind"));
        renderForm(ctx, 200, null, DocumentForm.blank(kind), Map.of(), null, null, null);
    }

    /** {@code POST /desk/documents}: creates a draft, and publishes it at once when that button was pressed. */
    void createDocument(Context ctx) {
        Labels l = labels(ctx);
        Actor a = DeskRoutes.actor(ctx);
        String kind = kind(ctx.formParam("kind"));
        DocumentForm form = DocumentForm.read(ctx, kind);
        DocumentForm.Parsed parsed = form.parse();
        if (parsed.draft() == null) {
            renderForm(ctx, 400, null, form, errors(l, parsed.unreadable(), null), l.get("df.invalid"), null, null);
            return;
        }
        DeskDocument d;
        try {
            d = services.desk().create(a, parsed.draft());
            if ("publish".equals(ctx.formParam("op"))) {
                d = services.desk().publish(a, d.id(), d.version());
                seeOther(ctx, l, editPath(d.id()) + "?done=published");
                return;
            }
        } catch (DeskException e) {
            if (e.reason() != DeskException.Reason.INVALID) {
                throw e;
            }
            renderForm(ctx, 400, null, form, errors(l, List.of(e.field()), e), l.get("df.invalid"), null, null);
            return;
        }
        seeOther(ctx, l, editPath(d.id()) + "?done=created");
    }

    /** {@code GET /desk/documents/{id}}: the form over the stored document. */
    void document(Context ctx) {
        DeskDocument d = services.desk().get(DeskRoutes.actor(ctx), ctx.pathParam("id"));
        renderForm(ctx, 200, d, DocumentForm.of(d), Map.of(), null, notice(ctx, labels(ctx), "df.done."), null);
    }

    /**
     * {@code POST /desk/documents/{id}}: saves the form over the version it edits, then publishes or withdraws when
     * that button was pressed. A stale version changes nothing and shows the form as typed, with the stored one.
     */
    void saveDocument(Context ctx) {
        Labels l = labels(ctx);
        Actor a = DeskRoutes.actor(ctx);
        DeskDocument stored = services.desk().get(a, ctx.pathParam("id"));
        long version = formVersion(ctx);
        String op = ctx.formParam("op") == null ? "save" : ctx.formParam("op");
        if (!List.of("save", "publish", "withdraw").contains(op)) {
            throw DeskException.invalid("op", "the form's button must be save, publish or withdraw (got \"" + op
                    + "\")");
        }
        DocumentForm form = DocumentForm.read(ctx, stored.kind());
        DocumentForm.Parsed parsed = form.parse();
        if (parsed.draft() == null) {
            renderForm(ctx, 400, stored, form, errors(l, parsed.unreadable(), null), l.get("df.invalid"), null, null);
            return;
        }
        boolean changed = !parsed.draft().equals(DocumentForm.of(stored).parse().draft());
        String done = changed ? "saved" : "unchanged";
        try {
            DeskDocument d = stored;
            long v = version;
            if (changed) {
                d = services.desk().save(a, stored.id(), v, parsed.draft());
                v = d.version();
            }
            if (op.equals("publish")) {
                d = services.desk().publish(a, stored.id(), v);
                done = "published";
            } else if (op.equals("withdraw")) {
                d = services.desk().withdraw(a, stored.id(), v);
                done = "withdrawn";
            } else if (!changed && v != stored.version()) {
                throw DeskException.stale("the document \"" + stored.id() + "\"", v, stored.version());
            }
        } catch (DeskException e) {
            DeskDocument now = services.desk().get(a, stored.id());
            switch (e.reason()) {
                case INVALID -> renderForm(ctx, 400, now, form, errors(l, List.of(e.field()), e),
                        l.get("df.invalid"), null, null);
                case STALE -> renderForm(ctx, 409, now, form.withVersion(now.version()), Map.of(),
                        fill(l.get("desk.stale"), version, now.version()), null, now);
                case CONFLICT -> renderForm(ctx, 409, now, DocumentForm.of(now), Map.of(),
                        l.getOr("df.error." + e.code(), e.getMessage()), null, null);
                default -> throw e;
            }
            return;
        }
        seeOther(ctx, l, editPath(stored.id()) + "?done=" + done);
    }

    // Each field at fault with its message in the interface language; a field the labels do not know keeps the
    // service's own message.
    private static Map<String, String> errors(Labels l, List<String> fields, DeskException e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            String field = f == null ? "form" : f;
            String message = l.getOr("df.error." + field, e == null ? field : e.getMessage());
            out.merge(SHOWN.contains(field) ? field : "form", message, (a, b) -> a + " " + b);
        }
        return out;
    }

    /** The fields the form shows an error next to; any other goes above the form. */
    static final java.util.Set<String> SHOWN = java.util.Set.of("title", "lang", "format", "body", "countries",
            "ipTypes", "industries", "case.forum", "case.forumName", "case.caseNumber", "case.parties", "case.cause",
            "case.filed", "case.decided", "case.outcome", "case.money", "case.lessons", "case.sources");

    private void renderForm(Context ctx, int status, DeskDocument stored, DocumentForm form,
            Map<String, String> errors, String formError, String notice, DeskDocument conflict) {
        Labels l = labels(ctx);
        Actor a = DeskRoutes.actor(ctx);
        String heading = stored == null ? l.get("df.new." + form.kind()) : l.get("df.edit");
        String meta = stored == null ? null : fill(l.get("df.meta"), l.kind(stored.kind()) + " · "
                + l.get("desk.status." + stored.status()), stored.author(), stored.version());
        boolean editable = stored == null || stored.author().equals(a.name());
        if (!editable && formError == null) {
            formError = fill(l.get("df.notAuthor"), stored.author());
        }
        boolean published = stored != null && stored.status().equals(DeskDocument.PUBLISHED);
        DocumentFormPage.Saved saved = conflict == null ? null : new DocumentFormPage.Saved(
                fill(l.get("desk.saved"), conflict.version()), conflict.title(), conflict.text());
        List<DocumentFormPage.Option> ipTypes = new ArrayList<>();
        for (IpType t : IpType.values()) {
            ipTypes.add(new DocumentFormPage.Option(t.wire(), l.ipType(t.wire())));
        }
        List<DocumentFormPage.Option> industries = new ArrayList<>();
        for (Industry t : Industry.values()) {
            industries.add(new DocumentFormPage.Option(t.wire(), l.industry(t.wire())));
        }
        int lang = l.english() ? 1 : 0;
        String title = stored == null ? heading : stored.title();
        PageController.send(ctx, status, "desk-document.jte", new DocumentFormPage(frame(ctx, l, title), heading, meta,
                stored == null ? "new" : stored.status(),
                ui(l, stored == null ? "/desk/documents" : editPath(stored.id())), editable, published, form,
                errors, formError, notice, saved,
                published ? ui(l, PageController.documentPath(stored.id())) : null, ui(l, "/desk"),
                List.of(new DocumentFormPage.Option("zh", l.lang("zh")), new DocumentFormPage.Option("en",
                        l.lang("en"))),
                List.of(new DocumentFormPage.Option("markdown", l.get("df.format.markdown")),
                        new DocumentFormPage.Option("html", l.get("df.format.html"))),
                ipTypes, industries, options(CaseRecord.FORUMS, lang), options(CaseRecord.ROLES, lang),
                options(CaseRecord.MONEY_KINDS, lang)));
    }

    private static List<DocumentFormPage.Option> options(Map<String, String[]> names, int lang) {
        return names.entrySet().stream().map(e -> new DocumentFormPage.Option(e.getKey(), e.getValue()[lang]))
                .toList();
    }
}
