package org.ipradar.web;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.desk.Actor;
import org.ipradar.desk.DeskException;
import org.ipradar.desk.Markup;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseService;
import org.ipradar.enterprise.Product;
import org.ipradar.risk.ReportBody;
import org.ipradar.risk.ReportPart;
import org.ipradar.risk.RiskListBody;
import org.ipradar.risk.RiskRequest;
import org.ipradar.risk.RiskRow;
import org.ipradar.risk.RiskService;
import org.ipradar.risk.Saved;

/**
 * The risk desk's pages, server-rendered forms without scripts: a firm's lists and reports with the forms that
 * compile a list and draft a report, a list's rows with the consultant's marks and notes, and a report's four parts
 * with their previews. Every form posts with the session's CSRF token and answers with a redirect (or the page again,
 * with what was wrong); every page is {@code no-store}.
 */
final class RiskPages {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(EnterpriseService.ZONE);
    private static final String SPLIT = "[\\s,，、;；]+";

    private final Services services;

    RiskPages(Services services) {
        this.services = services;
    }

    private RiskService risk() {
        return services.risk();
    }

    private static String ui(Labels l, String path) {
        if (!l.english()) {
            return path;
        }
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "ui=en" + fragment;
    }

    private static PageFrame frame(Context ctx, Labels l, String title, String path) {
        return PageFrame.of(ctx, l, title + " · " + l.get("title"), "", SearchLinks.withUi(path,
                path.equals(ctx.path()) ? ctx.queryParamMap() : Map.of(), !l.english()));
    }

    private static void redirect(Context ctx, String url) {
        EnterpriseApi.noStore(ctx);
        ctx.status(303).header("Location", url);
    }

    private static void render(Context ctx, int status, String template, Object model) {
        EnterpriseApi.noStore(ctx);
        PageController.send(ctx, status, template, model);
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split(SPLIT)).filter(s -> !s.isEmpty()).toList();
    }

    // --- the firm's risk page ---

    /** {@code GET /firms/{id}/risk[?product=ID]}: the firm's lists and reports and the forms for new ones. */
    void firm(Context ctx) {
        EnterpriseApi.noStore(ctx);
        Actor a = DeskRoutes.actor(ctx);
        Enterprise e = services.enterprises().get(a, ctx.pathParam("id"));
        String pid = ctx.queryParam("product");
        RiskDeskPage.Form form = new RiskDeskPage.Form("", "", "", String.join(" ", e.markets()), "", false);
        for (Product p : e.products()) {
            if (p.id().equals(pid)) {
                form = new RiskDeskPage.Form(p.name(), p.description(), String.join("\n", p.features()),
                        form.markets(), "", false);
            }
        }
        renderDesk(ctx, 200, e, form, null, String.join(" ", e.markets()), null);
    }

    /** {@code POST /firms/{id}/risk-lists}: compiles a list and goes to it, or shows the form again. */
    void compile(Context ctx) {
        Actor a = DeskRoutes.actor(ctx);
        Enterprise e = services.enterprises().require(a, ctx.pathParam("id"), "risk_list_created");
        RiskDeskPage.Form form = new RiskDeskPage.Form(value(ctx, "product"), value(ctx, "description"),
                value(ctx, "features"), value(ctx, "markets"), value(ctx, "ipc"),
                ctx.formParam("includeExpired") != null);
        Saved<RiskListBody> s;
        try {
            s = risk().compile(a, e.id(), new RiskRequest(form.product().strip(), form.description().strip(),
                    lines(form.features()), words(form.markets()), lines(form.ipc()), form.includeExpired()));
        } catch (DeskException ex) {
            if (ex.reason() != DeskException.Reason.INVALID) {
                throw ex;
            }
            renderDesk(ctx, 400, e, form, ex.getMessage(), String.join(" ", e.markets()), null);
            return;
        }
        redirect(ctx, ui(Labels.forUi(ctx.queryParam("ui")), "/risk-lists/" + s.id() + "?done=created"));
    }

    /** {@code POST /firms/{id}/reports}: drafts a report and goes to it, or shows the form again. */
    void draft(Context ctx) {
        Actor a = DeskRoutes.actor(ctx);
        Enterprise e = services.enterprises().require(a, ctx.pathParam("id"), "report_created");
        String markets = value(ctx, "markets");
        String list = value(ctx, "riskListId").strip();
        Saved<ReportBody> s;
        try {
            long listId;
            if (list.isEmpty() || list.equals("0")) {
                listId = 0;
            } else if (list.matches("[1-9][0-9]{0,17}")) {
                listId = Long.parseLong(list);
            } else {
                throw DeskException.invalid("riskListId", "the risk list is a list's id (got \"" + list + "\")");
            }
            s = risk().draftReport(a, e.id(), words(markets), listId);
        } catch (DeskException ex) {
            if (ex.reason() != DeskException.Reason.INVALID) {
                throw ex;
            }
            renderDesk(ctx, 400, e, new RiskDeskPage.Form("", "", "", String.join(" ", e.markets()), "", false),
                    null, markets, ex.getMessage());
            return;
        }
        redirect(ctx, ui(Labels.forUi(ctx.queryParam("ui")), "/reports/" + s.id() + "?done=created"));
    }

    private void renderDesk(Context ctx, int status, Enterprise e, RiskDeskPage.Form form, String compileError,
            String draftMarkets, String draftError) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        RiskLabels t = RiskLabels.of(l);
        Actor a = DeskRoutes.actor(ctx);
        List<RiskDeskPage.Item> lists = risk().lists(a, e.id()).stream().map(s -> item(l, "/risk-lists/", s))
                .toList();
        List<RiskDeskPage.Item> reports = risk().reports(a, e.id()).stream().map(s -> item(l, "/reports/", s))
                .toList();
        String path = "/firms/" + e.id() + "/risk";
        List<RiskDeskPage.Link> products = e.products().stream().map(p -> new RiskDeskPage.Link(p.name(),
                ui(l, path + "?product=" + p.id()) + "#compile")).toList();
        String title = t.get("desk") + " · " + e.name();
        render(ctx, status, "risk-desk.jte", new RiskDeskPage(frame(ctx, l, title, path), t, e.name(),
                ui(l, "/firms/" + e.id()), lists, reports, products, form,
                ui(l, "/firms/" + e.id() + "/risk-lists"), compileError, draftMarkets,
                ui(l, "/firms/" + e.id() + "/reports"), draftError));
    }

    private static RiskDeskPage.Item item(Labels l, String prefix, Saved<Void> s) {
        return new RiskDeskPage.Item(s.id(), s.title(), ui(l, prefix + s.id()), s.latestVersion(),
                MINUTE.format(s.saved()), s.savedBy());
    }

    // --- a risk list ---

    /** {@code GET /risk-lists/{id}[?version=N]}: the rows, the form that judges them, exports and versions. */
    void list(Context ctx) {
        EnterpriseApi.noStore(ctx);
        Actor a = DeskRoutes.actor(ctx);
        Saved<RiskListBody> s = risk().list(a, RiskApi.id(ctx), RiskApi.version(ctx));
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        RiskLabels t = RiskLabels.of(l);
        String notice = "created".equals(ctx.queryParam("done")) ? t.get("created")
                : "saved".equals(ctx.queryParam("done")) ? t.get("saved", s.version()) : null;
        renderList(ctx, 200, s, notice, null, null);
    }

    /** {@code POST /risk-lists/{id}}: saves the marks and notes as a new version. */
    void judge(Context ctx) {
        Actor a = DeskRoutes.actor(ctx);
        long id = RiskApi.id(ctx);
        Saved<RiskListBody> current = risk().list(a, id, 0); // a hidden list is 404 before the form is read
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        String v = value(ctx, "version").strip();
        int version = v.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(v) : 0;
        Map<String, String[]> submitted = new LinkedHashMap<>();
        List<RiskService.Judgement> marks = new ArrayList<>();
        for (int i = 0; i < current.body().rows().size(); i++) {
            String number = ctx.formParam("n" + i);
            if (number == null) {
                continue;
            }
            String r = value(ctx, "r" + i);
            String note = value(ctx, "note" + i);
            submitted.put(number, new String[] {r, note});
            marks.add(new RiskService.Judgement(number, r.equals("yes") ? Boolean.TRUE : r.equals("no")
                    ? Boolean.FALSE : null, note));
        }
        try {
            if (version == 0) {
                throw DeskException.invalid("version", "the form does not say which version it edits; reload the"
                        + " page");
            }
            risk().judge(a, id, version, marks);
            redirect(ctx, ui(l, "/risk-lists/" + id + "?done=saved"));
        } catch (DeskException ex) {
            if (ex.reason() == DeskException.Reason.STALE) {
                renderList(ctx, 409, current, null, RiskLabels.of(l).get("stale", version, ex.currentVersion()),
                        submitted);
            } else if (ex.reason() == DeskException.Reason.INVALID) {
                renderList(ctx, 400, current, null, ex.getMessage(), submitted);
            } else {
                throw ex;
            }
        }
    }

    private void renderList(Context ctx, int status, Saved<RiskListBody> s, String notice, String error,
            Map<String, String[]> submitted) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        RiskLabels t = RiskLabels.of(l);
        Enterprise firm = services.enterprises().get(DeskRoutes.actor(ctx), s.enterpriseId());
        List<RiskListPage.Row> rows = new ArrayList<>();
        for (RiskRow r : s.body().rows()) {
            String relevant = r.relevant() == null ? "" : r.relevant() ? "yes" : "no";
            String note = r.note();
            String[] typed = submitted == null ? null : submitted.get(r.patentId());
            if (typed != null) {
                relevant = typed[0];
                note = typed[1];
            }
            rows.add(new RiskListPage.Row(rows.size(), r.rank(), r.patentId(), r.title(), String.join("; ",
                    r.assignees()), t.get("status." + (r.status().matches("in_force|pending|expired|lapsed")
                            ? r.status() : "unknown")), r.expiry() == null ? "" : r.expiry().toString(),
                    r.expiryEstimated(), r.risk().code(), t.get("risk." + r.risk().code()), r.reason(),
                    r.matchedClaim(), relevant, note));
        }
        RiskRequest q = s.body().request();
        String request = (q.description().isBlank() ? "" : q.description().strip() + " · ")
                + markets(l, q.markets()) + (q.ipc().isEmpty() ? "" : " · " + String.join(" ", q.ipc()));
        String path = "/risk-lists/" + s.id();
        String api = "/api/risk-lists/" + s.id() + "/export?format=";
        String v = s.version() < s.latestVersion() ? "&version=" + s.version() : "";
        List<RiskDeskPage.Link> exports = List.of(new RiskDeskPage.Link("XLSX", api + "xlsx" + v),
                new RiskDeskPage.Link("CSV", api + "csv" + v));
        render(ctx, status, "risk-list.jte", new RiskListPage(frame(ctx, l, s.title(), path), t, s.title(),
                firm.name(), ui(l, "/firms/" + firm.id() + "/risk"), notice, error,
                t.get("version", s.version(), s.latestVersion()), s.version(), s.version() == s.latestVersion(),
                request, s.body().asOf(), rows, ui(l, path), exports, history(l, t, path, s.latestVersion())));
    }

    private static List<RiskDeskPage.Link> history(Labels l, RiskLabels t, String path, int latest) {
        List<RiskDeskPage.Link> out = new ArrayList<>();
        for (int v = latest; v >= 1; v--) {
            out.add(new RiskDeskPage.Link(t.get("history.item", v), ui(l, path + "?version=" + v)));
        }
        return out;
    }

    private static String markets(Labels l, List<String> codes) {
        return codes.stream().map(l::country).collect(Collectors.joining(l.english() ? ", " : "、"));
    }

    // --- a report ---

    /** {@code GET /reports/{id}[?version=N]}: the four parts in text areas with their previews. */
    void report(Context ctx) {
        EnterpriseApi.noStore(ctx);
        Saved<ReportBody> s = risk().report(DeskRoutes.actor(ctx), RiskApi.id(ctx), RiskApi.version(ctx));
        RiskLabels t = RiskLabels.of(Labels.forUi(ctx.queryParam("ui")));
        String notice = "created".equals(ctx.queryParam("done")) ? t.get("created")
                : "saved".equals(ctx.queryParam("done")) ? t.get("saved", s.version()) : null;
        renderReport(ctx, 200, s, notice, null, null);
    }

    /** {@code POST /reports/{id}}: saves the parts' texts as a new version. */
    void save(Context ctx) {
        Actor a = DeskRoutes.actor(ctx);
        long id = RiskApi.id(ctx);
        Saved<ReportBody> current = risk().report(a, id, 0); // a hidden report is 404 before the form is read
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        String v = value(ctx, "version").strip();
        int version = v.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(v) : 0;
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : ReportPart.KEYS) {
            String text = ctx.formParam("part." + key);
            if (text != null) {
                texts.put(key, text.replace("\r\n", "\n"));
            }
        }
        try {
            if (version == 0) {
                throw DeskException.invalid("version", "the form does not say which version it edits; reload the"
                        + " page");
            }
            risk().saveReport(a, id, version, texts);
            redirect(ctx, ui(l, "/reports/" + id + "?done=saved"));
        } catch (DeskException ex) {
            if (ex.reason() == DeskException.Reason.STALE) {
                renderReport(ctx, 409, current, null, RiskLabels.of(l).get("stale", version, ex.currentVersion()),
                        texts);
            } else if (ex.reason() == DeskException.Reason.INVALID) {
                renderReport(ctx, 400, current, null, ex.getMessage(), texts);
            } else {
                throw ex;
            }
        }
    }

    private void renderReport(Context ctx, int status, Saved<ReportBody> s, String notice, String error,
            Map<String, String> typed) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        RiskLabels t = RiskLabels.of(l);
        Enterprise firm = services.enterprises().get(DeskRoutes.actor(ctx), s.enterpriseId());
        List<ReportPage.Part> parts = new ArrayList<>();
        for (ReportPart p : s.body().parts()) {
            String text = typed != null && typed.containsKey(p.key()) ? typed.get(p.key()) : p.text();
            parts.add(new ReportPage.Part(p.key(), p.title(), text, Markup.markdownToHtml(text), p.citations()));
        }
        String path = "/reports/" + s.id();
        String api = "/api/reports/" + s.id() + "/export?format=";
        String v = s.version() < s.latestVersion() ? "&version=" + s.version() : "";
        List<RiskDeskPage.Link> exports = List.of(new RiskDeskPage.Link("DOCX", api + "docx" + v),
                new RiskDeskPage.Link("PDF", api + "pdf" + v));
        RiskDeskPage.Link list = s.body().riskListId() == 0 ? null : new RiskDeskPage.Link(
                t.get("lists") + " " + s.body().riskListId() + " · " + t.get("history.item",
                        s.body().riskListVersion()), ui(l, "/risk-lists/" + s.body().riskListId() + "?version="
                                + s.body().riskListVersion()));
        render(ctx, status, "report.jte", new ReportPage(frame(ctx, l, s.title(), path), t, s.title(), firm.name(),
                ui(l, "/firms/" + firm.id() + "/risk"), notice, error, t.get("version", s.version(),
                        s.latestVersion()), s.version(), s.version() == s.latestVersion(),
                markets(l, s.body().markets()), list, parts, ui(l, path), exports,
                history(l, t, path, s.latestVersion())));
    }
}
