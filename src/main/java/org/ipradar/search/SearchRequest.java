package org.ipradar.search;

import java.time.Instant;
import java.util.List;

/**
 * A validated search: the query text (blank lists documents newest first), filters, sort and paging.
 *
 * @param query the user's query, or blank
 * @param countries country codes, any of which matches
 * @param kinds kinds, any of which matches
 * @param langs languages, any of which matches
 * @param sources source ids, any of which matches
 * @param ipTypes IP types, any of which matches
 * @param industries industries, any of which matches
 * @param quarters quarters such as 2026Q3, any of which matches
 * @param from published on or after, or null
 * @param to published before, or null
 * @param sort relevance or date
 * @param limit hits to return, 1 to {@link #MAX_LIMIT}
 * @param offset hits to skip
 */
public record SearchRequest(
        String query,
        List<String> countries,
        List<String> kinds,
        List<String> langs,
        List<String> sources,
        List<String> ipTypes,
        List<String> industries,
        List<String> quarters,
        Instant from,
        Instant to,
        Sort sort,
        int limit,
        int offset) {
    /** The most hits one page may ask for. */
    public static final int MAX_LIMIT = 100;
    /** How deep paging may go: offset plus limit. */
    public static final int MAX_WINDOW = 10_000;
    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 1000;

    /** How hits are ordered. */
    public enum Sort {
        RELEVANCE,
        DATE
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        countries = List.copyOf(countries);
        kinds = List.copyOf(kinds);
        langs = List.copyOf(langs);
        sources = List.copyOf(sources);
        ipTypes = List.copyOf(ipTypes);
        industries = List.copyOf(industries);
        quarters = List.copyOf(quarters);
    }

    /** A request without IP type, industry or quarter filters. */
    public SearchRequest(String query, List<String> countries, List<String> kinds, List<String> langs,
            List<String> sources, Instant from, Instant to, Sort sort, int limit, int offset) {
        this(query, countries, kinds, langs, sources, List.of(), List.of(), List.of(), from, to, sort, limit, offset);
    }

    /** A request for the query with no filters, the first ten hits by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), null, null, Sort.RELEVANCE, 10, 0);
    }
}
