package org.ipradar.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipradar.Services;
import org.ipradar.bulletin.Bulletin;
import org.ipradar.bulletin.BulletinService;
import org.ipradar.bulletin.Coverage;
import org.ipradar.bulletin.Edition;
import org.ipradar.bulletin.Quarter;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskException;
import org.ipradar.desk.Markup;
import org.ipradar.index.Fields;

/** The bulletins' pages: the list, one bulletin, and the coverage tracker; Chinese first with an English switch. */
final class BulletinPages {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(Fields.ZONE);

    private final Services services;

    BulletinPages(Services services) {
        this.services = services;
    }

    private static PageFrame frame(Context ctx, Labels l, String title) {
        return PageFrame.of(ctx, l, title + " · " + l.get("title"), "",
                SearchLinks.withUi(ctx.path(), ctx.queryParamMap(), !l.english()));
    }

    private static String ui(Labels l, String path) {
        return l.english() ? path + (path.contains("?") ? "&" : "?") + "ui=en" : path;
    }

    /** {@code GET /bulletins}. */
    void list(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Actor a = DeskRoutes.actor(ctx);
        boolean editor = a != null && a.isEditor();
        List<BulletinListPage.Entry> entries = new ArrayList<>();
        for (Bulletin b : services.bulletins().list(a)) {
            Quarter q = b.period();
            String api = "/api/bulletins/" + b.id() + "/export?format=";
            entries.add(new BulletinListPage.Entry(b.id(), b.title(), l.english() ? q.en() : q.zh(), b.status(),
                    b.isPublic() ? null : l.get("bulletin.status." + b.status()),
                    DAY.format(b.isPublic() ? b.published() : b.updated()),
                    l.english() ? b.items().size() + " articles" : "共 " + b.items().size() + " 篇",
                    ui(l, "/bulletins/" + b.id()), api + "pdf", api + "docx"));
        }
        send(ctx, 200, "bulletins.jte", new BulletinListPage(frame(ctx, l, l.get("bulletins.title")), entries,
                "/bulletins.atom", editor ? ui(l, "/bulletins/coverage") : null));
    }

    /** {@code GET /bulletins/{id}}. */
    void bulletin(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Bulletin b = services.bulletins().get(DeskRoutes.actor(ctx), DeskRequests.bulletinId(ctx));
        Edition e = Edition.of(b, BulletinApi.sourceNames(services));
        List<BulletinPage.Item> items = new ArrayList<>();
        for (Edition.Article a : e.articles()) {
            String docId = b.items().get(a.number() - 1).documentId();
            items.add(new BulletinPage.Item("article" + a.number(), a.heading(), a.meta(), a.summary(), a.url(),
                    ui(l, PageController.documentPath(docId))));
        }
        List<String> problems = b.isPublic() ? List.of()
                : BulletinService.problems(b).stream().map(BulletinService.Problem::message).toList();
        String api = "/api/bulletins/" + b.id();
        send(ctx, 200, "bulletin.jte", new BulletinPage(frame(ctx, l, b.title()), b.title(), e.series(),
                e.quarter(), e.dateLine(), b.isPublic() ? null : l.get("bulletin.status." + b.status()), problems,
                Markup.markdownToHtml(b.intro()), items, api + "/export?format=pdf", api + "/export?format=docx",
                api, ui(l, "/bulletins")));
    }

    /** {@code GET /bulletins/coverage?year=2026}. */
    void coverage(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        String year = ctx.queryParam("year");
        int y;
        if (year == null || year.isBlank()) {
            y = java.time.LocalDate.now(java.time.Clock.system(Fields.ZONE)).getYear();
        } else if (year.strip().matches("[0-9]{4}")) {
            y = Integer.parseInt(year.strip());
        } else {
            throw DeskException.invalid("year", "year must be a year such as 2026 (got \"" + year + "\")");
        }
        Coverage c = services.bulletins().coverage(DeskRoutes.actor(ctx), y);
        List<CoveragePage.Row> rows = new ArrayList<>();
        for (Coverage.Row r : c.quarters()) {
            Quarter q = Quarter.parse(r.quarter());
            String state = l.get("coverage.state." + r.state());
            if (r.daysLeft() != null) {
                state += " · " + String.format(Locale.ROOT, l.get("coverage.daysLeft"), r.daysLeft());
            }
            List<CoveragePage.Flag> flags = new ArrayList<>();
            for (String f : r.flags()) {
                String label = f.equals(Coverage.BELOW_MINIMUM)
                        ? String.format(Locale.ROOT, l.get("coverage.flag.below_minimum"), c.minimumArticles())
                        : String.format(Locale.ROOT, l.get("coverage.flag.few_candidates"), c.fewCandidates());
                flags.add(new CoveragePage.Flag(f, label, f.equals(Coverage.BELOW_MINIMUM) ? "failing" : "stale"));
            }
            if (flags.isEmpty() && !r.state().equals("upcoming")) {
                flags.add(new CoveragePage.Flag("ok", l.get("coverage.ok"), "ok"));
            }
            rows.add(new CoveragePage.Row(r.quarter(), l.english() ? q.en() : q.zh(), r.firstDay() + " – "
                    + r.lastDay(), r.state(), state, r.bulletins(), r.drafts(), r.articles(), r.candidates(),
                    flags));
        }
        String heading = l.get("coverage.title") + " · " + y;
        send(ctx, 200, "coverage.jte", new CoveragePage(frame(ctx, l, heading), heading,
                String.format(Locale.ROOT, l.get("coverage.rule"), c.minimumArticles(), c.fewCandidates()),
                c.today().toString(), rows, ui(l, "/bulletins/coverage?year=" + (y - 1)),
                ui(l, "/bulletins/coverage?year=" + (y + 1)), "/api/bulletins/coverage?year=" + y));
    }

    // As PageController renders: the same security headers, no stack trace if a template fails.
    private static void send(Context ctx, int status, String template, Object model) {
        ctx.status(status)
                .header("Content-Security-Policy", PageController.CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
        StringOutput out = new StringOutput();
        try {
            TEMPLATES.render(template, model, out);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(BulletinPages.class)
                    .error("page render failed template={} status={}", template, status, e);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("500 Internal Server Error");
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
