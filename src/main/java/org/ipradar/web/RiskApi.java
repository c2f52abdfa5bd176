package org.ipradar.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.desk.DeskException;
import org.ipradar.risk.Citation;
import org.ipradar.risk.ReportBody;
import org.ipradar.risk.RiskListBody;
import org.ipradar.risk.RiskRequest;
import org.ipradar.risk.RiskRow;
import org.ipradar.risk.RiskService;
import org.ipradar.risk.Saved;

/**
 * The risk desk's JSON API over {@link RiskService}: compile, read, judge and export a firm's risk-patent lists, and
 * draft, read, edit and export its risk-warning reports. The service decides who sees what (a list or report of a firm
 * the caller may not see is the same 404 as an unknown id); every answer is {@code Cache-Control: no-store}.
 */
final class RiskApi {
    /** Content type of XLSX files. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Content type of DOCX files. */
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Services services;

    RiskApi(Services services) {
        this.services = services;
    }

    /** The body of compiling a list. */
    record Compile(String product, String description, List<String> features, List<String> markets,
            List<String> ipc, Boolean includeExpired) {
        RiskRequest request() {
            return new RiskRequest(product, description, nonNull(features, "features"), nonNull(markets, "markets"),
                    nonNull(ipc, "ipc"), Boolean.TRUE.equals(includeExpired));
        }
    }

    /** One row's judgement in the body of judging a list. */
    record Mark(String number, Boolean relevant, String note) {}

    /** The body of judging a list: the version judged and the rows' marks. */
    record Judge(Integer version, List<Mark> rows) {}

    /** The body of drafting a report. */
    record Draft(List<String> markets, Long riskListId) {}

    /** The body of saving a report: the version edited and the parts' new texts by key. */
    record Edit(Integer version, Map<String, String> parts) {}

    private static <T> List<T> nonNull(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                throw DeskException.invalid(field, "\"" + field + "\" may not hold null");
            }
        }
        return list;
    }

    private RiskService risk() {
        return services.risk();
    }

    /** {@code POST /api/enterprises/{id}/risk-lists}: 201 with the compiled list. */
    void compile(Context ctx) {
        EnterpriseApi.noStore(ctx);
        String firm = ctx.pathParam("id");
        services.enterprises().require(DeskRoutes.actor(ctx), firm, "risk_list_created");
        Compile c = EnterpriseRequests.body(ctx, Compile.class);
        Saved<RiskListBody> s = risk().compile(DeskRoutes.actor(ctx), firm, c.request());
        ctx.header("Location", "/api/risk-lists/" + s.id());
        ctx.status(201).json(list(s));
    }

    /** {@code GET /api/enterprises/{id}/risk-lists}: the firm's lists, newest first, without rows. */
    void lists(Context ctx) {
        EnterpriseApi.noStore(ctx);
        String firm = ctx.pathParam("id");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enterpriseId", firm);
        out.put("riskLists", risk().lists(DeskRoutes.actor(ctx), firm).stream().map(RiskApi::head).toList());
        ctx.json(out);
    }

    /** {@code GET /api/risk-lists/{id}[?version=N]}. */
    void list(Context ctx) {
        EnterpriseApi.noStore(ctx);
        ctx.json(list(risk().list(DeskRoutes.actor(ctx), id(ctx), version(ctx))));
    }

    /** {@code PUT /api/risk-lists/{id}} {@code {"version": N, "rows": [{"number", "relevant", "note"}]}}. */
    void judge(Context ctx) {
        EnterpriseApi.noStore(ctx);
        long id = id(ctx);
        risk().list(DeskRoutes.actor(ctx), id, 0); // a hidden list is 404 before anything of the body is read
        Judge j = EnterpriseRequests.body(ctx, Judge.class);
        if (j.version() == null || j.version() < 1) {
            throw DeskException.invalid("version", "say which version you judged, as \"version\": 1");
        }
        List<RiskService.Judgement> marks = new ArrayList<>();
        for (Mark m : nonNull(j.rows(), "rows")) {
            marks.add(new RiskService.Judgement(m.number(), m.relevant(), m.note()));
        }
        ctx.json(list(risk().judge(DeskRoutes.actor(ctx), id, j.version(), marks)));
    }

    /** {@code GET /api/risk-lists/{id}/export?format=xlsx|csv[&version=N]}: the file as an attachment. */
    void exportList(Context ctx) {
        EnterpriseApi.noStore(ctx);
        long id = id(ctx);
        int version = version(ctx);
        String format = format(ctx, "xlsx|csv");
        byte[] bytes = risk().exportList(DeskRoutes.actor(ctx), id, version, format);
        attachment(ctx, format.equals("csv") ? "text/csv; charset=utf-8" : XLSX,
                "风险专利列表-" + id + (version > 0 ? "-v" + version : "") + "." + format,
                "risk-list-" + id + (version > 0 ? "-v" + version : "") + "." + format, bytes);
    }

    /** {@code POST /api/enterprises/{id}/reports} {@code {"markets": [...], "riskListId": N}}: 201 with the draft. */
    void draft(Context ctx) {
        EnterpriseApi.noStore(ctx);
        String firm = ctx.pathParam("id");
        services.enterprises().require(DeskRoutes.actor(ctx), firm, "report_created");
        Draft d = EnterpriseRequests.body(ctx, Draft.class);
        long listId = d.riskListId() == null ? 0 : d.riskListId();
        if (listId < 0) {
            throw DeskException.invalid("riskListId", "riskListId is a list's id, a positive number (got " + listId
                    + ")");
        }
        Saved<ReportBody> s = risk().draftReport(DeskRoutes.actor(ctx), firm, nonNull(d.markets(), "markets"),
                listId);
        ctx.header("Location", "/api/reports/" + s.id());
        ctx.status(201).json(report(s));
    }

    /** {@code GET /api/enterprises/{id}/reports}: the firm's reports, newest first, without content. */
    void reports(Context ctx) {
        EnterpriseApi.noStore(ctx);
        String firm = ctx.pathParam("id");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enterpriseId", firm);
        out.put("reports", risk().reports(DeskRoutes.actor(ctx), firm).stream().map(RiskApi::head).toList());
        ctx.json(out);
    }

    /** {@code GET /api/reports/{id}[?version=N]}. */
    void report(Context ctx) {
        EnterpriseApi.noStore(ctx);
        ctx.json(report(risk().report(DeskRoutes.actor(ctx), id(ctx), version(ctx))));
    }

    /** {@code PUT /api/reports/{id}} {@code {"version": N, "parts": {"diagnosis": "..."}}}. */
    void save(Context ctx) {
        EnterpriseApi.noStore(ctx);
        long id = id(ctx);
        risk().report(DeskRoutes.actor(ctx), id, 0); // a hidden report is 404 before anything of the body is read
        Edit e = EnterpriseRequests.body(ctx, Edit.class);
        if (e.version() == null || e.version() < 1) {
            throw DeskException.invalid("version", "say which version you edited, as \"version\": 1");
        }
        if (e.parts() == null) {
            throw DeskException.invalid("parts", "give the parts' texts by key, as \"parts\": {\"diagnosis\": \"...\"}");
        }
        ctx.json(report(risk().saveReport(DeskRoutes.actor(ctx), id, e.version(), e.parts())));
    }

    /** {@code GET /api/reports/{id}/export?format=docx|pdf[&version=N]}: the file as an attachment. */
    void exportReport(Context ctx) {
        EnterpriseApi.noStore(ctx);
        long id = id(ctx);
        int version = version(ctx);
        String format = format(ctx, "docx|pdf");
        byte[] bytes = risk().exportReport(DeskRoutes.actor(ctx), id, version, format);
        attachment(ctx, format.equals("pdf") ? "application/pdf" : DOCX,
                "风险预警提示报告-" + id + (version > 0 ? "-v" + version : "") + "." + format,
                "report-" + id + (version > 0 ? "-v" + version : "") + "." + format, bytes);
    }

    // --- reading the request ---

    /** The path's {@code id} as a list's or report's id, or a 400 naming {@code id}. */
    static long id(Context ctx) {
        String v = ctx.pathParam("id");
        if (!v.matches("[1-9][0-9]{0,17}")) {
            throw DeskException.invalid("id", "the id is a positive number (got \"" + cut(v) + "\")");
        }
        return Long.parseLong(v);
    }

    /** The query's {@code version} (0, the newest, when absent), or a 400 naming {@code version}. */
    static int version(Context ctx) {
        String v = ctx.queryParam("version");
        if (v == null || v.isEmpty()) {
            return 0;
        }
        if (!v.matches("[1-9][0-9]{0,8}")) {
            throw DeskException.invalid("version", "version is a positive number (got \"" + cut(v) + "\")");
        }
        return Integer.parseInt(v);
    }

    private static String format(Context ctx, String allowed) {
        String f = ctx.queryParam("format");
        if (f == null || !f.matches(allowed)) {
            throw DeskException.invalid("format", "format must be " + allowed.replace("|", " or ") + " (got "
                    + (f == null ? "none" : "\"" + cut(f) + "\"") + ")");
        }
        return f;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Sends the bytes as a download named {@code name} (ASCII {@code fallback} for old clients). */
    static void attachment(Context ctx, String type, String name, String fallback, byte[] bytes) {
        EnterpriseApi.noStore(ctx);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type);
        ctx.result(bytes);
    }

    // --- the answers ---

    /** A list or report without its content, as the firm's listings show it. */
    record Head(long id, String title, int version, Instant created, String createdBy, Instant saved,
            String savedBy) {}

    static Head head(Saved<?> s) {
        return new Head(s.id(), s.title(), s.latestVersion(), s.created(), s.createdBy(), s.saved(), s.savedBy());
    }

    /** One row as the API shows it: the patent's publication number is {@code number}. */
    record Row(int rank, String number, String jurisdiction, String title, List<String> assignees,
            LocalDate filingDate, LocalDate publicationDate, String status, LocalDate expiry, boolean expiryEstimated,
            List<String> ipc, String risk, String reason, String matchedClaim, Boolean relevant, String note) {
        static Row of(RiskRow r) {
            return new Row(r.rank(), r.patentId(), r.jurisdiction(), r.title(), r.assignees(), r.filingDate(),
                    r.publicationDate(), r.status(), r.expiry(), r.expiryEstimated(), r.ipc(), r.risk().code(),
                    r.reason(), r.matchedClaim(), r.relevant(), r.note());
        }
    }

    /** A risk list's version as the API shows it. */
    record ListView(long id, String enterpriseId, String title, int version, int latestVersion, Instant created,
            String createdBy, Instant saved, String savedBy, RiskRequest request, String asOf, List<Row> rows) {}

    static ListView list(Saved<RiskListBody> s) {
        return new ListView(s.id(), s.enterpriseId(), s.title(), s.version(), s.latestVersion(), s.created(),
                s.createdBy(), s.saved(), s.savedBy(), s.body().request(), s.body().asOf(),
                s.body().rows().stream().map(Row::of).toList());
    }

    /** One report part as the API shows it. */
    record Part(String key, String title, String text, List<Citation> citations) {}

    /** A report's version as the API shows it. */
    record ReportView(long id, String enterpriseId, String title, int version, int latestVersion, Instant created,
            String createdBy, Instant saved, String savedBy, List<String> markets, long riskListId,
            int riskListVersion, List<Part> parts) {}

    static ReportView report(Saved<ReportBody> s) {
        return new ReportView(s.id(), s.enterpriseId(), s.title(), s.version(), s.latestVersion(), s.created(),
                s.createdBy(), s.saved(), s.savedBy(), s.body().markets(), s.body().riskListId(),
                s.body().riskListVersion(), s.body().parts().stream().map(p -> new Part(p.key(), p.title(), p.text(),
                        p.citations())).toList());
    }
}
