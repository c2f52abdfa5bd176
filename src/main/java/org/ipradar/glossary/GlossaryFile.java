package org.ipradar.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.ipradar.vocab.Countries;

/**
 * Reads one glossary file: tab-separated lines {@code type, zh, zh_hant, en, country, source, note}, synonyms
 * separated by {@code |}, {@code #} comments. A bad line, or a bad term on a line, is recorded as a {@link Problem}
 * with its line number and left out; the rest of the file is still read.
 */
final class GlossaryFile {
    /** The columns, in order; the first four must be present on every line. */
    static final List<String> COLUMNS = List.of("type", "zh", "zh_hant", "en", "country", "source", "note");
    /** An {@code en} cell of just this removes the shipped entry with the line's key. */
    static final String REMOVE = "-";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * What a file holds.
     *
     * @param entries the usable entries, in file order
     * @param removals keys of entries to remove (from an editor's file), with their lines
     * @param problems every line or term left out, and why
     */
    record Parsed(List<Entry> entries, Map<String, Integer> removals, List<Problem> problems) {
        static Parsed empty() {
            return new Parsed(List.of(), Map.of(), List.of());
        }
    }

    private final String file;
    private final String defaultSource;
    private final boolean editors;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> removals = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    // key → line, zh term → line, en words → line: a term belongs to one entry of a file
    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, Integer> zhTerms = new HashMap<>();
    private final Map<String, Integer> enTerms = new HashMap<>();

    private GlossaryFile(String file, String defaultSource, boolean editors) {
        this.file = file;
        this.defaultSource = defaultSource;
        this.editors = editors;
    }

    /**
     * Parses the text of the file named {@code file}; entries without a source get {@code defaultSource}. Only an
     * editor's file may remove entries.
     */
    static Parsed parse(String file, String text, String defaultSource, boolean editors) {
        GlossaryFile g = new GlossaryFile(file, defaultSource, editors);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // byte order mark
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            g.line(i + 1, line);
        }
        return new Parsed(List.copyOf(g.entries), Map.copyOf(g.removals), List.copyOf(g.problems));
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    private void line(int n, String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        if (line.indexOf('\uFFFD') >= 0) {
            problem(n, "not valid UTF-8 (save the file as UTF-8); line skipped");
            return;
        }
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        int used = cells.length;
        while (used > COLUMNS.size() && cells[used - 1].isEmpty()) {
            used--; // empty columns a spreadsheet adds at the end
        }
        cells = Arrays.copyOf(cells, used);
        if (cells[0].equals(COLUMNS.get(0))) {
            List<String> header = List.of(cells);
            if (!header.equals(COLUMNS.subList(0, Math.min(cells.length, COLUMNS.size())))) {
                problem(n, "the header must be " + String.join(" TAB ", COLUMNS) + " (got " + String.join(" TAB ", header)
                        + ")");
            }
            return;
        }
        if (cells.length < 4) {
            String hint = line.contains("  ") || line.contains("|") ? " (are the tabs typed as spaces?)" : "";
            problem(n, "expected at least 4 tab-separated columns (type, zh, zh_hant, en), found " + cells.length + hint
                    + "; line skipped");
            return;
        }
        if (cells.length > COLUMNS.size()) {
            problem(n, "expected at most " + COLUMNS.size() + " tab-separated columns (" + String.join(", ", COLUMNS)
                    + "), found " + cells.length + "; line skipped");
            return;
        }
        Optional<Entry.Type> type = Entry.Type.parse(cells[0].toLowerCase(Locale.ROOT));
        if (type.isEmpty()) {
            problem(n, "type must be one of: " + Entry.Type.labels() + " (got \"" + cells[0] + "\"); line skipped");
            return;
        }
        List<String> zh = zh(n, list(n, "zh", cells[1]));
        if (zh.isEmpty()) {
            problem(n, "no usable zh term; line skipped");
            return;
        }
        String key = TermText.fold(zh.get(0));
        Integer earlier = keys.get(key);
        if (earlier != null) {
            problem(n, "the key " + zh.get(0) + " (the first zh term) is already the key of line " + earlier
                    + "; line skipped");
            return;
        }
        if (cells[3].equals(REMOVE)) {
            if (!editors) {
                problem(n, "an en of " + REMOVE + " removes a shipped entry, which only an editor's file can do; line"
                        + " skipped");
                return;
            }
            keys.put(key, n);
            removals.put(key, n);
            return;
        }
        List<String> en = en(n, list(n, "en", cells[3]));
        if (en.isEmpty()) {
            problem(n, "no usable en term; line skipped");
            return;
        }
        List<String> hant = hant(n, list(n, "zh_hant", cells[2]), zh);
        String country = cell(cells, 4);
        if (!country.isEmpty()) {
            String code = country.toUpperCase(Locale.ROOT);
            if (Countries.isValid(code)) {
                country = code;
            } else {
                problem(n, "country must be an ISO 3166-1 alpha-2 code such as VN, or EU or WO (got \"" + country
                        + "\"); country left empty");
                country = "";
            }
        }
        String source = cell(cells, 5);
        keys.put(key, n);
        claim(n, zh, zhTerms, TermText::fold, "zh");
        claim(n, en, enTerms, TermText::wordKey, "en");
        entries.add(new Entry(type.get(), zh, hant, en, country, source.isEmpty() ? defaultSource : source,
                cell(cells, 6), file, n));
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i] : "";
    }

    private List<String> list(int n, String column, String cell) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        for (String piece : cell.split("\\|", -1)) {
            String t = SPACES.matcher(piece.strip()).replaceAll(" ");
            if (t.isEmpty()) {
                problem(n, "empty term in column " + column + " (two | in a row, or one at an end); ignored");
            } else if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private List<String> zh(int n, List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (!TermText.hasHan(t)) {
                problem(n, "zh term \"" + t + "\" has no Chinese character; ignored");
            } else if (t.codePointCount(0, t.length()) < 2) {
                problem(n, "zh term \"" + t + "\" is a single character, too ambiguous to look for inside a query;"
                        + " ignored");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private List<String> en(int n, List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (TermText.wordKey(t).isEmpty()) {
                problem(n, "en term \"" + t + "\" has no word in it; ignored");
            } else if (TermText.hasHan(t)) {
                problem(n, "en term \"" + t + "\" has Chinese characters in it (is it in the wrong column?); ignored");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    // A Traditional form must be a zh term written in Traditional characters: it folds to one of them and differs.
    private List<String> hant(int n, List<String> terms, List<String> zh) {
        List<String> out = new ArrayList<>();
        List<String> keys = zh.stream().map(TermText::fold).toList();
        for (String t : terms) {
            if (zh.contains(t)) {
                problem(n, "zh_hant form \"" + t + "\" is the same as its zh term (leave it out); ignored");
            } else if (!keys.contains(TermText.fold(t))) {
                problem(n, "zh_hant form \"" + t + "\" is not one of the zh terms in Traditional characters (it reads "
                        + TermText.fold(t) + " in Simplified); ignored");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    // Records which line has each term; a term already used by another line of this file is reported.
    private void claim(int n, List<String> terms, Map<String, Integer> seen,
            UnaryOperator<String> keyOf, String column) {
        for (String t : terms) {
            Integer other = seen.putIfAbsent(keyOf.apply(t), n);
            if (other != null && other != n) {
                problem(n, column + " term \"" + t + "\" is also a term of line " + other
                        + "; a term belongs to one entry, so a query finds line " + other + "'s");
            }
        }
    }
}
