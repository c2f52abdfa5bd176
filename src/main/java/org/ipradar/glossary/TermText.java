package org.ipradar.glossary;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.index.ChineseFolding;

/**
 * How query text and glossary terms are compared: one character for one (so offsets into the query stay exact),
 * full-width forms to half-width, Traditional to Simplified with {@link ChineseFolding} as the index does, and lower
 * case; English is cut into words, which a query may give in the plural.
 */
final class TermText {
    private static final char[] WIDTH = widthTable();
    // Characters that end a run of English words: a glossary term never spans them.
    private static final String BREAKS = "\",;:()[]{}<>!?“”、。，；：（）《》「」『』【】";

    private TermText() {}

    // The Halfwidth and Fullwidth Forms block through NFKC, kept only where it gives one character (ＡＳＥＡＮ → ASEAN),
    // which is what Lucene's CJKWidthCharFilter does for the index.
    private static char[] widthTable() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        char[] table = new char[0xFFEF - 0xFF00 + 1];
        for (int i = 0; i < table.length; i++) {
            char c = (char) (0xFF00 + i);
            String s = nfkc.normalize(String.valueOf(c));
            table[i] = s.length() == 1 ? s.charAt(0) : c;
        }
        return table;
    }

    /** One character as it is compared. */
    static char fold(char c) {
        char w = c >= 0xFF00 && c <= 0xFFEF ? WIDTH[c - 0xFF00] : c == '\u3000' ? ' ' : c;
        return Character.toLowerCase(ChineseFolding.fold(w));
    }

    /** A text as it is compared; the same length as the text. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean hasHan(String text) {
        return text.chars().anyMatch(c -> isHan((char) c));
    }

    /** A letter or digit of a word written with spaces between words (Latin, mostly), after folding. */
    static boolean isWordChar(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN
                && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA
                && script != Character.UnicodeScript.HANGUL;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * A word of the text, folded, with its place in the original and the run it belongs to: words of one run may form
     * a term together, words of different runs (separated by Chinese text or by punctuation such as a comma or a
     * quote) may not.
     */
    record Word(String text, int start, int end, int run) {}

    /** The words of a text. Hyphens, slashes, dots and spaces join words of a run; a possessive 's is dropped. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int run = 0;
        int i = 0;
        while (i < n) {
            char c = fold(text.charAt(i));
            if (isWordChar(c)) {
                int j = i;
                StringBuilder w = new StringBuilder();
                while (j < n && isWordChar(fold(text.charAt(j)))) {
                    w.append(fold(text.charAt(j)));
                    j++;
                }
                out.add(new Word(w.toString(), i, j, run));
                i = j;
                if (i + 1 < n && isApostrophe(text.charAt(i)) && fold(text.charAt(i + 1)) == 's'
                        && (i + 2 == n || !isWordChar(fold(text.charAt(i + 2))))) {
                    i += 2; // people's court → people court
                }
                continue;
            }
            if (!Character.isWhitespace(c) && (Character.isLetterOrDigit(c) || BREAKS.indexOf(c) >= 0)) {
                run++; // Chinese characters or punctuation between words
            }
            i++;
        }
        return out;
    }

    /** The words of a glossary term, as a key: folded words joined by one space. */
    static String wordKey(String term) {
        StringBuilder key = new StringBuilder();
        for (Word w : words(term)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(w.text());
        }
        return key.toString();
    }

    /**
     * The forms under which a query word is looked up: itself, then its singular if it looks plural (royalties →
     * royalty, taxes → tax, patents → patent). Glossary terms are written in the singular unless the plural means
     * something else (customs, damages), so "custom" never finds customs.
     */
    static List<String> lookupForms(String word) {
        List<String> forms = new ArrayList<>(3);
        forms.add(word);
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            forms.add(word.substring(0, n - 3) + "y");
        } else if (n > 4 && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("zes")
                || word.endsWith("ches") || word.endsWith("shes"))) {
            forms.add(word.substring(0, n - 2));
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            String singular = word.substring(0, n - 1);
            if (!forms.contains(singular)) {
                forms.add(singular);
            }
        }
        return forms;
    }
}
