package org.ipradar.index;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of each text field. Every one first folds full-width to half-width characters and Traditional to
 * Simplified Chinese, so a query typed either way finds text written either way.
 */
public final class Analyzers {
    private Analyzers() {}

    /** Chinese words through smartcn's dictionary and HMM segmenter; English words in it are lower-cased and stemmed. */
    public static Analyzer chinese() {
        return folded(new SmartChineseAnalyzer());
    }

    /** Overlapping CJK character bigrams, the recall fallback for words the segmenter splits wrongly. */
    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new CJKBigramFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return ChineseFolding.reader(new CJKWidthCharFilter(reader));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** English: possessives removed, lower case, stop words, Porter stemming. */
    public static Analyzer english() {
        return folded(new EnglishAnalyzer());
    }

    /** One analyzer for the whole index, choosing by field name suffix as {@link Fields} declares. */
    public static Analyzer perField() {
        Analyzer zh = chinese();
        Analyzer cjk = bigrams();
        Analyzer en = english();
        return new PerFieldAnalyzerWrapper(en, Map.of(
                Fields.TITLE_ZH, zh, Fields.BODY_ZH, zh,
                Fields.TITLE_CJK, cjk, Fields.BODY_CJK, cjk,
                Fields.TITLE_EN, en, Fields.BODY_EN, en));
    }

    private static Analyzer folded(Analyzer delegate) {
        return new AnalyzerWrapper(delegate.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return delegate;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return ChineseFolding.reader(new CJKWidthCharFilter(reader));
            }
        };
    }
}
