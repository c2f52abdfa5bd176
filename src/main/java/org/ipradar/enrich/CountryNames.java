package org.ipradar.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ipradar.vocab.Countries;

/**
 * Names of the ASEAN members and the main export markets in Chinese (Simplified and Traditional), English and the
 * countries' own languages, read from {@code country-names.tsv}: name to code, and code to names.
 */
public final class CountryNames {
    /** The languages {@link #names(String)} gives, in order. */
    public static final List<String> DISPLAY_LANGUAGES = List.of("zh", "zh-Hant", "en", "native");

    private static final Set<String> FLAGS = Set.of("cs", "adj", "weak", "city", "pair", "office", "ctx");

    /**
     * One row of the table.
     *
     * @param codes the countries it names; empty for a blocker
     * @param lang zh, zh-Hant, en, native, or the language of an extra alias
     * @param name the name as written, a trailing {@code *} meaning any ending
     * @param flags cs, adj, weak, city, pair, office, ctx
     */
    record Entry(List<String> codes, String lang, String name, Set<String> flags) {
        /** How much one mention counts toward tagging the country. */
        double weight() {
            if (flags.contains("adj")) {
                return 0.5;
            }
            if (flags.contains("weak") || flags.contains("city") || flags.contains("pair")) {
                return 0.7;
            }
            return 1.0;
        }

        /** Whether this row is a name of one country (plain, adjective or weak), as {@link #code} answers. */
        boolean isName() {
            return codes.size() == 1 && !flags.contains("city") && !flags.contains("pair")
                    && !flags.contains("office");
        }

        /** Whether this row is a display name: a plain name in a display language. */
        boolean isDisplay() {
            return isName() && flags.stream().allMatch("cs"::equals) && DISPLAY_LANGUAGES.contains(lang);
        }
    }

    private static final List<Entry> ENTRIES = load();
    private static final Map<String, List<Entry>> BY_FOLDED = byFolded();

    private CountryNames() {}

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        for (Lexicon.Line line : Lexicon.lines("country-names.tsv")) {
            if (line.cells().length < 3 || line.cells().length > 4) {
                throw new IllegalStateException(line.where() + ": expected codes, lang, name and optional flags");
            }
            List<String> codes = Lexicon.tags(line, line.cell(0), Countries::isValid,
                    "an upper-case ISO 3166-1 alpha-2 code or EU");
            if (line.cell(1).isEmpty() || line.cell(2).isEmpty()) {
                throw new IllegalStateException(line.where() + ": lang and name must not be empty");
            }
            Set<String> flags = Lexicon.flags(line, line.cell(3), FLAGS);
            if (flags.contains("pair") != codes.size() > 1) {
                throw new IllegalStateException(line.where() + ": a row with several codes must be flagged pair, and"
                        + " only such a row");
            }
            if (flags.contains("ctx") && !codes.isEmpty()) {
                throw new IllegalStateException(line.where() + ": a ctx row must have the code \"-\"");
            }
            out.add(new Entry(codes, line.cell(1), line.cell(2), flags));
        }
        return List.copyOf(out);
    }

    private static Map<String, List<Entry>> byFolded() {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : ENTRIES) {
            if (e.isName()) {
                map.computeIfAbsent(fold(e.name()), k -> new ArrayList<>(1)).add(e);
            }
        }
        return map;
    }

    private static String fold(String name) {
        String n = name.endsWith("*") ? name.substring(0, name.length() - 1) : name;
        return NormalizedText.of(n).folded();
    }

    /** Every row of the table, in file order. */
    static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * The phrases the tagger looks for: every row but the ctx ones, with Traditional/Simplified spellings that fold
     * alike merged; a compound is not counted after the words of the ctx rows that end with its first character.
     */
    static List<PhraseMatcher.Phrase<Lexicon.Term>> phrases() {
        List<String> contexts = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (e.flags().contains("ctx")) {
                contexts.add(fold(e.name()));
            }
        }
        Map<String, Entry> seen = new HashMap<>();
        List<PhraseMatcher.Phrase<Lexicon.Term>> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (e.flags().contains("ctx")) {
                continue;
            }
            boolean cs = e.flags().contains("cs");
            List<String> notAfter = new ArrayList<>();
            if (e.flags().contains("pair")) {
                String first = fold(e.name()).substring(0, 1);
                for (String c : contexts) {
                    if (c.endsWith(first)) {
                        notAfter.add(c.substring(0, c.length() - 1));
                    }
                }
            }
            PhraseMatcher.Phrase<Lexicon.Term> p = PhraseMatcher.phrase(e.name(),
                    new Lexicon.Term(Lexicon.Facet.COUNTRY, e.codes(), e.weight(), notAfter), cs);
            String key = p.folded() + (p.anyEnding() ? "*" : "") + (cs ? "\u0000" + p.surface() : "");
            Entry before = seen.putIfAbsent(key, e);
            if (before == null) {
                out.add(p);
            } else if (!before.codes().equals(e.codes()) || before.weight() != e.weight()) {
                throw new IllegalStateException("country-names.tsv: \"" + e.name() + "\" (" + e.codes()
                        + ") folds to the same text as \"" + before.name() + "\" (" + before.codes() + ")");
            }
        }
        return out;
    }

    /**
     * The code of a country from one of its names in any listed language and script, as in {@code "越南"},
     * {@code "Việt Nam"}, {@code "Vietnamese"} or {@code "越南"} → {@code VN}; case and Traditional/Simplified
     * forms do not matter, except for case-sensitive names such as {@code "US"}. Empty for an unknown name.
     */
    public static Optional<String> code(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String given = name.strip();
        for (Entry e : BY_FOLDED.getOrDefault(fold(given), List.of())) {
            if (!e.flags().contains("cs") || given.equals(e.name())
                    || e.name().length() >= 4 && given.equals(e.name().toUpperCase(Locale.ROOT))) {
                return Optional.of(e.codes().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The display names of a country, keyed by {@code zh}, {@code zh-Hant}, {@code en} and {@code native} in that
     * order; empty for a code the table does not cover.
     */
    public static Map<String, String> names(String code) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : DISPLAY_LANGUAGES) {
            for (Entry e : ENTRIES) {
                if (e.isDisplay() && e.lang().equals(lang) && e.codes().get(0).equals(code)) {
                    out.put(lang, e.name());
                    break;
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every name of a country in the table (display names, variants and adjectives, any language), in file order. */
    public static List<String> aliases(String code) {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : ENTRIES) {
            if (e.isName() && e.codes().get(0).equals(code)) {
                out.add(e.name());
            }
        }
        return List.copyOf(out);
    }

    /** The codes the table covers, sorted. */
    public static Set<String> codes() {
        Set<String> out = new TreeSet<>();
        for (Entry e : ENTRIES) {
            out.addAll(e.codes());
        }
        return Collections.unmodifiableSet(out);
    }
}
