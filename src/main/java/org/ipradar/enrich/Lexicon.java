package org.ipradar.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Reads the tab-separated term lists under {@code org/ipradar/enrich/}: tags, weight, phrase, flags. */
final class Lexicon {
    /** What a term tells about a document. */
    enum Facet {
        COUNTRY,
        IP_TYPE,
        INDUSTRY,
        KIND
    }

    /**
     * A term's meaning: the facet, the tags it votes for (none for a blocker) and how much one occurrence counts.
     *
     * @param facet which facet the term belongs to
     * @param tags the tags it votes for; empty for a blocker
     * @param weight how much one occurrence counts
     * @param notAfter folded words after which an occurrence does not count (其 for 中美 in 其中美国)
     */
    record Term(Facet facet, List<String> tags, double weight, List<String> notAfter) {
        Term {
            tags = List.copyOf(tags);
            notAfter = List.copyOf(notAfter);
        }

        Term(Facet facet, List<String> tags, double weight) {
            this(facet, tags, weight, List.of());
        }

        /** Whether the folded text just before {@code start} is one of the words this term does not count after. */
        boolean hiddenAt(NormalizedText text, int start) {
            for (String w : notAfter) {
                if (start >= w.length() && new String(text.chars, start - w.length(), w.length()).equals(w)) {
                    return true;
                }
            }
            return false;
        }

        boolean blocker() {
            return tags.isEmpty();
        }
    }

    private Lexicon() {}

    /** One non-comment line of a resource, split on tabs, with its line number for messages. */
    record Line(String resource, int number, String[] cells) {
        String where() {
            return resource + " line " + number;
        }

        String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }
    }

    /**
     * The lines of a UTF-8 resource, relative to this class unless it starts with {@code /}, without blank lines and
     * {@code #} comments.
     */
    static List<Line> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " (relative to org/ipradar/enrich/) is missing");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(new Line(resource, n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }

    /**
     * The phrases of a term list; a tag outside {@code allowed}, a bad weight or flag, or a phrase listed twice is an
     * error naming the line.
     */
    static List<PhraseMatcher.Phrase<Term>> load(String resource, Facet facet, Set<String> allowed) {
        List<PhraseMatcher.Phrase<Term>> out = new ArrayList<>();
        Map<String, Line> seen = new HashMap<>();
        for (Line line : lines(resource)) {
            if (line.cells().length < 3 || line.cells().length > 4) {
                throw new IllegalStateException(line.where() + ": expected tags, weight, phrase and optional flags");
            }
            List<String> tags = tags(line, line.cell(0), allowed::contains, "one of " + allowed);
            double weight;
            try {
                weight = Double.parseDouble(line.cell(1));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(line.where() + ": weight must be a number (got \"" + line.cell(1)
                        + "\")", e);
            }
            if (weight <= 0 && !tags.isEmpty() || weight < 0 || weight > 1) {
                throw new IllegalStateException(line.where() + ": weight must be in (0, 1], or 0 for a blocker (got "
                        + weight + ")");
            }
            Set<String> flags = flags(line, line.cell(3), Set.of("cs"));
            PhraseMatcher.Phrase<Term> p =
                    PhraseMatcher.phrase(line.cell(2), new Term(facet, tags, weight), flags.contains("cs"));
            Line before = seen.putIfAbsent(p.folded() + (p.anyEnding() ? "*" : ""), line);
            if (before != null) {
                throw new IllegalStateException(line.where() + ": \"" + line.cell(2) + "\" is already listed at line "
                        + before.number());
            }
            out.add(p);
        }
        return out;
    }

    /** The comma-separated tags of a cell; "-" is none (a blocker). */
    static List<String> tags(Line line, String cell, java.util.function.Predicate<String> valid, String expected) {
        if (cell.equals("-")) {
            return List.of();
        }
        List<String> tags = Arrays.stream(cell.split(",")).map(String::strip).toList();
        for (String t : tags) {
            if (!valid.test(t)) {
                throw new IllegalStateException(line.where() + ": tag must be " + expected + " (got \"" + t + "\")");
            }
        }
        return tags;
    }

    /** The comma-separated flags of a cell, each of which must be allowed. */
    static Set<String> flags(Line line, String cell, Set<String> allowed) {
        if (cell.isEmpty()) {
            return Set.of();
        }
        Set<String> flags = Set.copyOf(Arrays.stream(cell.split(",")).map(String::strip).toList());
        for (String f : flags) {
            if (!allowed.contains(f)) {
                throw new IllegalStateException(line.where() + ": flag must be one of " + allowed + " (got \"" + f
                        + "\")");
            }
        }
        return flags;
    }

    /** The wire names of an enum's constants. */
    static <E extends Enum<E>> Set<String> wires(E[] values, Function<E, String> wire) {
        return Set.copyOf(Arrays.stream(values).map(wire).toList());
    }
}
