package org.ipradar.index;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds Traditional Chinese characters to Simplified ones, one character for one, so that 專利 and 专利 index and
 * search alike. The table is taken from ICU's Traditional-Simplified transform, character by character; the few
 * mappings that are not one-to-one are left out, which keeps offsets exact for highlighting.
 */
public final class ChineseFolding {
    private static final char[] TABLE = build();

    private ChineseFolding() {}

    private static char[] build() {
        char[] table = new char[0x10000];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        fill(table, t2s, 0x3400, 0x4DBF); // CJK Extension A
        fill(table, t2s, 0x4E00, 0x9FFF); // CJK Unified Ideographs
        fill(table, t2s, 0xF900, 0xFAFF); // CJK Compatibility Ideographs
        return table;
    }

    private static void fill(char[] table, Transliterator t2s, int from, int to) {
        for (int c = from; c <= to; c++) {
            String s = t2s.transliterate(String.valueOf((char) c));
            if (s.length() == 1 && s.charAt(0) != c) {
                table[c] = s.charAt(0);
            }
        }
    }

    /** The Simplified form of one character, or the character itself. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** The text with every Traditional character replaced by its Simplified form. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char f = TABLE[chars[i]];
            if (f != chars[i]) {
                chars[i] = f;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    /** A char filter that applies the folding to a reader; offsets pass through unchanged. */
    public static Reader reader(Reader input) {
        return new CharFilter(input) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                int n = input.read(cbuf, off, len);
                for (int i = off; i < off + n; i++) {
                    cbuf[i] = TABLE[cbuf[i]];
                }
                return n;
            }

            @Override
            protected int correct(int currentOff) {
                return currentOff; // one char for one: offsets are exact
            }
        };
    }
}
