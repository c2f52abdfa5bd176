package org.ipradar.glossary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, searchable view of the merged glossary: a character trie of the Chinese terms and a word trie of the
 * English ones, both over folded text. Safe to share between threads.
 */
final class TermIndex {
    private static final class CharNode {
        final Map<Character, CharNode> next = new HashMap<>(4);
        Entry entry;
        String term;
    }

    private static final class WordNode {
        final Map<String, WordNode> next = new HashMap<>(4);
        Entry entry;
        String term;
    }

    private record Candidate(int start, int end, String term, String lang, Entry entry) {
        int length() {
            return end - start;
        }
    }

    private final List<Entry> entries;
    private final Set<Entry> fromEditor = Collections.newSetFromMap(new IdentityHashMap<>());
    private final CharNode zhRoot = new CharNode();
    private final WordNode enRoot = new WordNode();

    private TermIndex(List<Entry> entries, List<Entry> fromEditor) {
        this.entries = List.copyOf(entries);
        this.fromEditor.addAll(fromEditor);
        for (Entry e : entries) {
            if (!this.fromEditor.contains(e)) {
                add(e);
            }
        }
        fromEditor.forEach(this::add); // in file order, so the first editor line with a term keeps it
    }

    private void add(Entry e) {
        for (String t : e.zh()) {
            addZh(t, e);
        }
        for (String t : e.zhHant()) {
            addZh(t, e);
        }
        for (String t : e.en()) {
            addEn(t, e);
        }
    }

    /**
     * Merges the shipped entries with an editor's: an editor's entry replaces the shipped one with the same key and
     * takes over any term it shares with a shipped entry; an editor's removal drops the shipped entry. Within one
     * file, a term belongs to the first entry that has it.
     */
    static TermIndex merge(GlossaryFile.Parsed shipped, GlossaryFile.Parsed editor, String editorFile,
            List<Problem> problems) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry e : shipped.entries()) {
            byKey.put(TermText.fold(e.key()), e);
        }
        editor.removals().forEach((key, line) -> {
            if (byKey.remove(key) == null) {
                problems.add(new Problem(editorFile, line, "nothing to remove: no shipped entry has the key " + key));
            }
        });
        for (Entry e : editor.entries()) {
            byKey.put(TermText.fold(e.key()), e);
        }
        return new TermIndex(new ArrayList<>(byKey.values()), editor.entries());
    }

    // A term goes to the first entry that has it, except that an editor's entry takes it from a shipped one.
    private boolean wins(Entry current, Entry e) {
        return current == null || (fromEditor.contains(e) && !fromEditor.contains(current));
    }

    private void addZh(String term, Entry e) {
        String key = TermText.fold(term);
        CharNode node = zhRoot;
        for (int i = 0; i < key.length(); i++) {
            node = node.next.computeIfAbsent(key.charAt(i), c -> new CharNode());
        }
        if (wins(node.entry, e)) {
            node.entry = e;
            // the Simplified form of a Traditional term: what the expansion reports as the matched glossary term
            node.term = e.zh().stream().filter(z -> TermText.fold(z).equals(key)).findFirst().orElse(term);
        }
    }

    private void addEn(String term, Entry e) {
        WordNode node = enRoot;
        for (TermText.Word w : TermText.words(term)) {
            node = node.next.computeIfAbsent(w.text(), k -> new WordNode());
        }
        if (wins(node.entry, e)) {
            node.entry = e;
            node.term = term;
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry one of whose terms is exactly this text, after folding. */
    Optional<Entry> lookup(String text) {
        String key = TermText.fold(text.strip());
        CharNode c = zhRoot;
        for (int i = 0; i < key.length() && c != null; i++) {
            c = c.next.get(key.charAt(i));
        }
        if (c != null && c.entry != null) {
            return Optional.of(c.entry);
        }
        List<TermText.Word> words = TermText.words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> found = new ArrayList<>();
        walk(words, 0, 0, enRoot, found);
        return found.stream()
                .filter(f -> f.end() == words.get(words.size() - 1).end() && f.start() == words.get(0).start())
                .map(Candidate::entry)
                .findFirst();
    }

    /** The glossary terms in a text: longest first, then leftmost, none overlapping; in text order. */
    List<Expansion> expand(int part, String text) {
        List<Candidate> candidates = new ArrayList<>();
        zhCandidates(text, candidates);
        List<TermText.Word> words = TermText.words(text);
        for (int i = 0; i < words.size(); i++) {
            walk(words, i, i, enRoot, candidates);
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[text.length()];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (free(taken, c)) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        List<Expansion> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            out.add(new Expansion(part, c.start(), c.end(), text.substring(c.start(), c.end()), c.term(), c.lang(),
                    c.entry()));
        }
        return out;
    }

    private static boolean free(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    // Every Chinese term at every position of the folded text; a term that begins or ends with a Latin letter or
    // digit (PCT申请, 337调查) must not begin or end inside an English word. Spaces between Chinese characters do
    // not break a term (专利 无效 is 专利无效), but a term read across a space must then begin and end at spaces or
    // at the text's ends, so that it covers whole words.
    private void zhCandidates(String text, List<Candidate> out) {
        String folded = TermText.fold(text);
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && TermText.isWordChar(folded.charAt(i)) && TermText.isWordChar(folded.charAt(i - 1))) {
                continue;
            }
            boolean wordStart = i == 0 || Character.isWhitespace(folded.charAt(i - 1));
            boolean crossed = false;
            CharNode node = zhRoot;
            for (int j = i; j < n; j++) {
                char c = folded.charAt(j);
                if (j > i && Character.isWhitespace(c) && TermText.isHan(folded.charAt(j - 1))) {
                    int next = j;
                    while (next < n && Character.isWhitespace(folded.charAt(next))) {
                        next++;
                    }
                    if (next < n && TermText.isHan(folded.charAt(next)) && wordStart) {
                        crossed = true;
                        j = next - 1;
                        continue;
                    }
                }
                node = node.next.get(c);
                if (node == null) {
                    break;
                }
                boolean endsInWord = j + 1 < n && TermText.isWordChar(folded.charAt(j))
                        && TermText.isWordChar(folded.charAt(j + 1));
                boolean wordEnd = j + 1 == n || Character.isWhitespace(folded.charAt(j + 1));
                if (node.entry != null && !endsInWord && (!crossed || wordEnd)) {
                    out.add(new Candidate(i, j + 1, node.term, "zh", node.entry));
                }
            }
        }
    }

    // Every English term that starts at word `first`: words of one run, each looked up as written or as a singular.
    private static void walk(List<TermText.Word> words, int first, int i, WordNode node, List<Candidate> out) {
        if (i >= words.size() || words.get(i).run() != words.get(first).run()) {
            return;
        }
        for (String form : TermText.lookupForms(words.get(i).text())) {
            WordNode next = node.next.get(form);
            if (next != null) {
                if (next.entry != null) {
                    out.add(new Candidate(words.get(first).start(), words.get(i).end(), next.term, "en", next.entry));
                }
                walk(words, first, i + 1, next, out);
            }
        }
    }
}
