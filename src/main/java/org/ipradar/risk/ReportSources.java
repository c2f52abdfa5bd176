package org.ipradar.risk;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.SearchResult;
import org.ipradar.search.SearchService;
import org.ipradar.vocab.Countries;

/**
 * Finds what a report cites in the public knowledge base: the latest law and policy documents on the target markets,
 * and the cases and news nearest to the product in those markets (by its name and features, falling back to the
 * markets' latest patent and trademark cases).
 */
public final class ReportSources {
    /** How many documents of each kind a report cites at most. */
    public static final int MAX = 8;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    // A query holds at most this many of the product's words, under the search's limit on clauses.
    private static final int MAX_TERMS = 12;

    private final SearchService search;

    /** Sources searched through this service. */
    public ReportSources(SearchService search) {
        this.search = search;
    }

    /** The newest law and policy documents on the markets. */
    public List<Citation> lawNews(List<String> markets) {
        return citations(search.search(new SearchRequest("", countries(markets), List.of("law"), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, SearchRequest.Sort.DATE, MAX, 0)));
    }

    /** Cases and news on the markets nearest to the product; the markets' latest cases when none match its words. */
    public List<Citation> cases(List<String> markets, String product, List<String> features) {
        List<String> terms = new ArrayList<>();
        for (String t : concat(product, features)) {
            String clean = t.replaceAll("[\"()\\-|]+", " ").strip();
            if (!clean.isEmpty() && !terms.contains(clean) && terms.size() < MAX_TERMS) {
                terms.add(clean.contains(" ") ? "\"" + clean + "\"" : clean);
            }
        }
        Map<String, Citation> found = new LinkedHashMap<>();
        if (!terms.isEmpty()) {
            String query = String.join(" OR ", terms);
            if (query.length() <= SearchRequest.MAX_QUERY_LENGTH) {
                citations(search.search(new SearchRequest(query, countries(markets), List.of("case", "news"),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                        SearchRequest.Sort.RELEVANCE, MAX, 0))).forEach(c -> found.putIfAbsent(c.documentId(), c));
            }
        }
        if (found.size() < MAX) {
            citations(search.search(new SearchRequest("", countries(markets), List.of("case"), List.of(), List.of(),
                    List.of("patent", "trademark", "design"), List.of(), List.of(), null, null,
                    SearchRequest.Sort.DATE, MAX, 0))).forEach(c -> found.putIfAbsent(c.documentId(), c));
        }
        return found.values().stream().limit(MAX).toList();
    }

    // EU stands for itself in documents; unknown codes are dropped rather than failing a draft.
    private static List<String> countries(List<String> markets) {
        return markets.stream().filter(Countries::isValid).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            all.add(first);
        }
        all.addAll(rest);
        return all;
    }

    private static List<Citation> citations(SearchResult r) {
        return r.hits().stream().map(h -> new Citation(h.id(), h.title(), h.url(), h.source(),
                h.published() == null ? "" : h.published().atZone(ZONE).toLocalDate().toString())).toList();
    }
}
