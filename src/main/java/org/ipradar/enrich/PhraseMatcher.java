package org.ipradar.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in one pass over a {@link NormalizedText} (an Aho-Corasick automaton), keeping the leftmost
 * longest of overlapping matches, so that a longer phrase ("South China Sea", 印度尼西亚) hides the shorter ones
 * inside it ("China", 印度).
 *
 * <p>Phrases in scripts written with spaces (Latin, Cyrillic, Greek) must start and end at word boundaries ("India"
 * does not match inside "Indiana"), unless the phrase ends with {@code *}, which allows any ending ("patent*" matches
 * "patented"). Phrases in Chinese, Thai, Lao, Khmer or Burmese match anywhere, as those scripts put no spaces between
 * words. A case-sensitive phrase ("US") must match the original spelling; one of four letters or more may also match
 * an all-capital spelling ("CHINA"). Written by hand rather than taken from a library because it needs these
 * per-phrase boundary and case rules on folded text.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
    /** One phrase: its spelling as written, its folded form, and what it stands for. */
    record Phrase<T>(String surface, String folded, T payload, boolean caseSensitive, boolean anyEnding) {}

    /** A match of a phrase at folded offsets {@code [start, end)}. */
    record Match<T>(int start, int end, Phrase<T> phrase) {}

    private final List<Phrase<T>> phrases;
    private final NormalizedText[] surfaces; // folded surfaces, for the case check
    // the automaton, one array entry per trie node
    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final int[] depth;
    private final int[][] phrasesAt; // indexes into phrases of the phrases ending at a node, or null
    private final int[] outLink; // the nearest node on the fail chain that ends a phrase, or -1
    private final int[] rootNext = new int[Character.MAX_VALUE + 1]; // the root's transitions, dense: most steps start there

    private PhraseMatcher(List<Phrase<T>> phrases) {
        this.phrases = List.copyOf(phrases);
        this.surfaces = new NormalizedText[phrases.size()];
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new HashMap<>());
        depths.add(0);
        ends.add(null);
        for (int p = 0; p < phrases.size(); p++) {
            Phrase<T> ph = phrases.get(p);
            surfaces[p] = NormalizedText.of(ph.surface());
            int node = 0;
            for (char c : ph.folded().toCharArray()) {
                Integer child = trie.get(node).get(c);
                if (child == null) {
                    child = trie.size();
                    trie.add(new HashMap<>());
                    depths.add(depths.get(node) + 1);
                    ends.add(null);
                    trie.get(node).put(c, child);
                }
                node = child;
            }
            if (ends.get(node) == null) {
                ends.set(node, new ArrayList<>(1));
            }
            ends.get(node).add(p);
        }
        int n = trie.size();
        keys = new char[n][];
        next = new int[n][];
        fail = new int[n];
        depth = new int[n];
        phrasesAt = new int[n][];
        outLink = new int[n];
        for (int i = 0; i < n; i++) {
            Character[] ks = trie.get(i).keySet().toArray(new Character[0]);
            Arrays.sort(ks);
            keys[i] = new char[ks.length];
            next[i] = new int[ks.length];
            for (int k = 0; k < ks.length; k++) {
                keys[i][k] = ks[k];
                next[i][k] = trie.get(i).get(ks[k]);
            }
            depth[i] = depths.get(i);
            List<Integer> e = ends.get(i);
            phrasesAt[i] = e == null ? null : e.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int k = 0; k < keys[0].length; k++) {
            rootNext[keys[0][k]] = next[0][k];
        }
        // breadth-first: fail links and output links
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        fail[0] = 0;
        outLink[0] = -1;
        for (int child : next[0]) {
            fail[child] = 0;
            outLink[child] = -1;
            queue[tail++] = child;
        }
        while (head < tail) {
            int node = queue[head++];
            for (int k = 0; k < keys[node].length; k++) {
                int child = next[node][k];
                int f = fail[node];
                int target;
                while (true) {
                    target = child(f, keys[node][k]);
                    if (target >= 0 || f == 0) {
                        break;
                    }
                    f = fail[f];
                }
                fail[child] = target >= 0 && target != child ? target : 0;
                outLink[child] = phrasesAt[fail[child]] != null ? fail[child] : outLink[fail[child]];
                queue[tail++] = child;
            }
        }
    }

    /** A matcher over the phrases; several phrases may share a folded form, and all of them match. */
    static <T> PhraseMatcher<T> of(List<Phrase<T>> phrases) {
        for (Phrase<T> p : phrases) {
            if (p.folded().isEmpty()) {
                throw new IllegalArgumentException("phrase \"" + p.surface() + "\" is empty once folded");
            }
        }
        return new PhraseMatcher<>(phrases);
    }

    /** A phrase from its written form: a trailing {@code *} allows any ending. */
    static <T> Phrase<T> phrase(String written, T payload, boolean caseSensitive) {
        boolean anyEnding = written.endsWith("*");
        String surface = anyEnding ? written.substring(0, written.length() - 1) : written;
        return new Phrase<>(surface, NormalizedText.of(surface).folded(), payload, caseSensitive, anyEnding);
    }

    /** The number of phrases. */
    int size() {
        return phrases.size();
    }

    /** The number of trie nodes. */
    int nodes() {
        return keys.length;
    }

    private int child(int node, char c) {
        if (node == 0) {
            int n = rootNext[c];
            return n == 0 ? -1 : n;
        }
        char[] ks = keys[node];
        if (ks.length <= 8) { // most nodes have one or two children: a scan beats a binary search
            for (int k = 0; k < ks.length; k++) {
                if (ks[k] == c) {
                    return next[node][k];
                }
            }
            return -1;
        }
        int k = Arrays.binarySearch(ks, c);
        return k >= 0 ? next[node][k] : -1;
    }

    /** Every match in a text that passes its boundary and case checks, overlapping ones included, in no order. */
    List<Match<T>> findAll(NormalizedText text) {
        List<Match<T>> found = new ArrayList<>();
        int state = 0;
        char[] cs = text.chars;
        for (int i = 0; i < text.length; i++) {
            char c = cs[i];
            int target;
            while ((target = child(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(target, 0);
            for (int o = phrasesAt[state] != null ? state : outLink[state]; o >= 0; o = outLink[o]) {
                int end = i + 1;
                int start = end - depth[o];
                for (int p : phrasesAt[o]) {
                    if (accepts(text, start, end, phrases.get(p), p)) {
                        found.add(new Match<>(start, end, phrases.get(p)));
                    }
                }
            }
        }
        return found;
    }

    /** The leftmost-longest non-overlapping matches in a text, in text order. */
    List<Match<T>> find(NormalizedText text) {
        return leftmostLongest(findAll(text));
    }

    /**
     * Of overlapping matches, keeps the one that starts first, and of those the longest; matches with the same span
     * are all kept. The list is sorted in place.
     */
    static <T> List<Match<T>> leftmostLongest(List<Match<T>> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparingInt(m -> m.start() - m.end()));
        List<Match<T>> kept = new ArrayList<>(found.size());
        int covered = 0;
        Match<T> last = null;
        for (Match<T> m : found) {
            if (m.start() >= covered || last != null && m.start() == last.start() && m.end() == last.end()) {
                kept.add(m);
                covered = m.end();
                last = m;
            }
        }
        return kept;
    }

    private boolean accepts(NormalizedText text, int start, int end, Phrase<T> p, int index) {
        char[] cs = text.chars;
        if (NormalizedText.isWordChar(cs[start]) && start > 0 && NormalizedText.isWordChar(cs[start - 1])) {
            return false;
        }
        if (!p.anyEnding() && NormalizedText.isWordChar(cs[end - 1]) && end < text.length
                && NormalizedText.isWordChar(cs[end])) {
            return false;
        }
        return !p.caseSensitive() || sameCase(text, start, end, surfaces[index]);
    }

    private static boolean sameCase(NormalizedText text, int start, int end, NormalizedText surface) {
        boolean exact = true;
        boolean allCaps = true;
        for (int k = 0; k < end - start; k++) {
            char want = surface.original.charAt(surface.origin[k]);
            char got = text.original.charAt(text.origin[start + k]);
            if (!Character.isLetter(want)) {
                continue;
            }
            exact &= want == got;
            allCaps &= Character.toUpperCase(want) == got;
        }
        return exact || allCaps && end - start >= 4;
    }
}
