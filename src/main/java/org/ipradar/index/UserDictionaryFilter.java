package org.ipradar.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Joins adjacent segmenter tokens that together spell a word of a user dictionary, as smartcn (which has no user
 * dictionary of its own) would have cut them had it known the word: {@code 商标|抢|注} becomes {@code 商标|抢注}.
 * Tokens join only when they touch in the text (one ends where the next starts); the longest word wins.
 */
final class UserDictionaryFilter extends TokenFilter {
    /** The longest word, in tokens, that may be joined. */
    static final int MAX_TOKENS = 8;

    private final Dictionary dictionary;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private boolean exhausted;

    private record Pending(AttributeSource.State state, String term, int start, int end) {}

    /**
     * The words to join, folded as the index folds (full-width to half-width, Traditional to Simplified).
     *
     * @param words every word
     * @param prefixes every proper prefix of every word, to know when to stop looking ahead
     */
    record Dictionary(Set<String> words, Set<String> prefixes) {
        /** A dictionary of the given words, folded. */
        static Dictionary of(Collection<String> raw) {
            Set<String> words = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            for (String w : raw) {
                String f = ChineseFolding.fold(w.strip());
                if (f.length() < 2) {
                    continue;
                }
                words.add(f);
                for (int i = 1; i < f.length(); i++) {
                    prefixes.add(f.substring(0, i));
                }
            }
            return new Dictionary(Set.copyOf(words), Set.copyOf(prefixes));
        }

        /** The dictionary shipped as a resource: one word a line, {@code #} comments. */
        static Dictionary load(String resource) {
            try (InputStream in = UserDictionaryFilter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the user dictionary " + resource + " is missing from the class path");
                }
                List<String> words = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        words.add(w);
                    }
                }
                return of(words);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the user dictionary " + resource + ": " + e.getMessage(), e);
            }
        }
    }

    UserDictionaryFilter(TokenStream input, Dictionary dictionary) {
        super(input);
        this.dictionary = dictionary;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending.isEmpty() && !read()) {
            return false;
        }
        // Look ahead while the touching tokens read so far still begin some word.
        StringBuilder joined = new StringBuilder(pending.peekFirst().term());
        int matched = 1;
        int index = 1;
        while (index < MAX_TOKENS && dictionary.prefixes().contains(joined.toString())) {
            if (index >= pending.size() && !read()) {
                break;
            }
            Pending next = get(index);
            if (next.start() != get(index - 1).end()) {
                break;
            }
            joined.append(next.term());
            index++;
            if (dictionary.words().contains(joined.toString())) {
                matched = index;
            }
        }
        Pending first = pending.pollFirst();
        restoreState(first.state());
        if (matched > 1) {
            StringBuilder word = new StringBuilder(first.term());
            int end = first.end();
            for (int i = 1; i < matched; i++) {
                Pending p = pending.pollFirst();
                word.append(p.term());
                end = p.end();
            }
            term.setEmpty().append(word);
            offset.setOffset(first.start(), end);
        }
        return true;
    }

    private Pending get(int i) {
        int n = 0;
        for (Pending p : pending) {
            if (n++ == i) {
                return p;
            }
        }
        throw new IndexOutOfBoundsException(i);
    }

    private boolean read() throws IOException {
        if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        pending.addLast(new Pending(captureState(), term.toString(), offset.startOffset(), offset.endOffset()));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        exhausted = false;
    }
}
