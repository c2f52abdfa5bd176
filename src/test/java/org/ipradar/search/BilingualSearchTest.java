package org.ipradar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ipradar.Services;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search across Chinese and English over {@code fixtures/search}: expansion, syntax, filters, limits, highlighting. */
class BilingualSearchTest {
    @TempDir
    static Path dir;

    static Services services;

    @BeforeAll
    static void index() {
        services = TestServices.open(dir);
        services.writer().write(SearchFixtures.documents());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static SearchResult search(String q) {
        return services.search().search(SearchRequest.of(q));
    }

    private static List<String> ids(String q) {
        return ids(search(q));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<String> expansions(SearchResult r) {
        return r.expansions().stream().map(SearchResult.Expansion::describe).toList();
    }

    @Test
    void chineseQueryFindsTheEnglishReportOfTheSameCase() {
        SearchResult r = search("越南 商标抢注");
        assertEquals(List.of("zh-vn-squat", "en-vn-squat"), ids(r));
        assertEquals(List.of(
                "越南 → Vietnam, Viet Nam, Socialist Republic of Viet Nam, Socialist Republic of Vietnam",
                "商标抢注 → trademark squatting, trade mark squatting, trademark squatter, "
                        + "bad-faith trademark registration"), expansions(r));
        assertEquals(List.of("越南社会主义共和国"), r.expansions().get(0).variants());
    }

    @Test
    void englishQueryFindsTheChineseGuidance() {
        SearchResult r = search("patent infringement Thailand customs");
        // a Chinese document needs half the translated terms: the guidance has all three, the suit lacks 海关
        assertEquals(List.of("zh-th-guide", "zh-th-suit"), ids(r));
        assertEquals(List.of("patent infringement → 专利侵权", "Thailand → 泰国, 泰王国", "customs → 海关"),
                expansions(r));
    }

    @Test
    void unspacedChineseIsExpandedTermByTerm() {
        SearchResult r = search("越南商标抢注");
        assertEquals(List.of("zh-vn-squat", "en-vn-squat"), ids(r));
        assertEquals(List.of("越南", "商标抢注"), r.expansions().stream().map(SearchResult.Expansion::matched).toList());
    }

    @Test
    void translationsRankBelowTheWordsAsTyped() {
        // en-vn-squat matches "trademark squatting" as typed and zh-vn-squat only through 商标抢注
        assertEquals(List.of("en-vn-squat", "zh-vn-squat"), ids("trademark squatting"));
    }

    @Test
    void snippetsHighlightMatchesInBothScripts() {
        SearchResult r = search("商标抢注");
        Map<String, String> snippets = r.hits().stream()
                .collect(Collectors.toMap(SearchResult.Hit::id, SearchResult.Hit::snippet));
        assertEquals("近期多家中国出口企业在越南遭遇<mark>商标抢注</mark>，当地代理人抢先申请与中国品牌相同的标志。",
                snippets.get("zh-vn-squat"));
        assertTrue(snippets.get("en-vn-squat").contains("<mark>trademark squatting</mark>"),
                snippets.get("en-vn-squat"));
    }

    @Test
    void exactWordsRankAboveWordsApart() {
        // zh-apart has 商标 … 抢注 apart; both documents match, the one with 商标抢注 as typed comes first
        assertEquals(List.of("zh-vn-squat", "zh-apart"), ids("商标抢注 lang:zh"));
    }

    @Test
    void substringsTheSegmenterCutsDifferentlyStillMatchThroughBigrams() {
        // smartcn reads the query 盟国 as one word (ally); the document has 东盟|国家; the bigram 盟国 is in both
        assertEquals(List.of("zh-asean"), ids("盟国"));
    }

    @Test
    void chinesePhraseMatchesOnlyAsWritten() {
        assertEquals(List.of("zh-vn-squat"), ids("\"商标抢注\" lang:zh"));
        assertEquals(List.of("zh-vn-squat"), ids("“越南商标”"));
        assertEquals(List.of(), ids("\"商标越南\""));
    }

    @Test
    void englishPhraseMatchesOnlyAsWritten() {
        assertEquals(List.of("en-vn-squat"), ids("\"trademark squatting registration\""));
        assertEquals(List.of(), ids("\"squatting trademark\""));
    }

    @Test
    void exclusionsRemoveHitsAndAreNeverExpanded() {
        // -越南 removes the Chinese Vietnam case; the English one has no 越南 in it, so it stays
        SearchResult r = search("商标抢注 -越南");
        assertEquals(List.of("zh-apart", "en-vn-squat"), ids(r));
        assertEquals(List.of("商标抢注"), r.expansions().stream().map(SearchResult.Expansion::matched).toList());
        assertEquals(List.of("zh-th-suit"), ids("专利侵权 -海关 lang:zh"));
        assertEquals(List.of("zh-th-guide"), ids("专利侵权 NOT 判决 lang:zh"));
    }

    @Test
    void orMatchesEither() {
        assertEquals(java.util.Set.of("zh-sg-copyright", "zh-my-design"), java.util.Set.copyOf(ids("著作权 OR 外观设计")));
        assertEquals(List.of("zh-sg-copyright"), ids("著作权 OR \"外观设计保护\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "country:VN|zh-vn-squat,en-vn-squat",
        "country:vn kind:case|en-vn-squat",
        "ipType:trademark lang:en|en-vn-squat",
        "ipType:geographical-indication|en-id-gi",
        "industry:food|en-id-gi,zh-apart",
        "source:en-news|en-vn-squat,en-id-gi",
        "year:2025|en-id-gi,zh-th-guide,zh-my-design,zh-apart",
        "quarter:2026q1|zh-vn-squat,en-vn-squat,zh-th-suit",
        "country:ASEAN -country:TH kind:guide|zh-my-design",
        "country:SG,MY|zh-sg-copyright,zh-asean,zh-my-design",
        "country:VN OR country:ID|zh-vn-squat,en-vn-squat,en-id-gi",
        "-kind:news -kind:case -kind:guide|zh-sg-copyright,zh-asean",
        "专利 country:TH|zh-th-suit,zh-th-guide",
    })
    void fieldFiltersNarrowTheSearch(String q, String expected) {
        assertEquals(List.of(expected.split(",")), ids(q));
    }

    @Test
    void filtersAloneListNewestFirst() {
        SearchResult r = search("country:TH");
        assertEquals(List.of("zh-th-suit", "zh-th-guide", "zh-apart"), ids(r));
        assertEquals(List.of(), r.expansions());
    }

    @Test
    void fullWidthQueryReadsAsHalfWidth() {
        assertEquals(ids("country:VN trademark"), ids("ｃｏｕｎｔｒｙ：ＶＮ　ｔｒａｄｅｍａｒｋ"));
        assertEquals(java.util.Set.of("en-vn-squat", "zh-vn-squat"),
                java.util.Set.copyOf(ids("ｃｏｕｎｔｒｙ：ＶＮ　ｔｒａｄｅｍａｒｋ")));
    }

    @Test
    void mixedChineseEnglishQuery() {
        assertEquals(List.of("zh-tesla"), ids("Tesla商标纠纷"));
        assertEquals(List.of("zh-tesla"), ids("tesla 商标"));
    }

    @Test
    void questionsAreRankedAsBagsOfWords() {
        // a question mark makes every word optional: the document need not hold 怎么办
        assertEquals("zh-vn-squat", ids("越南商标被抢注了怎么办？").get(0));
        assertEquals("zh-vn-squat", ids("越南商标被抢注了怎么办").get(0), "without the mark: 怎么 is a question word");
        // as keywords every word is required, and no Chinese document has 怎么办 or 怎样办; the English report
        // cannot have them, and needs only the translated words
        assertEquals(List.of("en-vn-squat"), ids("越南 商标 抢注 怎么办 OR 怎样办"));
    }

    @Test
    void stopWordsAloneMatchNothingAndPunctuationAloneListsTheLatest() {
        assertEquals(List.of(), ids("the of"));
        assertEquals(List.of("zh-tesla", "zh-sg-copyright", "zh-asean", "zh-vn-squat", "en-vn-squat", "zh-th-suit",
                "en-id-gi", "zh-th-guide", "zh-my-design", "zh-apart"), ids("*** ()"));
    }

    @Test
    void invalidFilterValuesAreInvalidRequestsNamingQ() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> search("country:XX 商标"));
        assertEquals("invalid_country", e.code());
        assertEquals("q", e.field());
        assertEquals("the filter country:XX in q is not valid: country must be an ISO 3166-1 alpha-2 code such as"
                + " VN, TH, SG, or EU or WO (got \"XX\")", e.getMessage());
        assertEquals("invalid_ip_type", assertThrows(InvalidRequestException.class,
                () -> search("ipType:brand")).code());
        assertEquals("invalid_quarter", assertThrows(InvalidRequestException.class,
                () -> search("quarter:2026Q5")).code());
        assertEquals("invalid_year", assertThrows(InvalidRequestException.class, () -> search("year:26")).code());
    }

    @Test
    void limitsAreClearInvalidRequests() {
        InvalidRequestException clauses = assertThrows(InvalidRequestException.class,
                () -> search(IntStream.range(0, 33).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))));
        assertEquals("query_too_complex", clauses.code());
        assertEquals("q may have at most 32 words, phrases and filters; make it shorter", clauses.getMessage());
        InvalidRequestException words = assertThrows(InvalidRequestException.class,
                () -> search("专利侵权".repeat(40)));
        assertEquals("query_too_complex", words.code());
        assertEquals("q has 80 words once Chinese is segmented; at most 64 are allowed, make it shorter",
                words.getMessage());
        assertEquals("query_too_long", assertThrows(InvalidRequestException.class,
                () -> search("专".repeat(1001))).code());
        // 32 words are allowed, and a search of them runs
        search(IntStream.range(0, 32).mapToObj(i -> "专利" + i).collect(Collectors.joining(" ")));
    }

    @Test
    void hostileInputNeverFailsOtherThanAsAnInvalidRequest() {
        String[] hostile = {"\"", "\"\"", "\"unclosed phrase", "-", "--", "- -", "-\"\"", "OR", "OR OR", "a OR",
            "OR a", "NOT", "NOT NOT", "AND", ":::", "country:", ":VN", "country::VN", "country:\"VN\"", "*", "?", "~",
            "^", "\\", "\\\\\"", "(((", ")))", "[a TO b]", "{}", "a^2", "a~2", "/re+/", "title:x", "\u0000",
            "\u0007abc", "\u202Eabc", "\uFEFF", "\uD800", "\uDC00x", "😀", "專利\uD83D", "　", "＂專利", "“未闭合",
            "「商标", "-“商标”", "ipType:", "source:\"", "year:", "OR -a", "-a OR b", "a OR -b", "-country:VN",
            "-country:VN OR kind:case", "\"a\" OR \"b\"", "商标 OR", "|", "||", "&&", "!", "+", "++a",
            "专利侵权".repeat(16), " ".repeat(900), "\t\n\r", "a".repeat(999)};
        for (String h : hostile) {
            assertNoFailure(h);
        }
        java.util.Random random = new java.util.Random(20261124);
        String alphabet = "ab商标抢注专利 \"“”-+:ORNT()[]{}*?~^\\/|&!,.\u0000\u3000ＡＢ：－country ipType kind VN";
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertNoFailure(s.toString());
        }
    }

    private static void assertNoFailure(String q) {
        try {
            SearchResult r = search(q);
            assertTrue(r.total() >= 0);
        } catch (InvalidRequestException e) {
            assertEquals("q", e.field(), q);
            assertFalse(e.getMessage().isBlank(), q);
        } catch (RuntimeException e) {
            throw new AssertionError("the query \"" + q + "\" failed with " + e, e);
        }
    }
}
