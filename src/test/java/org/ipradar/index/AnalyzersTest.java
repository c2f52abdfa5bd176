package org.ipradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Facts about how our analyzers treat real phrases, recorded from what they produce and pinned. */
class AnalyzersTest {
    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, "f", text);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void smartcnSegmentsPatentInfringementIntoTwoWords() throws IOException {
        assertEquals(List.of("专利", "侵权"), tokens(Analyzers.chinese(), "专利侵权"));
    }

    @Test
    void smartcnKeepsAseanAsOneWord() throws IOException {
        assertEquals(List.of("东盟"), tokens(Analyzers.chinese(), "东盟"));
    }

    @Test
    void smartcnSplitsTrademarkSquattingWhichBigramsRecover() throws IOException {
        // The dictionary lacks 抢注: smartcn cuts it into single characters; the bigram field keeps 抢注 whole.
        assertEquals(List.of("商标", "抢", "注"), tokens(Analyzers.chinese(), "商标抢注"));
        assertEquals(List.of("商标", "标抢", "抢注"), tokens(Analyzers.bigrams(), "商标抢注"));
    }

    @Test
    void traditionalChineseFoldsToSimplifiedInBothChineseFields() throws IOException {
        assertEquals(List.of("专利", "侵权"), tokens(Analyzers.chinese(), "專利侵權"));
        assertEquals(List.of("华为", "在", "泰国", "的", "商标"), tokens(Analyzers.chinese(), "華為在泰國的商標"));
        assertEquals(List.of("专利", "利侵", "侵权"), tokens(Analyzers.bigrams(), "專利侵權"));
    }

    @Test
    void fullWidthLettersAndDigitsFoldToAscii() throws IOException {
        assertEquals(List.of("abc", "公司", "123"), tokens(Analyzers.chinese(), "ＡＢＣ公司１２３"));
        assertEquals(List.of("abc", "公司", "123"), tokens(Analyzers.bigrams(), "ＡＢＣ公司１２３"));
    }

    @Test
    void englishInAChineseTitleIsLowerCasedAndStemmedBySmartcn() throws IOException {
        assertEquals(List.of("huawei", "在", "越南", "申请", "patent"), tokens(Analyzers.chinese(), "Huawei在越南申请patents"));
    }

    @Test
    void englishAnalyzerStemsAndDropsStopWords() throws IOException {
        assertEquals(List.of("patent", "infring", "thailand", "custom"),
                tokens(Analyzers.english(), "Patent infringement in Thailand customs"));
    }

    @Test
    void perFieldAnalyzerPicksByFieldName() throws IOException {
        Analyzer a = Analyzers.perField();
        assertEquals(List.of("知识", "产权"), tokens(a, Fields.BODY_ZH, "知识产权"));
        assertEquals(List.of("知识", "识产", "产权"), tokens(a, Fields.TITLE_CJK, "知识产权"));
        assertEquals(List.of("custom", "seizur"), tokens(a, Fields.BODY_EN, "customs seizures"));
    }

    @Test
    void foldingMapsSingleCharacters() {
        assertEquals("专利侵权 华为", ChineseFolding.fold("專利侵權 華為"));
        assertEquals("plain ascii", ChineseFolding.fold("plain ascii"));
    }
}
