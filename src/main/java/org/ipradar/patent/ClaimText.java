package org.ipradar.patent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Text through an analyzer: its terms, and the text with the tokens whose terms are wanted marked in HTML. */
final class ClaimText {
    private ClaimText() {}

    /** The analysed terms of a text, in order, repeats kept. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The text, HTML-escaped, with every token whose term is in {@code wanted} inside {@code <mark>}; tokens separated
     * only by spaces share one mark.
     */
    static String highlight(Analyzer analyzer, String text, Collection<String> wanted) {
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    if (!spans.isEmpty() && spans.getLast()[1] <= start
                            && text.substring(spans.getLast()[1], start).isBlank()) {
                        spans.getLast()[1] = end;
                    } else if (spans.isEmpty() || spans.getLast()[1] <= start) {
                        spans.add(new int[] {start, end});
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text: " + e.getMessage(), e);
        }
        StringBuilder b = new StringBuilder(text.length() + spans.size() * 13);
        int at = 0;
        for (int[] span : spans) {
            escape(b, text, at, span[0]);
            b.append("<mark>");
            escape(b, text, span[0], span[1]);
            b.append("</mark>");
            at = span[1];
        }
        escape(b, text, at, text.length());
        return b.toString();
    }

    private static void escape(StringBuilder b, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }
}
