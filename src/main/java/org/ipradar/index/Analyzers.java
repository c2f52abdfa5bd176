package org.ipradar.index;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of each text field. Every one first folds full-width to half-width characters and Traditional to
 * Simplified Chinese, so a query typed either way finds text written either way.
 */
public final class Analyzers {
    private Analyzers() {}

    /** The shipped user dictionary of IP words smartcn cuts into pieces. */
    static final String USER_DICTIONARY = "/org/ipradar/index/zh-user-dictionary.txt";

    private static final UserDictionaryFilter.Dictionary DICTIONARY =
            UserDictionaryFilter.Dictionary.load(USER_DICTIONARY);

    /**
     * Chinese words through smartcn's dictionary and HMM segmenter, with the pieces of the IP words it does not know
     * joined back through {@link #USER_DICTIONARY}; English words in the text are lower-cased and stemmed, and
     * punctuation is dropped, as smartcn does.
     */
    public static Analyzer chinese() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new HMMChineseTokenizer(); // lower-cases Basic Latin itself
                TokenStream ts = new UserDictionaryFilter(source, DICTIONARY);
                ts = new PorterStemFilter(ts);
                ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
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
