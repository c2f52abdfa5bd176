package org.ipradar.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ipradar.store.Article;

/**
 * The short summary a proposed bulletin item starts with, for the editor to rewrite: the first whole sentences of the
 * text, at most {@value #MAX_ZH_CHARS} characters for Chinese and {@value #MAX_EN_WORDS} words otherwise; a first
 * sentence longer than that is cut and ends with an ellipsis.
 */
public final class Summaries {
    /** The most characters of a Chinese summary. */
    public static final int MAX_ZH_CHARS = 150;
    /** The most words of a summary in another language. */
    public static final int MAX_EN_WORDS = 60;

    // A Chinese sentence ends at 。！？； (with any closing quote); a Latin one at . ! ? followed by space.
    private static final Pattern ZH_END = Pattern.compile("(?<=[。！？；][”’」』）)]?)");
    private static final Pattern EN_END = Pattern.compile("(?<=[.!?][\"')\\]]?)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Summaries() {}

    /** The summary of a document, from its text, or from its title when it has no text. */
    public static String of(Article a) {
        String text = a.text() == null || a.text().isBlank() ? a.title() : a.text();
        return a.lang().equals("zh") ? chinese(text) : english(text);
    }

    /** The first sentences of a Chinese text within {@value #MAX_ZH_CHARS} characters. */
    public static String chinese(String text) {
        String flat = flatten(text, true);
        StringBuilder out = new StringBuilder();
        for (String s : ZH_END.split(flat)) {
            String sentence = s.strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (codePoints(out) + codePoints(sentence) > MAX_ZH_CHARS) {
                if (out.isEmpty()) {
                    return cut(sentence, MAX_ZH_CHARS - 1) + "…";
                }
                break;
            }
            out.append(sentence);
        }
        return out.toString();
    }

    /** The first sentences of a text in a Latin-script language within {@value #MAX_EN_WORDS} words. */
    public static String english(String text) {
        String flat = flatten(text, false);
        List<String> kept = new ArrayList<>();
        int words = 0;
        for (String s : EN_END.split(flat)) {
            String sentence = s.strip();
            if (sentence.isEmpty()) {
                continue;
            }
            String[] w = sentence.split(" ");
            if (words + w.length > MAX_EN_WORDS) {
                if (kept.isEmpty()) {
                    return String.join(" ", java.util.Arrays.copyOf(w, MAX_EN_WORDS)) + "…";
                }
                break;
            }
            kept.add(sentence);
            words += w.length;
        }
        return String.join(" ", kept);
    }

    // Joins lines and paragraphs: after Chinese punctuation with nothing, otherwise with a space.
    private static String flatten(String text, boolean chinese) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\\n")) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!b.isEmpty() && !(chinese && "。！？；：，、”’」』）".indexOf(b.charAt(b.length() - 1)) >= 0)) {
                b.append(' ');
            }
            b.append(l);
        }
        return b.toString();
    }

    private static int codePoints(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }

    private static String cut(String s, int codePoints) {
        return s.substring(0, s.offsetByCodePoints(0, Math.min(codePoints, codePoints(s)))).strip();
    }
}
