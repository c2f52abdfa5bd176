package org.ipradar.patent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPC and CPC symbols and their hierarchy, for matching a product's classes against a patent's: {@code H01M 50/449}
 * lies in main group {@code H01M 50}, subclass {@code H01M}, class {@code H01} and section {@code H}.
 */
public final class Classifications {
    // Section letter, two-digit class, subclass letter, then optionally main group "/" subgroup; the spacing and
    // the leading zeros of the main group vary between sources ("H01M 2/16", "H01M0002/16", "H01M   2/16").
    private static final Pattern SYMBOL =
            Pattern.compile("([A-HY])\\s*(\\d{2})\\s*([A-Z])(?:\\s*0*(\\d{1,4})\\s*/\\s*(\\d{1,6}))?.*");

    /** How far two symbols agree, from nothing to the whole symbol. */
    public enum Level {
        /** Different sections. */
        NONE,
        /** Same section, such as {@code H}. */
        SECTION,
        /** Same class, such as {@code H01}. */
        CLASS,
        /** Same subclass, such as {@code H01M}. */
        SUBCLASS,
        /** Same main group, such as {@code H01M 50}. */
        GROUP,
        /** The same symbol. */
        SYMBOL;

        /** The word used in explanations: {@code subclass}, {@code main group} .... */
        public String label() {
            return this == GROUP ? "main group" : name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A parsed symbol.
     *
     * @param subclass the four-character subclass, such as {@code H01M}
     * @param group the main group, such as {@code 50}, or empty for a subclass-only symbol
     * @param subgroup the subgroup, such as {@code 449}, or empty
     */
    public record Symbol(String subclass, String group, String subgroup) {
        /** The printed form: {@code H01M 50/449}, or {@code H01M}. */
        @Override
        public String toString() {
            return group.isEmpty() ? subclass : subclass + " " + group + "/" + subgroup;
        }

        /** The index terms of this symbol and its ancestors: {@code H}, {@code H01}, {@code H01M}, {@code H01M50}, {@code H01M50/449}. */
        public List<String> terms() {
            List<String> t = new ArrayList<>(List.of(subclass.substring(0, 1), subclass.substring(0, 3), subclass));
            if (!group.isEmpty()) {
                t.add(subclass + group);
                t.add(subclass + group + "/" + subgroup);
            }
            return t;
        }

        /** How far this symbol agrees with another. */
        public Level overlap(Symbol other) {
            if (subclass.charAt(0) != other.subclass.charAt(0)) {
                return Level.NONE;
            }
            if (!subclass.regionMatches(0, other.subclass, 0, 3)) {
                return Level.SECTION;
            }
            if (!subclass.equals(other.subclass)) {
                return Level.CLASS;
            }
            if (group.isEmpty() || !group.equals(other.group)) {
                return Level.SUBCLASS;
            }
            return subgroup.equals(other.subgroup) ? Level.SYMBOL : Level.GROUP;
        }
    }

    /**
     * The best agreement between any of a product's symbols and any of a patent's.
     *
     * @param level how far they agree
     * @param query the product's symbol
     * @param patent the patent's symbol
     */
    public record Overlap(Level level, Symbol query, Symbol patent) {}

    private Classifications() {}

    /** Parses a symbol such as {@code H01M 50/449}, {@code H01M50/449 (2021.01)} or {@code H01M}; empty when it is none. */
    public static Optional<Symbol> parse(String text) {
        Matcher m = SYMBOL.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String subclass = m.group(1) + m.group(2) + m.group(3);
        if (m.group(4) == null) {
            return Optional.of(new Symbol(subclass, "", ""));
        }
        return Optional.of(new Symbol(subclass, m.group(4), m.group(5)));
    }

    /** The symbols that parse, in order, without repeats. */
    public static List<Symbol> parseAll(Collection<String> texts) {
        List<Symbol> out = new ArrayList<>();
        for (String t : texts) {
            parse(t).filter(s -> !out.contains(s)).ifPresent(out::add);
        }
        return out;
    }

    /** The best agreement between the two lists (the first pair found at the best level), or empty when none. */
    public static Optional<Overlap> best(List<Symbol> query, List<Symbol> patent) {
        Overlap best = null;
        for (Symbol q : query) {
            for (Symbol p : patent) {
                Level l = q.overlap(p);
                if (l != Level.NONE && (best == null || l.compareTo(best.level()) > 0)) {
                    best = new Overlap(l, q, p);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
