package org.ipradar.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.index.Fields;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server-rendered pages: the search page, and error pages for browsers. */
final class PageController {
    private static final Logger log = LoggerFactory.getLogger(PageController.class);

    /** No scripts at all; inline styles only because the one stylesheet lives in the layout. */
    static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(Fields.ZONE);

    // Templates are compiled to classes by jte-maven-plugin, so nothing is compiled at run time.
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final Services services;
    private final ApiController api;

    PageController(Services services, ApiController api) {
        this.services = services;
        this.api = api;
    }

    /** {@code GET /}: the search page. */
    void search(Context ctx) {
        SearchRequest req = SearchParams.read(ctx, api.knownSources());
        SearchResult res = services.search().search(req);
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        SearchLinks links = SearchLinks.of(req, ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("limit"), l.english());
        Map<String, String> sourceNames = sourceNames();

        boolean latest = req.query().isEmpty();
        String title = latest ? l.get("title") : req.query() + " · " + l.get("title");
        PageFrame frame = PageFrame.of(ctx, l, title, req.query(), links.switchedUi().url());

        List<SearchPage.Hit> hits = res.hits().stream().map(h -> hit(h, l, sourceNames)).toList();
        String showing = hits.isEmpty() ? null : l.showing(res.offset() + 1L, (long) res.offset() + hits.size());

        List<SearchPage.Link> sorts = latest ? List.of() : List.of(
                new SearchPage.Link(l.get("sort.relevance"), -1, links.sortedByDate(false).url(), !links.byDate()),
                new SearchPage.Link(l.get("sort.date"), -1, links.sortedByDate(true).url(), links.byDate()));

        String prev = res.offset() > 0 ? links.at(Math.max(0, res.offset() - req.limit())).url() : null;
        int nextOffset = res.offset() + req.limit();
        String next = nextOffset < res.total() && nextOffset + req.limit() <= SearchRequest.MAX_WINDOW
                ? links.at(nextOffset).url() : null;

        List<String> expansions = res.expansions().stream().map(SearchResult.Expansion::describe).toList();
        SearchPage page = new SearchPage(frame, latest ? l.get("latest") : l.get("results"),
                l.resultCount(res.total()), showing, hits, facets(res, links, l, sourceNames),
                active(links, l, sourceNames), links.filtered() ? links.withoutFilters().url() : null, sorts, prev,
                next, expansions, links.feedUrl());
        send(ctx, 200, "search.jte", page);
    }

    /** {@code GET /documents/{id}}: one document with its tags and the other reports of the same story. */
    void document(Context ctx) {
        String id = ctx.pathParam("id");
        org.ipradar.store.Article a = services.documents().get(id)
                .orElseThrow(() -> new io.javalin.http.NotFoundResponse("no document has the id \"" + id + "\""));
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        Map<String, String> names = sourceNames();
        String sep = l.english() ? ", " : "、";
        List<DocumentPage.Meta> meta = new ArrayList<>();
        meta.add(new DocumentPage.Meta(l.get("doc.source"), names.getOrDefault(a.source(), a.source())));
        meta.add(new DocumentPage.Meta(l.get("doc.date"),
                a.published() == null ? l.get("date.unknown") : DAY.format(a.published())));
        meta.add(new DocumentPage.Meta(l.get("doc.lang"), l.lang(a.lang())));
        meta.add(new DocumentPage.Meta(l.get("doc.kind"), l.kind(a.kind())));
        if (!a.countries().isEmpty()) {
            meta.add(new DocumentPage.Meta(l.get("doc.countries"),
                    a.countries().stream().map(l::countryName).collect(Collectors.joining(sep))));
        }
        if (!a.ipTypes().isEmpty()) {
            meta.add(new DocumentPage.Meta(l.get("doc.ipTypes"),
                    a.ipTypes().stream().map(t -> l.getOr("ipType." + t, t)).collect(Collectors.joining(sep))));
        }
        if (!a.industries().isEmpty()) {
            meta.add(new DocumentPage.Meta(l.get("doc.industries"), a.industries().stream()
                    .map(t -> l.getOr("industry." + t, t)).collect(Collectors.joining(sep))));
        }
        String ui = l.english() ? "?ui=en" : "";
        List<DocumentPage.Also> also = services.search().cluster(a.id()).stream()
                .map(m -> new DocumentPage.Also(m.title(), names.getOrDefault(m.source(), m.source()),
                        documentPath(m.id()) + ui, webAddress(m.url())))
                .toList();
        List<String> paragraphs = a.text().isBlank() ? List.of() : List.of(a.text().split("\\n\\s*\\n"));
        PageFrame frame = PageFrame.of(ctx, l, a.title() + " · " + l.get("title"), "",
                SearchLinks.withUi(ctx.path(), ctx.queryParamMap(), !l.english()));
        send(ctx, 200, "document.jte", new DocumentPage(frame, a.title(), webAddress(a.url()), meta, paragraphs,
                also, "/api" + documentPath(a.id())));
    }

    /** The path of a document's page. */
    static String documentPath(String id) {
        return "/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code GET /sources}: each source's health. */
    void sources(Context ctx) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        List<ApiController.SourceView> views = api.sourceViews();
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(Fields.ZONE);
        List<SourcesPage.Row> rows = new ArrayList<>();
        Map<String, Integer> byHealth = new LinkedHashMap<>();
        for (ApiController.SourceView v : views) {
            byHealth.merge(v.health(), 1, Integer::sum);
            String errors = v.errorCount() == 0 ? "0"
                    : v.errorCount() + (v.httpStatus() == null ? "" : " (HTTP " + v.httpStatus() + ")");
            String lastCrawl = v.lastCrawl().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> l.get("bucket." + e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(l.english() ? ", " : "，"));
            rows.add(new SourcesPage.Row(v.id(), v.name(), v.url(), v.type(), v.health(),
                    l.get("health." + v.health()),
                    v.lastSuccess() == null ? l.get("sources.never") : minute.format(v.lastSuccess()),
                    errors, v.lastError() == null ? "" : v.lastError(),
                    v.itemsLast() + " / " + v.itemsMax(), lastCrawl, v.documents(), v.quarantined(), v.warnings()));
        }
        String summary = l.sourcesSummary(views.size(), byHealth.getOrDefault("ok", 0),
                byHealth.getOrDefault("failing", 0), byHealth.getOrDefault("blocked", 0),
                byHealth.getOrDefault("stale", 0), byHealth.getOrDefault("new", 0));
        PageFrame frame = PageFrame.of(ctx, l, l.get("sources.title") + " · " + l.get("title"), "",
                SearchLinks.withUi(ctx.path(), ctx.queryParamMap(), !l.english()));
        send(ctx, 200, "sources.jte", new SourcesPage(frame, summary, rows));
    }

    /** An error page with the status and message. */
    void error(Context ctx, int status, String message) {
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        String q = ctx.queryParam("q");
        PageFrame frame = PageFrame.of(ctx, l, l.status(status) + " · " + l.get("title"),
                q == null || q.length() > SearchRequest.MAX_QUERY_LENGTH ? "" : q,
                SearchLinks.withUi(ctx.path(), ctx.queryParamMap(), !l.english()));
        send(ctx, status, "error.jte", new ErrorPage(frame, l.status(status), message == null ? "" : message));
    }

    static void send(Context ctx, int status, String template, Object model) {
        ctx.status(status)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
        StringOutput out = new StringOutput();
        try {
            TEMPLATES.render(template, model, out);
        } catch (RuntimeException e) {
            // an error page must not fail in turn; answer with the bare status rather than a stack trace
            log.error("page render failed template={} status={}", template, status, e);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("500 Internal Server Error");
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    private Map<String, String> sourceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        api.sourceViews().forEach(s -> names.put(s.id(), s.name() == null || s.name().isBlank() ? s.id() : s.name()));
        return names;
    }

    private static SearchPage.Hit hit(SearchResult.Hit h, Labels l, Map<String, String> sourceNames) {
        List<SearchPage.Link> also = h.alsoReportedBy().stream()
                .map(a -> new SearchPage.Link(sourceNames.getOrDefault(a.source(), a.source()), -1,
                        webAddress(a.url()) != null ? webAddress(a.url()) : documentPath(a.id()), false))
                .toList();
        boolean untitled = h.title() == null || h.title().isBlank();
        return new SearchPage.Hit(
                untitled ? h.id() : h.title(),
                untitled ? null : h.highlightedTitle(),
                webAddress(h.url()),
                documentPath(h.id()) + (l.english() ? "?ui=en" : ""),
                sourceNames.getOrDefault(h.source(), h.source()),
                h.published() == null ? null : DAY.format(h.published()),
                l.lang(h.lang()),
                l.kind(h.kind()),
                h.countries().stream().map(l::countryName).collect(Collectors.joining(l.english() ? ", " : "、")),
                h.snippet() == null ? "" : h.snippet(),
                also);
    }


    // Only http(s) links are followed: a feed could carry javascript: or data: addresses.
    static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    private static List<SearchPage.Facet> facets(SearchResult res, SearchLinks links, Labels l,
            Map<String, String> sourceNames) {
        List<SearchPage.Facet> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> dim : res.facets().entrySet()) {
            String name = dim.getKey();
            List<Map.Entry<String, Integer>> values = new ArrayList<>(dim.getValue().entrySet());
            if (values.isEmpty() || !(SearchLinks.DIMS.contains(name) || name.equals(Fields.YEAR))) {
                continue;
            }
            if (name.equals(Fields.YEAR) || name.equals(Fields.QUARTER)) {
                values.sort(Map.Entry.<String, Integer>comparingByKey(Comparator.reverseOrder()));
            }
            List<SearchPage.Link> shown = new ArrayList<>();
            for (Map.Entry<String, Integer> v : values) {
                String value = v.getKey();
                boolean year = name.equals(Fields.YEAR);
                shown.add(new SearchPage.Link(
                        valueLabel(name, value, l, sourceNames),
                        v.getValue(),
                        (year ? links.toggleYear(value) : links.toggle(name, value)).url(),
                        year ? links.hasYear(value) : links.has(name, value)));
            }
            out.add(new SearchPage.Facet(l.get("facet." + name), shown));
        }
        return out;
    }

    private static List<SearchPage.Link> active(SearchLinks links, Labels l, Map<String, String> sourceNames) {
        List<SearchPage.Link> out = new ArrayList<>();
        for (String dim : SearchLinks.DIMS) {
            for (String v : links.filters().get(dim)) {
                out.add(new SearchPage.Link(l.get("facet." + dim) + ": " + valueLabel(dim, v, l, sourceNames), -1,
                        links.toggle(dim, v).url(), true));
            }
        }
        if (links.from() != null || links.to() != null) {
            out.add(new SearchPage.Link(l.range(links.from(), links.to()), -1, links.withoutRange().url(), true));
        }
        return out;
    }

    private static String valueLabel(String dim, String value, Labels l, Map<String, String> sourceNames) {
        return switch (dim) {
            case Fields.COUNTRY -> l.country(value);
            case Fields.KIND -> l.kind(value);
            case Fields.LANG -> l.lang(value);
            case Fields.SOURCE -> sourceNames.getOrDefault(value, value);
            case Fields.IP_TYPE -> l.ipType(value);
            case Fields.INDUSTRY -> l.industry(value);
            case Fields.QUARTER -> l.quarter(value);
            default -> value;
        };
    }
}
