package org.ipradar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.testing.Articles;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One hit per near-duplicate cluster, with the others listed as "also reported by"; tags as facets and filters. */
class ClusterSearchTest {
    @TempDir
    static Path dir;

    static Services services;

    @BeforeAll
    static void index() {
        services = TestServices.open(dir);
        var first = Articles.of("a1", "Vietnam customs seize counterfeit phones", "Customs in Hai Phong seized"
                + " counterfeit phones bearing a Chinese brand.", "en-news", "en", "news", List.of("VN"),
                "2026-03-01T00:00:00Z").withTags(List.of("VN"), List.of("trademark", "customs"),
                List.of("electronics"), "news");
        var copy = Articles.of("a2", "Vietnam customs seize counterfeit phones (update)", "Customs in Hai Phong"
                + " seized counterfeit phones bearing a Chinese brand.", "zh-news", "en", "news", List.of("VN"),
                "2026-03-02T00:00:00Z").withTags(List.of("VN"), List.of("trademark", "customs"),
                List.of("electronics"), "news").withCluster("a1");
        var other = Articles.of("b1", "Thai court rules on phone patent", "The Central IP court ruled on phones.",
                "en-news", "en", "case", List.of("TH"), "2026-07-05T00:00:00Z").withTags(List.of("TH"),
                List.of("patent"), List.of("electronics"), "case");
        services.writer().write(List.of(first, copy, other));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void aClusterIsOneHitListingItsOtherMembers() {
        SearchResult r = services.search().search(SearchRequest.of("phones"));
        assertEquals(2, r.total(), "two clusters match, three documents");
        SearchResult.Hit hit = r.hits().stream().filter(h -> h.cluster().equals("a1")).findFirst().orElseThrow();
        String shown = hit.id();
        String other = shown.equals("a1") ? "a2" : "a1";
        assertEquals(List.of(other), hit.alsoReportedBy().stream().map(SearchResult.Also::id).toList());
        assertEquals(Map.of("VN", 2, "TH", 1), r.facets().get("country"), "facets count documents");
        assertEquals(List.of("a2"), services.search().cluster("a1").stream().map(SearchResult.Also::id).toList());
        assertEquals(List.of(), services.search().cluster("b1"));
    }

    @Test
    void tagsAreFacetsAndFilters() {
        SearchResult all = services.search().search(SearchRequest.of(""));
        assertEquals(Map.of("trademark", 2, "customs", 2, "patent", 1), all.facets().get("ipType"));
        assertEquals(Map.of("electronics", 3), all.facets().get("industry"));
        assertEquals(Map.of("2026Q1", 2, "2026Q3", 1), all.facets().get("quarter"));
        SearchRequest patents = new SearchRequest("", List.of(), List.of(), List.of(), List.of(), List.of("patent"),
                List.of(), List.of(), null, null, SearchRequest.Sort.DATE, 10, 0);
        assertEquals(List.of("b1"), services.search().search(patents).hits().stream().map(SearchResult.Hit::id)
                .toList());
        SearchRequest q1 = new SearchRequest("", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of("2026Q1"), null, null, SearchRequest.Sort.DATE, 10, 0);
        assertEquals(1, services.search().search(q1).total());
        assertEquals(List.of("customs", "trademark"), all.hits().stream().filter(h -> h.cluster().equals("a1"))
                .findFirst().orElseThrow().ipTypes().stream().sorted().toList());
    }
}
