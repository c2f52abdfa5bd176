package org.ipradar.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.search.SearchRequest;

/**
 * One query of the benchmark's fixed mix, as the API takes it and as a {@link SearchRequest}.
 *
 * @param q the query text, blank for a listing
 * @param countries country filter values
 * @param kinds kind filter values
 * @param langs language filter values
 * @param sort relevance or date
 * @param limit hits per page
 */
record BenchQuery(String q, List<String> countries, List<String> kinds, List<String> langs, SearchRequest.Sort sort,
        int limit) {

    /**
     * The fixed mix: Chinese words and phrases, English words, filters, date sort, a deeper page, and blank-query
     * listings (which count facets over every document).
     */
    static final List<BenchQuery> MIX = List.of(
            of("商标抢注"),
            of("专利侵权"),
            of("越南 商标"),
            of("海关 扣押"),
            of("越南商标"),
            of("patent infringement"),
            of("trademark squatting Vietnam"),
            of("customs seizure"),
            of("\"bad-faith registration\""),
            of("专利").country("VN"),
            of("trademark").kind("case"),
            of("商标").sort(SearchRequest.Sort.DATE),
            of("patent").country("VN").kind("case").sort(SearchRequest.Sort.DATE),
            of("知识产权 保护").lang("zh"),
            of("counterfeiting OR 假冒商品").limit(50),
            of("design").country("SG").country("MY"),
            of("").country("TH"),
            of(""));

    static BenchQuery of(String q) {
        return new BenchQuery(q, List.of(), List.of(), List.of(), SearchRequest.Sort.RELEVANCE, 10);
    }

    BenchQuery country(String c) {
        return new BenchQuery(q, plus(countries, c), kinds, langs, sort, limit);
    }

    BenchQuery kind(String k) {
        return new BenchQuery(q, countries, plus(kinds, k), langs, sort, limit);
    }

    BenchQuery lang(String l) {
        return new BenchQuery(q, countries, kinds, plus(langs, l), sort, limit);
    }

    BenchQuery sort(SearchRequest.Sort s) {
        return new BenchQuery(q, countries, kinds, langs, s, limit);
    }

    BenchQuery limit(int n) {
        return new BenchQuery(q, countries, kinds, langs, sort, n);
    }

    /** The request the API would read from {@link #queryString()}. */
    SearchRequest request() {
        return new SearchRequest(q, countries, kinds, langs, List.of(), null, null, sort, limit, 0);
    }

    /** The parameters of {@code GET /api/search}, URL-encoded. */
    String queryString() {
        StringBuilder b = new StringBuilder("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        for (String c : countries) {
            b.append("&country=").append(c);
        }
        for (String k : kinds) {
            b.append("&kind=").append(k);
        }
        for (String l : langs) {
            b.append("&lang=").append(l);
        }
        if (sort == SearchRequest.Sort.DATE) {
            b.append("&sort=date");
        }
        if (limit != 10) {
            b.append("&limit=").append(limit);
        }
        return b.toString();
    }

    /** A short readable form, as in a table row. */
    String label() {
        StringBuilder b = new StringBuilder(q.isEmpty() ? "(blank)" : q);
        countries.forEach(c -> b.append(" country=").append(c));
        kinds.forEach(k -> b.append(" kind=").append(k));
        langs.forEach(l -> b.append(" lang=").append(l));
        if (sort == SearchRequest.Sort.DATE) {
            b.append(" sort=date");
        }
        if (limit != 10) {
            b.append(" limit=").append(limit);
        }
        return b.toString();
    }

    private static List<String> plus(List<String> list, String v) {
        List<String> out = new ArrayList<>(list);
        out.add(v);
        return List.copyOf(out);
    }
}
