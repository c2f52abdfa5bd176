package org.ipradar.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.ipradar.search.SearchRequest;

/**
 * The state of a search page as its query string, from which every link on the page is derived by changing one thing:
 * a filter added or removed, the sort, the page, or the interface language.
 *
 * @param query the query text, or blank
 * @param filters the values of each filter dimension (country, ipType, industry, kind, lang, source, quarter), in
 *     that order
 * @param from the {@code from} parameter as given, or null
 * @param to the {@code to} parameter as given, or null
 * @param byDate whether hits are sorted newest first
 * @param limit the {@code limit} parameter as given, or null for the default
 * @param offset hits skipped
 * @param english whether the interface is in English ({@code ui=en})
 */
record SearchLinks(String query, Map<String, List<String>> filters, String from, String to, boolean byDate,
        String limit, int offset, boolean english) {
    /** The filter dimensions a link may name, in the order they appear in URLs. */
    static final List<String> DIMS = List.of("country", "ipType", "industry", "kind", "lang", "source", "quarter");

    SearchLinks {
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String dim : DIMS) {
            copy.put(dim, List.copyOf(filters.getOrDefault(dim, List.of())));
        }
        filters = Collections.unmodifiableMap(copy);
        from = blankToNull(from);
        to = blankToNull(to);
        limit = blankToNull(limit);
    }

    /**
     * The links for a checked request; dates and limit are kept as the user wrote them, since the request holds them
     * as instants and the defaults.
     */
    static SearchLinks of(SearchRequest r, String from, String to, String limit, boolean english) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("country", r.countries());
        f.put("ipType", r.ipTypes());
        f.put("industry", r.industries());
        f.put("kind", r.kinds());
        f.put("lang", r.langs());
        f.put("source", r.sources());
        f.put("quarter", r.quarters());
        return new SearchLinks(r.query(), f, from, to, r.sort() == SearchRequest.Sort.DATE, limit, r.offset(),
                english);
    }

    /** Whether a filter value is selected. */
    boolean has(String dim, String value) {
        return filters.get(dim).contains(value);
    }

    /** Whether the date range is exactly the given calendar year. */
    boolean hasYear(String year) {
        return (year + "-01-01").equals(from) && (year + "-12-31").equals(to);
    }

    /** Whether any filter, including a date range, is set. */
    boolean filtered() {
        return from != null || to != null || filters.values().stream().anyMatch(v -> !v.isEmpty());
    }

    /** The first page with the value added to, or removed from, the dimension's filter. */
    SearchLinks toggle(String dim, String value) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(f.get(dim));
        if (!values.remove(value)) {
            values.add(value);
        }
        f.put(dim, values);
        return new SearchLinks(query, f, from, to, byDate, limit, 0, english);
    }

    /** The first page limited to the calendar year, or unlimited in time when it already was. */
    SearchLinks toggleYear(String year) {
        return hasYear(year)
                ? new SearchLinks(query, filters, null, null, byDate, limit, 0, english)
                : new SearchLinks(query, filters, year + "-01-01", year + "-12-31", byDate, limit, 0, english);
    }

    /** The first page without a date range. */
    SearchLinks withoutRange() {
        return new SearchLinks(query, filters, null, null, byDate, limit, 0, english);
    }

    /** The first page with no filters at all, keeping the query and sort. */
    SearchLinks withoutFilters() {
        return new SearchLinks(query, Map.of(), null, null, byDate, limit, 0, english);
    }

    /** The first page sorted by date or by relevance. */
    SearchLinks sortedByDate(boolean date) {
        return new SearchLinks(query, filters, from, to, date, limit, 0, english);
    }

    /** The same search from another hit. */
    SearchLinks at(int newOffset) {
        return new SearchLinks(query, filters, from, to, byDate, limit, newOffset, english);
    }

    /** The same page in the other interface language. */
    SearchLinks switchedUi() {
        return new SearchLinks(query, filters, from, to, byDate, limit, offset, !english);
    }

    /** The page's address, a path and query string relative to the site root. */
    String url() {
        String q = queryString(true);
        return q.isEmpty() ? "/" : "/?" + q;
    }

    /**
     * The Atom feed of this search: the same query and filters, newest first unless a sort was chosen, from the
     * first hit, in the interface language.
     */
    String feedUrl() {
        String q = new SearchLinks(query, filters, from, to, byDate, limit, 0, english).queryString(false);
        return q.isEmpty() ? "/api/search.atom" : "/api/search.atom?" + q;
    }

    private String queryString(boolean paging) {
        StringJoiner q = new StringJoiner("&");
        add(q, "q", query.isBlank() ? null : query);
        for (String dim : DIMS) {
            for (String v : filters.get(dim)) {
                add(q, dim, v);
            }
        }
        add(q, "from", from);
        add(q, "to", to);
        add(q, "sort", byDate ? "date" : null);
        if (paging) {
            add(q, "limit", limit);
            add(q, "offset", offset > 0 ? Integer.toString(offset) : null);
        }
        add(q, "ui", english ? "en" : null);
        return q.toString();
    }

    /** An address on the site with the {@code ui} parameter set for the language, keeping the other parameters. */
    static String withUi(String path, Map<String, List<String>> params, boolean english) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((name, values) -> {
            if (!name.equals("ui")) {
                values.forEach(v -> add(q, name, v));
            }
        });
        add(q, "ui", english ? "en" : null);
        return q.length() == 0 ? path : path + "?" + q;
    }

    private static void add(StringJoiner q, String name, String value) {
        if (value != null) {
            q.add(encode(name) + "=" + encode(value));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
