package org.ipradar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrase matching on folded text: which phrases match where, and how the term lists are checked. */
class PhraseMatcherTest {
    private static final PhraseMatcher<String> MATCHER = PhraseMatcher.of(List.of(
            PhraseMatcher.phrase("China", "CN", true),
            PhraseMatcher.phrase("South China Sea", "-", false),
            PhraseMatcher.phrase("India", "IN", false),
            PhraseMatcher.phrase("US", "US", true),
            PhraseMatcher.phrase("Lao", "LA", true),
            PhraseMatcher.phrase("patent*", "patent", false),
            PhraseMatcher.phrase("trade mark", "trademark", false),
            PhraseMatcher.phrase("copyright", "copyright", false),
            PhraseMatcher.phrase("专利", "patent", false),
            PhraseMatcher.phrase("美国", "US", false),
            PhraseMatcher.phrase("USPTO", "US", false),
            PhraseMatcher.phrase("Việt Nam", "VN", false),
            PhraseMatcher.phrase("កូរ៉េខាងត្បូង", "KR", false)));

    private static List<String> found(String text) {
        return MATCHER.find(NormalizedText.of(text)).stream().map(m -> m.phrase().payload()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the South China Sea and China           | -;CN
            Indiana and India                       | IN
            patented patents patently               | patent;patent;patent
            美国人                                   | US
            tell us, US and U S                     | US
            CHINA and China and china               | CN;CN
            LAO and Lao                             | LA
            專利                                     | patent
            ＵＳＰＴＯ                                | US
            trade-mark and trade\\n   mark           | trademark;trademark
            _Copyright_ – _Remedies_                | copyright
            """)
    void matchesOnFoldedTextWithBoundariesAndCase(String text, String payloads) {
        assertEquals(List.of(payloads.split(";")), found(text.replace("\\n", "\n")));
    }

    @Test
    void decomposedVietnameseMatchesComposedPhrase() {
        assertEquals(List.of("VN"), found(Normalizer.normalize("Việt Nam", Normalizer.Form.NFD)));
    }

    @Test
    void zeroWidthSpacesInKhmerAreIgnored() {
        assertEquals(List.of("KR"), found("កូរ៉េ\u200Bខាង\u200Bត្បូង"));
    }

    @Test
    void noMatchInEmptyText() {
        assertEquals(List.of(), found(""));
        assertEquals(List.of(), found("   \n "));
    }

    @Test
    void termListMistakesNameTheFileAndLine() {
        Set<String> tags = Set.of("patent");
        assertEquals("/fixtures/enrich/lexicon/bad-weight.tsv line 2: weight must be in (0, 1], or 0 for a blocker"
                + " (got 2.0)", load("bad-weight.tsv", tags));
        assertEquals("/fixtures/enrich/lexicon/unknown-tag.tsv line 2: tag must be one of [patent] (got \"patents\")",
                load("unknown-tag.tsv", tags));
        assertEquals("/fixtures/enrich/lexicon/duplicate.tsv line 3: \"專利\" is already listed at line 2",
                load("duplicate.tsv", tags));
        assertEquals("/fixtures/enrich/lexicon/unknown-flag.tsv line 2: flag must be one of [cs] (got \"caps\")",
                load("unknown-flag.tsv", tags));
        assertEquals("resource /fixtures/enrich/lexicon/none.tsv (relative to org/ipradar/enrich/) is missing",
                load("none.tsv", tags));
    }

    private static String load(String file, Set<String> tags) {
        return assertThrows(IllegalStateException.class,
                () -> Lexicon.load("/fixtures/enrich/lexicon/" + file, Lexicon.Facet.IP_TYPE, tags)).getMessage();
    }
}
