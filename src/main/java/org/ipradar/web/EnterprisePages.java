package org.ipradar.web;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.desk.Actor;
import org.ipradar.enterprise.Enterprise;
import org.ipradar.enterprise.EnterpriseDraft;
import org.ipradar.enterprise.EnterpriseException;
import org.ipradar.enterprise.EnterpriseListing;
import org.ipradar.enterprise.EnterpriseService;
import org.ipradar.enterprise.EnterpriseSummary;
import org.ipradar.enterprise.OwnPatent;
import org.ipradar.enterprise.OwnTrademark;
import org.ipradar.enterprise.Product;
import org.ipradar.enterprise.ServiceEntry;
import org.ipradar.enterprise.ServiceEntryDraft;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Industry;

/**
 * The firm pages, server-rendered forms without scripts: the list of the viewer's firms (for admins also every firm
 * by name, id and consultants, with the forms that assign and unassign consultants), the form for a new firm, and a
 * firm's page with its profile, the form that edits it (products with their features) and its service record with a
 * form to add an entry. Admins who are not assigned consultants get 403 on a firm's page: they assign from the list.
 * Every form posts with the session's CSRF token and answers with a redirect (or the page again, with what was
 * wrong); every page is {@code no-store}.
 */
final class EnterprisePages {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(EnterpriseService.ZONE);
    private static final String SPLIT = "[\\s,，、;；]+";

    private final Services services;

    EnterprisePages(Services services) {
        this.services = services;
    }

    private EnterpriseService firms() {
        return services.enterprises();
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

    private static String firmPath(String id) {
        return "/firms/" + id;
    }

    private static PageFrame frame(Context ctx, Labels l, String title, String path) {
        return PageFrame.of(ctx, l, title + " · " + l.get("title"), "", SearchLinks.withUi(path,
                path.equals(ctx.path()) ? ctx.queryParamMap() : java.util.Map.of(), !l.english()));
    }

    private static void redirect(Context ctx, String url) {
        EnterpriseApi.noStore(ctx);
        ctx.status(303).header("Location", url);
    }

    private static void render(Context ctx, int status, String template, Object model) {
        EnterpriseApi.noStore(ctx);
        PageController.send(ctx, status, template, model);
    }

    /** {@code GET /firms}: the viewer's firms as consultant, and for an admin every firm to assign consultants. */
    void list(Context ctx) {
        String done = ctx.queryParam("done");
        renderList(ctx, 200, null, null, "assigned".equals(done) ? "consultants.changed" : null);
    }

    // The firm list; an assignment's error is shown at the firm it concerns.
    private void renderList(Context ctx, int status, String errorFirm, String error, String noticeKey) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        FirmLabels t = FirmLabels.of(l);
        Actor a = DeskRoutes.actor(ctx);
        boolean consultant = a.has(EnterpriseService.CONSULTANT);
        boolean admin = a.has(EnterpriseService.ADMIN);
        List<FirmListPage.Row> rows = consultant ? new ArrayList<>() : null;
        List<FirmListPage.AssignRow> assignRows = admin ? new ArrayList<>() : null;
        String joiner = l.english() ? ", " : "、";
        for (EnterpriseListing listed : firms().list(a)) {
            String url = null;
            if (listed instanceof EnterpriseSummary s) {
                url = ui(l, firmPath(s.id()));
                rows.add(new FirmListPage.Row(s.id(), s.name(), url, l.industry(s.industry()),
                        markets(l, s.markets()), s.products(), String.join(joiner, s.consultants()),
                        MINUTE.format(s.updated())));
            }
            if (admin) {
                assignRows.add(new FirmListPage.AssignRow(listed.id(), listed.name(), url, listed.consultants(),
                        MINUTE.format(listed.updated()), ui(l, firmPath(listed.id()) + "/consultants"),
                        listed.id().equals(errorFirm) ? error : null));
            }
        }
        String heading = consultant ? t.get("list.title") : t.get("list.admin");
        render(ctx, status, "firms.jte", new FirmListPage(frame(ctx, l, heading, "/firms"), t, heading, rows,
                assignRows, noticeKey == null ? null : t.get(noticeKey),
                EnterpriseService.mayCreate(a) ? ui(l, "/firms/new") : null, "/api/enterprises"));
    }

    /** {@code GET /firms/new}: the form for a new firm; 403 for an admin who is not a consultant. */
    void newForm(Context ctx) {
        firms().requireCreator(DeskRoutes.actor(ctx));
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        FirmPage.Form blank = new FirmPage.Form("", "", "", "", "", "", "",
                List.of(new FirmPage.ProductForm(0, "", "", "", "", "")));
        renderNew(ctx, 200, l, blank, null);
    }

    private void renderNew(Context ctx, int status, Labels l, FirmPage.Form form, String error) {
        FirmLabels t = FirmLabels.of(l);
        render(ctx, status, "firm.jte", new FirmPage(frame(ctx, l, t.get("new.title"), "/firms/new"), t,
                t.get("new.title"), null, null, error, null, form, ui(l, "/firms"), industries(l, form.industry()),
                List.of(), null, null, null, List.of(), List.of(), null, ui(l, "/firms"), null));
    }

    /** {@code POST /firms}: creates the firm and goes to its page, or shows the form again with what was wrong. */
    void create(Context ctx) {
        firms().requireCreator(DeskRoutes.actor(ctx));
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        FirmPage.Form form = submitted(ctx);
        Enterprise e;
        try {
            e = firms().create(DeskRoutes.actor(ctx), draft(form));
        } catch (EnterpriseException ex) {
            if (ex.reason() != EnterpriseException.Reason.INVALID) {
                throw ex;
            }
            renderNew(ctx, 400, l, withBlankSlot(form), ex.getMessage());
            return;
        }
        redirect(ctx, ui(l, firmPath(e.id()) + "?done=created"));
    }

    /** {@code GET /firms/{id}}: the firm's page; reading it is audited (profile and service record). */
    void show(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Actor a = DeskRoutes.actor(ctx);
        String id = ctx.pathParam("id");
        Enterprise e = firms().get(a, id);
        String done = ctx.queryParam("done");
        FirmLabels t = FirmLabels.of(l);
        String notice = done == null ? null : switch (done) {
            case "created" -> t.get("created");
            case "saved" -> t.get("saved");
            case "added" -> t.get("record.added");
            default -> null;
        };
        renderFirm(ctx, 200, l, e, formOf(e), null, notice, blankEntry(), null);
    }

    /** {@code POST /firms/{id}}: saves the profile form. */
    void save(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Actor a = DeskRoutes.actor(ctx);
        String id = ctx.pathParam("id");
        firms().require(a, id, "enterprise_saved"); // a hidden firm is 404 before anything of the form is read
        FirmPage.Form form = submitted(ctx);
        try {
            long version;
            try {
                version = Long.parseLong(form.version().strip());
            } catch (NumberFormatException ex) {
                throw EnterpriseException.invalid("version", "the form does not say which version it edits; reload"
                        + " the page");
            }
            firms().save(a, id, version, draft(form));
        } catch (EnterpriseException ex) {
            if (ex.reason() == EnterpriseException.Reason.INVALID || ex.reason() == EnterpriseException.Reason.STALE) {
                String message = ex.reason() == EnterpriseException.Reason.STALE
                        ? String.format(Locale.ROOT, FirmLabels.of(l).get("stale"), Long.parseLong(form.version()
                                .strip()), ex.currentVersion())
                        : ex.getMessage();
                renderFirm(ctx, ex.reason() == EnterpriseException.Reason.STALE ? 409 : 400, l, firms().get(a, id),
                        withBlankSlot(form), message, null, blankEntry(), null);
                return;
            }
            throw ex;
        }
        redirect(ctx, ui(l, firmPath(id) + "?done=saved"));
    }

    /** {@code POST /firms/{id}/service-record}: adds an entry. */
    void addEntry(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Actor a = DeskRoutes.actor(ctx);
        String id = ctx.pathParam("id");
        firms().require(a, id, "service_entry_added");
        FirmPage.EntryForm entry = new FirmPage.EntryForm(value(ctx, "type"), value(ctx, "date"),
                value(ctx, "text"));
        try {
            firms().addEntry(a, id, new ServiceEntryDraft(entry.type(), entry.date(), entry.text(), null, null));
        } catch (EnterpriseException ex) {
            if (ex.reason() != EnterpriseException.Reason.INVALID) {
                throw ex;
            }
            Enterprise e = firms().get(a, id);
            renderFirm(ctx, 400, l, e, formOf(e), null, null, entry, ex.getMessage());
            return;
        }
        redirect(ctx, ui(l, firmPath(id) + "?done=added#service-record"));
    }

    /**
     * {@code POST /firms/{id}/consultants} with {@code user} and {@code action=assign|unassign}: admins only, from
     * the firm list; back to the list at the firm, or the list again with what was wrong shown at the firm.
     */
    void consultants(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Actor a = DeskRoutes.actor(ctx);
        String id = ctx.pathParam("id");
        String action = "unassign".equals(ctx.formParam("action")) ? "consultant_unassigned" : "consultant_assigned";
        firms().requireAssignable(a, id, action); // an unknown or hidden firm is 404 before the form is read
        String user = value(ctx, "user");
        try {
            if (action.equals("consultant_unassigned")) {
                firms().unassign(a, id, user);
            } else {
                firms().assign(a, id, user);
            }
        } catch (EnterpriseException ex) {
            if (ex.reason() != EnterpriseException.Reason.INVALID) {
                throw ex;
            }
            renderList(ctx, 400, id, ex.getMessage(), null);
            return;
        }
        redirect(ctx, ui(l, "/firms?done=assigned#assign-" + id));
    }

    // The firm's page: reads its service record (audited) to show it.
    private void renderFirm(Context ctx, int status, Labels l, Enterprise e, FirmPage.Form form, String error,
            String notice, FirmPage.EntryForm entryForm, String entryError) {
        FirmLabels t = FirmLabels.of(l);
        Actor a = DeskRoutes.actor(ctx);
        List<FirmPage.Entry> entries = new ArrayList<>();
        for (ServiceEntry s : firms().serviceRecord(a, e.id())) {
            List<String> links = new ArrayList<>();
            if (s.reportId() != null) {
                links.add(t.get("record.report") + " " + s.reportId());
            }
            if (s.riskListId() != null) {
                links.add(t.get("record.riskList") + " " + s.riskListId());
            }
            entries.add(new FirmPage.Entry(s.id(), s.type(), t.get("entry." + s.type()), s.date().toString(),
                    s.author(), s.text(), String.join(l.english() ? ", " : "，", links)));
        }
        List<FirmPage.ProductView> products = e.products().stream().map(p -> new FirmPage.ProductView(p.id(),
                p.name(), p.description(), p.features(), String.join(" ", p.hsCodes()))).toList();
        FirmPage.Profile profile = new FirmPage.Profile(l.industry(e.industry()), markets(l, e.markets()),
                e.competitors(), e.ownPatents().stream().map(p -> p.number().startsWith(p.jurisdiction()) ? p.number()
                        : p.number() + " (" + p.jurisdiction() + ")").toList(),
                e.ownTrademarks().stream().map(m -> m.mark() + " (" + m.jurisdiction()
                        + (m.number() == null ? "" : ", " + m.number()) + ")").toList(),
                products, e.version(), MINUTE.format(e.created()) + " · " + e.createdBy(),
                MINUTE.format(e.updated()) + " · " + e.updatedBy());
        List<FirmPage.Option> types = ServiceEntry.TYPES.stream().map(ty -> new FirmPage.Option(ty,
                t.get("entry." + ty), ty.equals(entryForm.type()))).toList();
        String path = firmPath(e.id());
        render(ctx, status, "firm.jte", new FirmPage(frame(ctx, l, e.name(), path), t, e.name(), e.id(), notice,
                error, profile, form, ui(l, path), industries(l, form.industry()), entries, entryForm,
                ui(l, path + "/service-record"), entryError, types, e.consultants(),
                a.has(EnterpriseService.ADMIN) ? ui(l, "/firms#assign-" + e.id()) : null, ui(l, "/firms"),
                "/api/enterprises/" + e.id()));
    }

    private FirmPage.EntryForm blankEntry() {
        return new FirmPage.EntryForm(ServiceEntry.CONSULTATION, firms().today().toString(), "");
    }

    private static String markets(Labels l, List<String> codes) {
        return codes.stream().map(l::country).collect(Collectors.joining(l.english() ? ", " : "、"));
    }

    private static List<FirmPage.Option> industries(Labels l, String selected) {
        return Arrays.stream(Industry.values()).map(i -> new FirmPage.Option(i.wire(), l.industry(i.wire()),
                i.wire().equals(selected))).toList();
    }

    // --- the profile form ---

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    /** The profile form as submitted. */
    static FirmPage.Form submitted(Context ctx) {
        int slots;
        try {
            slots = Integer.parseInt(value(ctx, "products").strip());
        } catch (NumberFormatException e) {
            slots = 0;
        }
        slots = Math.max(0, Math.min(slots, EnterpriseService.MAX_PRODUCTS + 1));
        List<FirmPage.ProductForm> products = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            String p = "p" + i + ".";
            if (ctx.formParam(p + "remove") != null) {
                continue;
            }
            products.add(new FirmPage.ProductForm(products.size(), value(ctx, p + "id"), value(ctx, p + "name"),
                    value(ctx, p + "description"), value(ctx, p + "features"), value(ctx, p + "hsCodes")));
        }
        return new FirmPage.Form(value(ctx, "version"), value(ctx, "name"), value(ctx, "industry"),
                value(ctx, "markets"), value(ctx, "competitors"), value(ctx, "ownPatents"),
                value(ctx, "ownTrademarks"), products);
    }

    /** The form's values for a stored profile, with a blank slot for a new product. */
    static FirmPage.Form formOf(Enterprise e) {
        List<FirmPage.ProductForm> products = new ArrayList<>();
        for (Product p : e.products()) {
            products.add(new FirmPage.ProductForm(products.size(), p.id(), p.name(), p.description(),
                    String.join("\n", p.features()), String.join(" ", p.hsCodes())));
        }
        products.add(new FirmPage.ProductForm(products.size(), "", "", "", "", ""));
        return new FirmPage.Form(String.valueOf(e.version()), e.name(), e.industry(), String.join(" ", e.markets()),
                String.join("\n", e.competitors()),
                e.ownPatents().stream().map(p -> p.jurisdiction() + " | " + p.number()).collect(Collectors.joining("\n")),
                e.ownTrademarks().stream().map(m -> m.jurisdiction() + " | " + m.mark()
                        + (m.number() == null ? "" : " | " + m.number())).collect(Collectors.joining("\n")),
                products);
    }

    // As submitted, with a blank slot at the end if the last one is filled in.
    private static FirmPage.Form withBlankSlot(FirmPage.Form f) {
        List<FirmPage.ProductForm> products = new ArrayList<>(f.products());
        if (products.isEmpty() || !blank(products.getLast())) {
            products.add(new FirmPage.ProductForm(products.size(), "", "", "", "", ""));
        }
        return new FirmPage.Form(f.version(), f.name(), f.industry(), f.markets(), f.competitors(), f.ownPatents(),
                f.ownTrademarks(), products);
    }

    private static boolean blank(FirmPage.ProductForm p) {
        return p.id().isBlank() && p.name().isBlank() && p.description().isBlank() && p.features().isBlank()
                && p.hsCodes().isBlank();
    }

    /** The draft a submitted form stands for: a blank product slot is no product. */
    static EnterpriseDraft draft(FirmPage.Form f) {
        List<Product> products = new ArrayList<>();
        for (FirmPage.ProductForm p : f.products()) {
            if (blank(p)) {
                continue;
            }
            products.add(new Product(p.id().isBlank() ? null : p.id().strip(), p.name(), p.description(),
                    lines(p.features()), words(p.hsCodes())));
        }
        List<OwnPatent> patents = new ArrayList<>();
        for (String line : lines(f.ownPatents())) {
            String[] parts = line.split("\\|", 2);
            if (parts.length == 2) {
                patents.add(new OwnPatent(parts[1].strip(), parts[0].strip()));
            } else {
                String number = line.strip();
                String prefix = number.length() >= 2 ? number.substring(0, 2).toUpperCase(Locale.ROOT) : "";
                patents.add(new OwnPatent(number, Countries.isValid(prefix) ? prefix : ""));
            }
        }
        List<OwnTrademark> marks = new ArrayList<>();
        for (String line : lines(f.ownTrademarks())) {
            String[] parts = line.split("\\|", 3);
            marks.add(parts.length == 1 ? new OwnTrademark(parts[0].strip(), "", null)
                    : new OwnTrademark(parts[1].strip(), parts[0].strip(), parts.length == 3 ? parts[2].strip()
                            : null));
        }
        return new EnterpriseDraft(f.name(), f.industry(), products, words(f.markets()), lines(f.competitors()),
                patents, marks);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.strip().split(SPLIT)).filter(s -> !s.isEmpty()).toList();
    }
}
