package org.ipradar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
    void userDictionaryJoinsTrademarkSquattingWhichSmartcnCutsIntoCharacters() throws IOException {
        // smartcn's dictionary lacks 抢注 and cuts it into 抢|注; the user dictionary joins it back. The bigram
        // field keeps every pair of characters, so 标抢 is there too, for recall.
        assertEquals(List.of("商标", "抢注"), tokens(Analyzers.chinese(), "商标抢注"));
        assertEquals(List.of("恶意", "抢注", "商标"), tokens(Analyzers.chinese(), "恶意抢注商标"));
        assertEquals(List.of("华为", "在", "越南", "的", "商标", "被", "抢注"),
                tokens(Analyzers.chinese(), "华为在越南的商标被抢注"));
        assertEquals(List.of("商标", "标抢", "抢注"), tokens(Analyzers.bigrams(), "商标抢注"));
    }

    @Test
    void userDictionaryKeepsIpTermsWhole() throws IOException {
        assertEquals(List.of("实用新型"), tokens(Analyzers.chinese(), "实用新型"));
        assertEquals(List.of("实用新型", "专利"), tokens(Analyzers.chinese(), "實用新型專利"));
        // 著 folds to 着 (as ICU's Traditional-to-Simplified table has it), which smartcn then cuts into three
        assertEquals(List.of("着作权", "法"), tokens(Analyzers.chinese(), "著作权法"));
        assertEquals(List.of("不正当", "竞争"), tokens(Analyzers.chinese(), "不正当竞争"));
        assertEquals(List.of("亚马逊", "下架"), tokens(Analyzers.chinese(), "亚马逊下架"));
    }

    @Test
    void termsSmartcnAlreadyCutsIntoWordsStayAsTheyAre() throws IOException {
        assertEquals(List.of("外观", "设计"), tokens(Analyzers.chinese(), "外观设计"));
        assertEquals(List.of("地理", "标志"), tokens(Analyzers.chinese(), "地理标志"));
        assertEquals(List.of("商业", "秘密"), tokens(Analyzers.chinese(), "商业秘密"));
    }

    @Test
    void mixedChineseEnglishTitle() throws IOException {
        assertEquals(List.of("tesla", "在", "中国", "的", "商标", "纠纷"),
                tokens(Analyzers.chinese(), "Tesla 在中国的商标纠纷"));
        assertEquals(List.of("tesla", "在中", "中国", "国的", "的商", "商标", "标纠", "纠纷"),
                tokens(Analyzers.bigrams(), "Tesla 在中国的商标纠纷"));
        assertEquals(List.of("asean", "市场", "的", "pct", "申请"), tokens(Analyzers.chinese(), "ＡＳＥＡＮ市场的PCT申请"));
    }

    @Test
    void joinedWordsKeepTheirOffsetsForHighlighting() throws IOException {
        try (TokenStream ts = Analyzers.chinese().tokenStream("f", "越南商标抢注案件")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            List<String> out = new ArrayList<>();
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + inc.getPositionIncrement());
            }
            ts.end();
            assertEquals(List.of("越南@0-2+1", "商标@2-4+1", "抢注@4-6+1", "案件@6-8+1"), out);
        }
    }

    @Test
    void dictionaryWordsJoinOnlyWhenTheyTouch() throws IOException {
        UserDictionaryFilter.Dictionary dict = UserDictionaryFilter.Dictionary.of(List.of("抢注", "東協"));
        assertEquals(java.util.Set.of("抢注", "东协"), dict.words(), "entries are folded as the index folds");
        // 抢 and 注 separated by a space are two tokens that do not touch
        assertEquals(List.of("抢", "注"), tokens(new org.apache.lucene.analysis.Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                org.apache.lucene.analysis.Tokenizer source =
                        new org.apache.lucene.analysis.core.WhitespaceTokenizer();
                return new TokenStreamComponents(source, new UserDictionaryFilter(source, dict));
            }
        }, "抢 注"));
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
