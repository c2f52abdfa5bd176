package org.ipradar.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.search.SearchRequest;
import org.ipradar.store.Article;
import org.ipradar.store.SourceState;

/** The JSON API: search, one document, the sources' fetch state, and health. */
final class ApiController {
    private final Services services;
    private final Set<String> knownSources;

    ApiController(Services services) {
        this.services = services;
        // Configured sources, and any a document may still carry from an earlier feeds.yml; fixed while serving.
        Set<String> ids = new java.util.TreeSet<>(services.sourceStates().all().keySet());
        services.sources().stream().map(Source::id).forEach(ids::add);
        this.knownSources = java.util.Collections.unmodifiableSet(ids);
    }

    /** {@code GET /api/search}. */
    void search(Context ctx) {
        SearchRequest r = SearchParams.read(ctx, knownSources());
        ctx.json(services.search().search(r));
    }

    /** The source ids a filter may name: configured ones and any that documents still carry. */
    Set<String> knownSources() {
        return knownSources;
    }

    /** {@code GET /api/documents/{id}}. */
    void document(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = services.documents().get(id)
                .orElseThrow(() -> new NotFoundResponse("no document has the id \"" + id + "\""));
        ctx.json(DocumentView.of(a, services.search().cluster(a.id())));
    }

    /** The whole document as the API shows it, with the other members of its near-duplicate cluster. */
    record DocumentView(String id, String title, String url, String source, String lang, String kind,
            List<String> countries, List<String> ipTypes, List<String> industries, Instant published,
            Instant fetched, String text, String cluster, List<org.ipradar.search.SearchResult.Also> alsoReportedBy) {
        static DocumentView of(Article a, List<org.ipradar.search.SearchResult.Also> cluster) {
            return new DocumentView(a.id(), a.title(), a.url(), a.source(), a.lang(), a.kind(), a.countries(),
                    a.ipTypes(), a.industries(), a.published(), a.fetched(), a.text(), a.cluster(), cluster);
        }
    }

    /** {@code GET /api/sources}: every configured source with its fetch state. */
    void sources(Context ctx) {
        ctx.json(Map.of("sources", sourceViews()));
    }

    /** Each configured source with its fetch state, health and document count, in feeds.yml order. */
    List<SourceView> sourceViews() {
        Map<String, SourceState> states = services.sourceStates().all();
        Map<String, Long> counts = services.documents().countBySource();
        Map<String, Integer> quarantined = services.quarantine().openCounts();
        return services.sources().stream()
                .map(s -> SourceView.of(s, states.get(s.id()), counts.getOrDefault(s.id(), 0L),
                        quarantined.getOrDefault(s.id(), 0)))
                .toList();
    }

    /**
     * A source as the API shows it: its configuration, its last fetch, and its health in one word: {@code new}
     * (never fetched), {@code ok}, {@code failing}, {@code blocked} (refused by the site, robots.txt or our address
     * policy) or {@code stale} (read without error but no items where there used to be some).
     */
    record SourceView(String id, String name, String url, String type, String lang, String country, String kind,
            String every, String delay, String health, String status, Integer httpStatus, int errorCount,
            String lastError, Instant lastAttempt, Instant lastSuccess, Instant nextAttempt, int itemsLast,
            int itemsMax, Instant itemsMaxAt, Map<String, Integer> lastCrawl, List<String> warnings,
            int quarantined, long documents) {
        static SourceView of(Source s, SourceState st, long documents, int quarantined) {
            String health = st == null || "new".equals(st.status()) ? "new"
                    : st.blocked() ? "blocked"
                    : "failed".equals(st.status()) ? "failing"
                    : st.itemsVanished() ? "stale"
                    : "ok";
            List<String> warnings = new java.util.ArrayList<>();
            if (st != null && st.itemsVanished()) {
                warnings.add("no items found; " + st.itemsMax() + " were found on "
                        + (st.itemsMaxAt() == null ? "an earlier crawl" : st.itemsMaxAt().toString())
                        + (s.type() == Source.Type.HTML ? ": the selectors may no longer match the page"
                                : ": the feed may have moved or emptied"));
            }
            if (st != null && st.warnings() != null && !st.warnings().isBlank()) {
                warnings.addAll(st.warnings().lines().toList());
            }
            return new SourceView(s.id(), s.name(), s.url().toString(),
                    s.type().name().toLowerCase(java.util.Locale.ROOT), s.lang().orElse(null),
                    s.country().orElse(null), s.kind().wire(), org.ipradar.config.Durations.format(s.every()),
                    org.ipradar.config.Durations.format(s.delay()), health,
                    st == null ? "new" : st.status(), st == null ? null : st.httpStatus(),
                    st == null ? 0 : st.errorCount(), st == null ? null : st.lastError(),
                    st == null ? null : st.lastAttempt(), st == null ? null : st.lastSuccess(),
                    st == null ? null : st.nextAttempt(), st == null ? 0 : st.itemsLast(),
                    st == null ? 0 : st.itemsMax(), st == null ? null : st.itemsMaxAt(),
                    st == null ? Map.of() : counts(st.lastCounts()), List.copyOf(warnings), quarantined, documents);
        }

        // "new=3 updated=0 ..." as an ordered map.
        static Map<String, Integer> counts(String text) {
            Map<String, Integer> m = new LinkedHashMap<>();
            if (text != null) {
                for (String part : text.trim().split("\\s+")) {
                    int eq = part.indexOf('=');
                    if (eq > 0) {
                        try {
                            m.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
                        } catch (NumberFormatException e) {
                            // a malformed count is left out rather than failing the page
                        }
                    }
                }
            }
            return m;
        }
    }

    /** {@code GET /health}. */
    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "up");
        body.put("version", Settings.VERSION);
        body.put("documents", services.index().count());
        body.put("sources", services.sources().size());
        ctx.json(body);
    }
}
