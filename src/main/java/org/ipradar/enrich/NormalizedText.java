package org.ipradar.enrich;

import java.text.Normalizer;
import org.ipradar.index.ChineseFolding;

/**
 * Text folded for dictionary matching: lower case, Traditional Chinese folded to Simplified, full-width forms to
 * ASCII, hyphens, dashes and Markdown emphasis to spaces, runs of white space to one space. Each folded character
 * remembers where it came from, so that a match can be checked against the original spelling (case, boundaries).
 */
final class NormalizedText {
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1]; // fold(c) for every c, computed once

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = foldOne((char) c);
        }
    }

    /** The text in composed form (NFC), which {@link #origin} indexes into. */
    final String original;
    /** The folded characters; only the first {@link #length} are used. */
    final char[] chars;
    /** How many folded characters there are. */
    final int length;
    /** For each folded character, the index of the original character it came from. */
    final int[] origin;

    private NormalizedText(String original, char[] chars, int length, int[] origin) {
        this.original = original;
        this.chars = chars;
        this.length = length;
        this.origin = origin;
    }

    /** Folds a text. */
    static NormalizedText of(String text) {
        String s = isSurelyComposed(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] out = new char[s.length()];
        int[] origin = new int[s.length()];
        int n = 0;
        boolean space = true; // drops leading white space
        for (int i = 0; i < s.length(); i++) {
            char c = FOLD[s.charAt(i)];
            if (c == 0) {
                continue;
            }
            if (c == ' ') {
                if (!space) {
                    out[n] = ' ';
                    origin[n++] = i;
                    space = true;
                }
                continue;
            }
            out[n] = c;
            origin[n++] = i;
            space = false;
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new NormalizedText(s, out, n, origin);
    }

    /** The folded text as a string. */
    String folded() {
        return new String(chars, 0, length);
    }

    // Below U+0300 (where combining accents start) no character can change under NFC.
    private static boolean isSurelyComposed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** The folded form of one character: a space for separators, 0 for characters to drop. */
    static char fold(char c) {
        return FOLD[c];
    }

    private static char foldOne(char c) {
        switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                return 0; // zero-width spaces (common in Khmer, Thai and Lao text), BOM, soft hyphen
            }
            case '-', '_', '*', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00A0',
                    '\u3000', '\u30FB' -> {
                return ' '; // "trade-mark" = "trade mark"; Markdown's _emphasis_; NBSP; ideographic space
            }
            case '\u2018', '\u2019', '\u02BC', '\uFF07' -> {
                return '\'';
            }
            default -> {
                if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                    return ' ';
                }
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    c = (char) (c - 0xFEE0); // full-width ASCII
                }
                return ChineseFolding.fold(Character.toLowerCase(c));
            }
        }
    }

    /** Whether a character belongs to a script written with spaces between words, so matches need boundaries. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isDigit(c)) {
            return true;
        }
        if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.INHERITED;
    }
}
