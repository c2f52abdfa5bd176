package org.ipradar.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Cuts normalised text into overlapping token n-grams ("shingles") and hashes each to 64 bits, the same way in every
 * JVM.
 *
 * <p>Normalisation: Unicode NFKC (folds full-width letters, digits and punctuation, and composes decomposed accents),
 * then lower case by the Unicode default mapping (no locale). Tokens: a run of letters, digits and combining marks
 * in a space-separated script is one word token; in a script written without spaces between words (Han, kana, Thai,
 * Lao, Khmer, Myanmar) every character, with its combining marks, is one token. Everything else (spaces,
 * punctuation, symbols) only separates tokens. A text whose tokens are mostly characters of the second kind is cut
 * into {@code charGram}-token shingles, any other into {@code wordGram}-token shingles, so that a Chinese shingle is
 * a few characters and an English one a few words.
 */
final class Shingler {
    private final int wordGram;
    private final int charGram;

    Shingler(int wordGram, int charGram) {
        if (wordGram < 1 || charGram < 1) {
            throw new IllegalArgumentException("shingle sizes must be at least 1 (got " + wordGram + ", " + charGram
                    + ")");
        }
        this.wordGram = wordGram;
        this.charGram = charGram;
    }

    /** The hashes of the text's shingles in text order, repeats included; one shingle when it has fewer tokens. */
    long[] shingles(String text) {
        Tokens t = tokens(text);
        if (t.count == 0) {
            return new long[0];
        }
        int k = t.charTokens * 2 >= t.count ? charGram : wordGram;
        if (t.count <= k) {
            return new long[] {combine(t.hashes, 0, t.count)};
        }
        long[] out = new long[t.count - k + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = combine(t.hashes, i, k);
        }
        return out;
    }

    // Site names that sites append to their titles: "Story | Site", "Story - Site", "故事_栏目_网站".
    private static final java.util.regex.Pattern TITLE_PARTS =
            java.util.regex.Pattern.compile("\\s+[|\\-\u2013\u2014]\\s+|\\s*::\\s*|_|\uFF5C");

    /**
     * The hash of a title's longest part (titles are split where sites append their name, at " | ", " - ", "_"),
     * or 0 when that part has fewer than {@code minWords} words, or for Chinese fewer than {@code minChars}
     * characters, too few to tell stories apart.
     */
    static long titleHash(String title, int minWords, int minChars) {
        Tokens best = new Tokens();
        for (String part : TITLE_PARTS.split(title)) {
            Tokens t = tokens(part);
            if (t.count > best.count) {
                best = t;
            }
        }
        if (best.count == 0) {
            return 0;
        }
        int min = best.charTokens * 2 >= best.count ? minChars : minWords;
        if (best.count < min) {
            return 0;
        }
        long h = combine(best.hashes, 0, best.count);
        return h == 0 ? 1 : h;
    }

    /**
     * Whether a line reads like running text rather than a byline, date line or breadcrumb: at least 15 words, or
     * for Chinese at least 30 characters.
     */
    static boolean runningText(String line) {
        Tokens t = tokens(line);
        return t.charTokens * 2 >= t.count ? t.count >= 30 : t.count >= 15;
    }

    private static final class Tokens {
        long[] hashes = new long[64];
        int count;
        int charTokens;

        void add(long h, boolean isChar) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = h;
            if (isChar) {
                charTokens++;
            }
        }
    }

    private static Tokens tokens(String raw) {
        Tokens out = new Tokens();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        long word = FNV_OFFSET;
        boolean inWord = false;
        long single = 0; // the token of a character of a script without spaces, while its marks are read
        boolean inSingle = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.charAt(i);
            if (cp < 0x80) { // ASCII, the common case, without a Unicode table lookup
                i++;
                boolean letterOrDigit = cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9';
                if (cp >= 'A' && cp <= 'Z') {
                    cp += 'a' - 'A';
                    letterOrDigit = true;
                }
                if (inSingle) {
                    out.add(mix(single), true);
                    inSingle = false;
                }
                if (letterOrDigit) {
                    word = (word ^ cp) * FNV_PRIME;
                    inWord = true;
                } else if (inWord) {
                    out.add(mix(word), false);
                    inWord = false;
                    word = FNV_OFFSET;
                }
                continue;
            }
            cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (mark && inSingle) {
                single = (single ^ cp) * FNV_PRIME;
                continue;
            }
            if (mark && inWord) {
                word = (word ^ cp) * FNV_PRIME;
                continue;
            }
            if (inSingle) {
                out.add(mix(single), true);
                inSingle = false;
            }
            if (!mark && !Character.isLetterOrDigit(cp)) {
                if (inWord) {
                    out.add(mix(word), false);
                    inWord = false;
                    word = FNV_OFFSET;
                }
                continue;
            }
            if (!mark && writtenWithoutSpaces(cp)) {
                if (inWord) {
                    out.add(mix(word), false);
                    inWord = false;
                    word = FNV_OFFSET;
                }
                single = (FNV_OFFSET ^ cp) * FNV_PRIME;
                inSingle = true;
                continue;
            }
            word = (word ^ Character.toLowerCase(cp)) * FNV_PRIME;
            inWord = true;
        }
        if (inSingle) {
            out.add(mix(single), true);
        }
        if (inWord) {
            out.add(mix(word), false);
        }
        return out;
    }

    private static boolean writtenWithoutSpaces(int cp) {
        if (cp < 0x0E00) {
            return false; // Latin, Greek, Cyrillic, Arabic, Indic ...: decided without a lookup
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // CJK Unified Ideographs, most Chinese text
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long combine(long[] hashes, int from, int k) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < from + k; i++) {
            h = Long.rotateLeft(h * 0xC2B2AE3D27D4EB4FL, 31) ^ hashes[i];
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the whole hash. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
