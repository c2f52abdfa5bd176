package org.ipradar.extract;

/** Character classes the extractor counts by: CJK characters weigh more than Latin letters, as a word does. */
final class Chars {
    /** How many Latin characters one CJK character counts as when text lengths are compared. */
    static final int CJK_WEIGHT = 3;

    private Chars() {}

    /** Whether the code point is written without spaces between words (Han, kana). */
    static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        return cp <= 0x2FDF // radicals
                || cp == 0x3005 || cp == 0x3007 || cp >= 0x3021 && cp <= 0x3029 // 々 〇 Hangzhou numerals
                || cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB // kana, without the middle dot
                || cp >= 0x31F0 && cp <= 0x31FF // katakana extensions
                || cp >= 0x3400 && cp <= 0x4DBF // extension A
                || cp >= 0x4E00 && cp <= 0x9FFF // unified ideographs
                || cp >= 0xF900 && cp <= 0xFAFF // compatibility ideographs
                || cp >= 0xFF66 && cp <= 0xFF9D // half-width katakana
                || cp >= 0x20000 && cp <= 0x323AF; // extensions B to H
    }

    /** Whether the code point is a clause separator that marks running prose: commas and Chinese stops. */
    static boolean isClausePunct(int cp) {
        return cp == ',' || cp == '，' || cp == '、' || cp == '；' || cp == '。' || cp == '：';
    }

    /** Whether the code point is white space, including the no-break and ideographic spaces. */
    static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp <= ' ';
        }
        return cp == 0x00A0 || cp == 0x3000 || cp == 0x2007 || cp == 0x202F || cp == 0xFEFF || cp == 0x200B
                || Character.isWhitespace(cp);
    }

    /** The length of a text as the extractor weighs it: space runs count one, CJK characters count three. */
    static int weight(CharSequence text) {
        int w = 0;
        boolean space = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c <= ' ') {
                    if (!space) {
                        w++;
                    }
                    space = true;
                } else {
                    w++;
                    space = false;
                }
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            if (isSpace(cp)) {
                if (!space) {
                    w++;
                }
                space = true;
            } else {
                w += isCjk(cp) ? CJK_WEIGHT : 1;
                space = false;
            }
        }
        return w;
    }

    /** The number of clause separators in a text. */
    static int clausePuncts(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isClausePunct(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
