package org.ipradar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipradar.Services;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    @TempDir
    static Path dir;

    static Services services;

    @BeforeAll
    static void index() {
        services = TestServices.open(dir);
        services.writer().write(TestServices.corpus());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static SearchResult search(String q) {
        return services.search().search(SearchRequest.of(q));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static SearchRequest request(String q, List<String> countries, List<String> kinds, Instant from,
            SearchRequest.Sort sort) {
        return new SearchRequest(q, countries, kinds, List.of(), List.of(), from, null, sort, 10, 0);
    }

    // Since the glossary expands queries, a Chinese query also finds the English report of the same thing (and the
    // other way round), ranked below the documents in the language typed.
    @Test
    void chineseWordFindsTheChineseCaseFirstAndTheEnglishReport() {
        SearchResult r = search("商标抢注");
        assertEquals(List.of("zh1", "en1"), ids(r));
        assertEquals(2, r.total());
        assertTrue(r.hits().get(0).snippet().contains("<mark>"), r.hits().get(0).snippet());
    }

    @Test
    void traditionalQueryFindsSimplifiedDocument() {
        assertEquals(List.of("zh2", "en2"), ids(search("專利侵權")));
        assertEquals(List.of("zh2", "en2"), ids(search("专利侵权")));
    }

    @Test
    void simplifiedQueryFindsTraditionalDocument() {
        assertEquals(Set.of("zh1", "zh3", "en1"), Set.copyOf(ids(search("商标"))));
        assertEquals(List.of("zh3"), ids(search("马来西亚")));
    }

    @Test
    void englishWordsMatchStemmedForms() {
        assertEquals(List.of("en2", "zh2"), ids(search("patent infringement")));
        assertEquals(List.of("en1", "zh1"), ids(search("trademark squatting")));
        assertEquals(List.of("en2"), ids(search("custom detained")));
    }

    @Test
    void blankQueryListsNewestFirstWithFacets() {
        SearchResult r = services.search().search(request("", List.of(), List.of(), null, SearchRequest.Sort.RELEVANCE));
        assertEquals(List.of("zh1", "en1", "zh3", "en2", "zh2"), ids(r));
        assertEquals(5, r.total());
        assertEquals(Map.of("VN", 2, "TH", 2, "MY", 1), r.facets().get("country"));
        assertEquals(Map.of("zh", 3, "en", 2), r.facets().get("lang"));
        assertEquals(Map.of("case", 3, "news", 1, "guide", 1), r.facets().get("kind"));
        assertEquals(Map.of("zh-news", 3, "en-news", 2), r.facets().get("source"));
        assertEquals(Map.of("2026", 3, "2025", 2), r.facets().get("year"));
    }

    @Test
    void filtersNarrowAndFacetsFollow() {
        SearchResult vn = services.search().search(request("", List.of("VN"), List.of(), null, SearchRequest.Sort.DATE));
        assertEquals(List.of("zh1", "en1"), ids(vn));
        assertEquals(Map.of("zh", 1, "en", 1), vn.facets().get("lang"));
        SearchResult cases = services.search().search(
                request("专利侵权", List.of("TH"), List.of("case"), null, SearchRequest.Sort.RELEVANCE));
        assertEquals(List.of("zh2", "en2"), ids(cases));
        SearchResult zhCases = services.search().search(new SearchRequest("专利侵权", List.of(), List.of("case"),
                List.of("zh"), List.of(), null, null, SearchRequest.Sort.RELEVANCE, 10, 0));
        assertEquals(List.of("zh2"), ids(zhCases));
        SearchResult recent = services.search().search(request("", List.of("VN", "MY"), List.of(),
                Instant.parse("2026-01-20T00:00:00Z"), SearchRequest.Sort.DATE));
        assertEquals(List.of("zh1", "en1"), ids(recent));
    }

    @Test
    void hitCarriesTheStoredFields() {
        SearchResult.Hit h = search("泰国专利侵权诉讼").hits().get(0);
        assertEquals("zh2", h.id());
        assertEquals("泰国专利侵权诉讼", h.title());
        assertEquals("https://example.org/zh2", h.url());
        assertEquals("zh-news", h.source());
        assertEquals("zh", h.lang());
        assertEquals("case", h.kind());
        assertEquals(List.of("TH"), h.countries());
        assertEquals(Instant.parse("2025-06-10T02:00:00Z"), h.published());
    }

    @Test
    void pagingSkipsAndKeepsTheTotal() {
        SearchRequest page2 = new SearchRequest("", List.of(), List.of(), List.of(), List.of(), null, null,
                SearchRequest.Sort.DATE, 2, 2);
        SearchResult r = services.search().search(page2);
        assertEquals(List.of("zh3", "en2"), ids(r));
        assertEquals(5, r.total());
    }

    // Queries the old parser refused are now read forgivingly: an unclosed quote runs to the end, * is punctuation.
    @Test
    void queriesOnceUnparseableAreReadForgivingly() {
        assertEquals(List.of("en1", "zh1"), ids(search("\"trademark squatting")));
        assertEquals(List.of(), ids(search("*ent")));
    }

    @Test
    void tooLongQueryIsAnInvalidRequest() {
        InvalidRequestException tooLong = assertThrows(InvalidRequestException.class, () -> search("a".repeat(1001)));
        assertEquals("query_too_long", tooLong.code());
        assertEquals("q", tooLong.field());
    }

    @Test
    void tooManyTermsIsQueryTooComplex() {
        String q = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        assertEquals("query_too_complex", assertThrows(InvalidRequestException.class, () -> search(q)).code());
    }

    @Test
    void rewritingTheSameDocumentsChangesNothing() {
        var outcomes = services.writer().write(TestServices.corpus());
        assertTrue(outcomes.stream().allMatch(u -> u.outcome() == org.ipradar.store.DocumentStore.Outcome.UNCHANGED));
        assertEquals(5, services.index().count());
    }
}
