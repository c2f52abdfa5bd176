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
        ctx.json(DocumentView.of(a));
    }

    /** The whole document as the API shows it. */
    record DocumentView(String id, String title, String url, String source, String lang, String kind,
            List<String> countries, Instant published, Instant fetched, String text) {
        static DocumentView of(Article a) {
            return new DocumentView(a.id(), a.title(), a.url(), a.source(), a.lang(), a.kind(), a.countries(),
                    a.published(), a.fetched(), a.text());
        }
    }

    /** {@code GET /api/sources}: every configured source with its fetch state. */
    void sources(Context ctx) {
        ctx.json(Map.of("sources", sourceViews()));
    }

    /** Each configured source with its fetch state and document count, in feeds.yml order. */
    List<SourceView> sourceViews() {
        Map<String, SourceState> states = services.sourceStates().all();
        Map<String, Long> counts = services.documents().countBySource();
        return services.sources().stream()
                .map(s -> SourceView.of(s, states.get(s.id()), counts.getOrDefault(s.id(), 0L)))
                .toList();
    }

    /** A source as the API shows it. */
    record SourceView(String id, String name, String url, String type, String lang, String country, String kind,
            String every, String status, Integer httpStatus, int errorCount, String lastError, Instant lastAttempt,
            Instant lastSuccess, int itemsLast, long documents) {
        static SourceView of(Source s, SourceState st, long documents) {
            return new SourceView(s.id(), s.name(), s.url().toString(), "feed", s.lang().orElse(null),
                    s.country().orElse(null), s.kind().wire(), s.every().toString(),
                    st == null ? "new" : st.status(), st == null ? null : st.httpStatus(),
                    st == null ? 0 : st.errorCount(), st == null ? null : st.lastError(),
                    st == null ? null : st.lastAttempt(), st == null ? null : st.lastSuccess(),
                    st == null ? 0 : st.itemsLast(), documents);
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
