package org.ipradar.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total and the facet counts of everything that matched.
 *
 * @param query the query as given
 * @param total how many documents matched, counting each near-duplicate cluster once
 * @param offset hits skipped
 * @param limit hits asked for
 * @param hits this page
 * @param facets per dimension, value to count, largest first
 */
public record SearchResult(
        String query, long total, int offset, int limit, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /** One matching document as a hit: what a result list shows, with a highlighted snippet. */
    public record Hit(
            String id,
            String title,
            String url,
            String source,
            String lang,
            String kind,
            List<String> countries,
            List<String> ipTypes,
            List<String> industries,
            Instant published,
            String snippet,
            String cluster,
            List<Also> alsoReportedBy) {}

    /**
     * Another member of a hit's near-duplicate cluster: the same story from another source or address.
     *
     * @param id its document id
     * @param source its source id
     * @param url its link, or null
     * @param title its title
     */
    public record Also(String id, String source, String url, String title) {}
}
