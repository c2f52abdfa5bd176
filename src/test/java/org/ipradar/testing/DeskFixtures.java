package org.ipradar.testing;

import java.util.ArrayList;
import java.util.List;
import org.ipradar.store.Article;

/** Hand-built documents for the desk and bulletin tests: a quarter with enough of them, one with too few. */
public final class DeskFixtures {
    private DeskFixtures() {}

    /** A tagged document of the source "src" titled "title ID" with the text "text ID". */
    public static Article doc(String id, String lang, String kind, List<String> countries, List<String> ipTypes,
            List<String> industries, String published) {
        return Articles.of(id, "title " + id, "text " + id, "src", lang, kind, countries, published)
                .withTags(countries, ipTypes, industries, kind);
    }

    /**
     * Nine documents published in 2026Q3 (a10 at its first instant in Asia/Shanghai); a2 reports the same story as
     * a1. Their scores, in order: 8.5, 6.5, 8, 4, 7.5, 4, 2.5, 8, 3.
     */
    public static List<Article> quarter() {
        return List.of(
                doc("a1", "zh", "case", List.of("VN"), List.of("trademark"), List.of("electronics"), "2026-07-10T00:00:00Z"),
                doc("a2", "zh", "news", List.of("VN"), List.of("trademark"), List.of("electronics"), "2026-07-12T00:00:00Z")
                        .withCluster("a1"),
                doc("a3", "en", "case", List.of("TH"), List.of("patent"), List.of("high_end_equipment"), "2026-08-01T00:00:00Z"),
                doc("a4", "en", "news", List.of("VN"), List.of("trademark"), List.of(), "2026-08-05T00:00:00Z"),
                doc("a5", "zh", "law", List.of("ID"), List.of(), List.of("food"), "2026-09-01T00:00:00Z"),
                doc("a6", "en", "news", List.of("US"), List.of("patent"), List.of("ai"), "2026-07-20T00:00:00Z"),
                doc("a7", "zh", "guide", List.of("CN"), List.of("trademark"), List.of("textiles"), "2026-09-15T00:00:00Z"),
                doc("a8", "en", "case", List.of("VN"), List.of("trademark"), List.of("electronics"), "2026-09-20T00:00:00Z"),
                doc("a10", "en", "news", List.of("SG"), List.of(), List.of(), "2026-06-30T16:00:00Z"));
    }

    /** The 2026Q3 documents and one of 2026Q1 ("q1", a Philippine law note), the only one of its quarter. */
    public static List<Article> twoQuarters() {
        List<Article> docs = new ArrayList<>(quarter());
        docs.add(Articles.of("q1", "菲律宾商标异议程序", "菲律宾知识产权局公布了新的异议程序。", "src", "zh", "law", List.of("PH"),
                "2026-02-01T00:00:00Z"));
        return docs;
    }
}
