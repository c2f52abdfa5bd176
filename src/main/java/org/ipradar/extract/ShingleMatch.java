package org.ipradar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Article Extraction Benchmark's measure of how well an extracted text matches the gold text: both are split
 * into word tokens, the tokens into overlapping 4-word shingles, and the two bags of shingles are compared.
 *
 * <p>It follows scrapinghub/article-extraction-benchmark's {@code evaluate.py}: a token is a run of word characters
 * (letters, digits, underscore; case kept), a text of fewer than four tokens is one short shingle, an empty text has
 * none, and the true-positive, false-positive and false-negative counts of a page are divided by their sum so that
 * long pages do not weigh more. One deliberate difference: each CJK character (Han, kana) is a token of its own, since
 * Chinese and Japanese write words without spaces and a whole sentence would otherwise be one token.
 */
public final class ShingleMatch {
    /** The shingle length, in tokens. */
    public static final int N = 4;

    private ShingleMatch() {}

    /** One page's normalised counts; precision and recall follow {@code evaluate.py}'s rules for empty texts. */
    public record PageScore(double tp, double fp, double fn) {
        /** Whether the page counts toward the averaged precision (the extractor returned something). */
        public boolean hasPrecision() {
            return tp + fp > 0;
        }

        /** Whether the page counts toward the averaged recall (the gold text is not empty). */
        public boolean hasRecall() {
            return tp + fn > 0;
        }

        /** Overlap over extracted shingles; 1 when both texts are empty, 0 when nothing matched. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        /** Overlap over gold shingles; 1 when both texts are empty, 0 when nothing matched. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }

        /** The harmonic mean of this page's precision and recall (for ranking pages; not the set's F1). */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Precision and recall averaged over pages, and the F1 of those two averages, as the benchmark reports. */
    public record Summary(int pages, double precision, double recall, double f1) {}

    /** Compares an extracted text with the gold text. */
    public static PageScore score(String gold, String extracted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> x = shingles(extracted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            int gc = e.getValue();
            int xc = x.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, xc);
            fn += Math.max(0, gc - xc);
        }
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            fp += Math.max(0, e.getValue() - gc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /** Averages pages' precision (over pages with extracted text) and recall (over pages with gold text). */
    public static Summary summarise(List<PageScore> pages) {
        double p = 0;
        double r = 0;
        int np = 0;
        int nr = 0;
        for (PageScore s : pages) {
            if (s.hasPrecision()) {
                p += s.precision();
                np++;
            }
            if (s.hasRecall()) {
                r += s.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(pages.size(), precision, recall, f1);
    }

    /** The word tokens of a text: runs of letters, digits and underscores, each CJK character on its own. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Chars.isCjk(cp)) {
                if (start >= 0) {
                    out.add(text.substring(start, i));
                    start = -1;
                }
                out.add(text.substring(i, i + len));
            } else if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += len;
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code \w} for str patterns: alphanumeric in Unicode's sense, or the underscore. */
    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '_') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The bag of shingles of a text, each shingle as its tokens joined by a separator no token contains. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> bag = new HashMap<>();
        if (tokens.isEmpty()) {
            return bag;
        }
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last; i++) {
            String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + N)));
            bag.merge(key, 1, Integer::sum);
        }
        return bag;
    }
}
