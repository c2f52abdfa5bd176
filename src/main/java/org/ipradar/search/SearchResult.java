package org.ipradar.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total and the facet counts of everything that matched.
 *
 * @param query the query as given
 * @param total how many documents matched
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
            Instant published,
            String snippet) {}
}
