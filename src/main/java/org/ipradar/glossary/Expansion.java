package org.ipradar.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * A glossary term found in a query, with what it translates to: the search adds the translations (and the
 * variants) below the words the user typed, and shows which expansions it used.
 *
 * @param part which of the query parts given to {@link Glossary#expand(List)} it was found in (0 for a single text)
 * @param start where the match starts in that part, in chars
 * @param end where it ends, exclusive
 * @param matched the text as the user typed it, e.g. {@code 專利侵權} or {@code Patents}
 * @param term the glossary form that matched it, e.g. {@code 专利侵权} or {@code patent}
 * @param lang {@code zh} when a Chinese term matched, {@code en} when an English one did
 * @param entry the glossary concept
 */
public record Expansion(int part, int start, int end, String matched, String term, String lang, Entry entry) {

    /**
     * The concept's terms in the other language: its English terms for a Chinese match; its Simplified, then its
     * Traditional, terms for an English match.
     */
    public List<String> translations() {
        if ("zh".equals(lang)) {
            return entry.en();
        }
        List<String> out = new ArrayList<>(entry.zh());
        out.addAll(entry.zhHant());
        return List.copyOf(out);
    }

    /**
     * The concept's other terms in the language that matched: Chinese synonyms in both scripts, or English synonyms
     * and spellings; never the matched term itself.
     */
    public List<String> variants() {
        List<String> out = new ArrayList<>();
        if ("zh".equals(lang)) {
            for (String t : entry.zh()) {
                add(out, t, matched);
            }
            for (String t : entry.zhHant()) {
                add(out, t, matched);
            }
        } else {
            String key = TermText.wordKey(term);
            for (String t : entry.en()) {
                if (!TermText.wordKey(t).equals(key)) {
                    add(out, t, matched);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<String> out, String t, String matched) {
        if (!t.equals(matched) && !out.contains(t)) {
            out.add(t);
        }
    }

    /** A line that says what was expanded, e.g. {@code 越南 → Vietnam, Viet Nam}. */
    public String describe() {
        return matched + " → " + String.join(", ", translations());
    }
}
