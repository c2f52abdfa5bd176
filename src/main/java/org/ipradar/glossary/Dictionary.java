package org.ipradar.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A general Chinese-English dictionary in the CEDICT format ({@code Traditional Simplified [pin1 yin1] /gloss/gloss/}),
 * read at run time from a file the user installs (it is not shipped: CC-CEDICT is CC BY-SA): the fallback that
 * translates the query words the IP glossary lacks. Glosses are cleaned to short English terms (no parentheticals,
 * classifiers, surnames, cross-references or glosses of more than {@value #MAX_GLOSS_WORDS} words). Read once, on
 * first use when {@link #open(Path, Path) opened} (so commands that never search do not pay for it); then immutable.
 */
public final class Dictionary {
    /** The file name looked for in the data directory first. */
    public static final String DEFAULT_FILE = "cedict_ts.u8";
    /** Other file names taken from the data directory, as a glob, when {@value #DEFAULT_FILE} is not there. */
    public static final String FILE_GLOB = "cedict*.u8";
    /** Glosses longer than this many words are left out: they explain rather than translate. */
    public static final int MAX_GLOSS_WORDS = 3;
    /** The longest headword looked up, in characters. */
    static final int MAX_WORD = 12;

    private static final Logger log = LoggerFactory.getLogger(Dictionary.class);
    private static final int LOGGED_PROBLEMS = 5;
    private static final Pattern LINE = Pattern.compile("(\\S+) (\\S+) \\[([^\\]]*)\\] /(.*)/");
    // Glosses that are not translations: classifiers, surnames, cross-references, variants, names of places.
    private static final List<String> NOT_A_TRANSLATION = List.of("cl:", "surname", "variant of", "old variant",
            "archaic variant", "erhua variant", "japanese variant", "unofficial variant", "see ", "see:", "also written",
            "also pr", "also called", "abbr.", "taiwan pr", "used in", "name of", "place name", "lit.",
            "kangxi radical", "pr.", "old name", "same as", "classifier", "measure word");
    // Leading words dropped from a gloss: "to describe" is "describe", "a power" is "power".
    private static final Pattern LEADING = Pattern.compile("^(?:(?:to|a|an|the|fig\\.|figuratively|esp\\.)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|\\{[^{}]*\\}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("[;,]");
    private static final Pattern TRAILING = Pattern.compile("[.!?:]+$");

    private static final Dictionary NONE = new Dictionary(null, new Entries(Map.of(), 0));

    // A headword: its Simplified form and its cleaned glosses, common senses before proper names.
    private record Headword(String simplified, List<String> glosses) {}

    /**
     * A run of words the dictionary translates.
     *
     * @param from the first word, an index into the words given to {@link #translate(List)}
     * @param to after the last word
     * @param text the words as given, joined
     * @param glosses the cleaned English glosses, the dictionary's first sense first
     * @param whole whether one headword is the whole text; otherwise the glosses translate the headwords found
     *     inside a word (试剂 inside 试剂盒)
     */
    public record Translation(int from, int to, String text, List<String> glosses, boolean whole) {
        public Translation {
            glosses = List.copyOf(glosses);
        }
    }

    // The headwords by folded form, and how many lines were not entries.
    private record Entries(Map<String, Headword> words, int skipped) {}

    // English function words never translated into Chinese: they would only add noise.
    private static final Set<String> FUNCTION_WORDS = Set.of("which", "what", "who", "whom", "whose", "how", "why",
            "when", "where", "has", "have", "had", "do", "does", "did", "can", "could", "should", "would", "may",
            "might", "must", "shall", "over", "under", "before", "after", "between", "about", "from", "against",
            "within", "without", "during", "through", "per", "via", "all", "any", "each", "other", "some", "more",
            "most", "than", "also", "only", "its", "our", "your", "his", "her", "their", "my", "we", "you", "i", "he",
            "she", "get", "make", "take", "give", "use", "new", "first", "second");
    private static final org.apache.lucene.analysis.Analyzer ENGLISH = org.ipradar.index.Analyzers.english();

    // A Chinese headword one of whose senses an English text stems to: which sense, of how many.
    private record Sense(String headword, int rank, int senses) {}

    private final Path file;
    private volatile Entries entries; // null until first used
    private volatile Map<String, List<String>> reverse; // stemmed gloss → headwords, best first; built on first use

    private Dictionary(Path file, Entries entries) {
        this.file = file;
        this.entries = entries;
    }

    private Entries entries() {
        Entries e = entries;
        if (e == null) {
            synchronized (this) {
                if (entries == null) {
                    entries = read(file);
                }
                e = entries;
            }
        }
        return e;
    }

    private Map<String, Headword> words() {
        return entries().words();
    }

    /** No dictionary: nothing translates; search uses the IP glossary alone. */
    public static Dictionary none() {
        return NONE;
    }

    /**
     * The dictionary file to use: the configured one if given, else {@value #DEFAULT_FILE} in the data directory,
     * else the last by name of the {@value #FILE_GLOB} files there; empty when there is none.
     */
    public static Optional<Path> find(Path configured, Path dataDir) {
        if (configured != null) {
            return Optional.of(configured);
        }
        if (dataDir == null || !Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        Path preferred = dataDir.resolve(DEFAULT_FILE);
        if (Files.isRegularFile(preferred)) {
            return Optional.of(preferred);
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(dataDir, FILE_GLOB)) {
            for (Path p : dir) {
                if (Files.isRegularFile(p)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDir + " for a dictionary file: " + e.getMessage(), e);
        }
        return found.stream().max(Comparator.comparing(p -> p.getFileName().toString()));
    }

    /**
     * The dictionary {@link #find(Path, Path)} names, read on first use, or {@link #none()} when there is no file. A
     * file that cannot be read then is logged as an error and translates nothing: search goes on with the glossary.
     */
    public static Dictionary open(Path configured, Path dataDir) {
        Optional<Path> file = find(configured, dataDir);
        if (file.isEmpty()) {
            // debug only: every command opens the data directory; print-config says which dictionary is used
            log.debug("no general dictionary ({} in the data directory or IPRADAR_DICTIONARY); cross-language search"
                    + " translates through the IP glossary only", DEFAULT_FILE);
            return none();
        }
        return new Dictionary(file.get(), null);
    }

    /**
     * Reads a CEDICT-format file (UTF-8, LF or CRLF) now; lines that are not entries are skipped and counted.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static Dictionary load(Path file) {
        return new Dictionary(file, parse(file, readText(file)));
    }

    private static String readText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionary " + file + ": " + e.getMessage(), e);
        }
    }

    private static Entries read(Path file) {
        try {
            return parse(file, readText(file));
        } catch (UncheckedIOException e) {
            log.error("{}; cross-language search translates through the IP glossary only", e.getMessage());
            return new Entries(Map.of(), 0);
        }
    }

    /** Parses CEDICT-format text; {@code file} names it in messages (may be null). */
    static Dictionary parse(String text) {
        return new Dictionary(null, parse(null, text));
    }

    private static Entries parse(Path file, String text) {
        long start = System.nanoTime();
        // folded headword → (proper-name entries after common ones) glosses in file order
        Map<String, List<String[]>> senses = new LinkedHashMap<>();
        Map<String, String> simplified = new HashMap<>();
        int skipped = 0;
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                if (skipped < LOGGED_PROBLEMS) {
                    log.warn("dictionary line skipped, not \"Trad Simp [pinyin] /gloss/\": {}:{}", file, lineNo);
                }
                skipped++;
                continue;
            }
            String trad = m.group(1);
            String simp = m.group(2);
            boolean proper = !m.group(3).isEmpty() && Character.isUpperCase(m.group(3).charAt(0));
            String glosses = m.group(4);
            for (String form : new java.util.LinkedHashSet<>(List.of(TermText.fold(simp), TermText.fold(trad)))) {
                if (form.length() > MAX_WORD) {
                    continue;
                }
                senses.computeIfAbsent(form, k -> new ArrayList<>()).add(new String[] {proper ? "1" : "0", glosses});
                simplified.putIfAbsent(form, simp);
            }
        }
        Map<String, Headword> words = new HashMap<>(senses.size() * 2);
        senses.forEach((key, entries) -> {
            List<String> cleaned = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String pass : List.of("0", "1")) { // common words' senses first, then proper names'
                for (String[] e : entries) {
                    if (!e[0].equals(pass)) {
                        continue;
                    }
                    for (String g : e[1].split("/")) {
                        for (String c : clean(g)) {
                            if (seen.add(c.toLowerCase(Locale.ROOT))) {
                                cleaned.add(c);
                            }
                        }
                    }
                }
            }
            if (!cleaned.isEmpty()) {
                words.put(key, new Headword(simplified.get(key), List.copyOf(cleaned)));
            }
        });
        log.info("dictionary read file={} headwords={} skippedLines={} ms={}", file, words.size(), skipped,
                (System.nanoTime() - start) / 1_000_000);
        return new Entries(Map.copyOf(words), skipped);
    }

    /**
     * The short English terms in one CEDICT gloss: nothing for a classifier ({@code CL:个[ge4]}), a surname, a
     * variant or a cross-reference ({@code see ...}), a place name or a literal rendering; otherwise the gloss
     * without parentheticals such as {@code (v)} or {@code (name)}, split at {@code ;} and {@code ,}, without a
     * leading "to", "a" or "the", each of at most {@value #MAX_GLOSS_WORDS} words.
     */
    static List<String> clean(String gloss) {
        String g = gloss.strip();
        if (g.isEmpty() || notATranslation(g)) {
            return List.of();
        }
        if (g.indexOf('(') >= 0 || g.indexOf('[') >= 0 || g.indexOf('{') >= 0) {
            String prev;
            do { // nested brackets: innermost first
                prev = g;
                g = PARENTHETICAL.matcher(g).replaceAll(" ");
            } while (!g.equals(prev));
        }
        List<String> out = new ArrayList<>(2);
        for (String part : SEPARATORS.split(g)) {
            String p = SPACES.matcher(part).replaceAll(" ").strip();
            if (notATranslation(p)) {
                continue;
            }
            p = LEADING.matcher(p).replaceFirst("");
            p = TRAILING.matcher(p).replaceFirst("").strip();
            if (p.isEmpty() || p.contains("...") || p.contains("…") || p.contains("(") || p.contains(")")
                    || TermText.hasHan(p) || p.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            if (p.split(" ").length <= MAX_GLOSS_WORDS) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean notATranslation(String g) {
        String lower = g.toLowerCase(Locale.ROOT);
        for (String prefix : NOT_A_TRANSLATION) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    // American spellings (CEDICT's) and the British ones of documents from Singapore, Malaysia, Hong Kong and the UK.
    private static final Map<String, String> BRITISH = Map.ofEntries(
            Map.entry("program", "programme"), Map.entry("center", "centre"), Map.entry("theater", "theatre"),
            Map.entry("liter", "litre"), Map.entry("fiber", "fibre"), Map.entry("defense", "defence"),
            Map.entry("offense", "offence"), Map.entry("license", "licence"), Map.entry("catalog", "catalogue"),
            Map.entry("dialog", "dialogue"), Map.entry("analog", "analogue"), Map.entry("jewelry", "jewellery"),
            Map.entry("aluminum", "aluminium"), Map.entry("gray", "grey"), Map.entry("tire", "tyre"),
            Map.entry("mold", "mould"), Map.entry("color", "colour"), Map.entry("honor", "honour"),
            Map.entry("labor", "labour"), Map.entry("favor", "favour"), Map.entry("flavor", "flavour"),
            Map.entry("behavior", "behaviour"), Map.entry("neighbor", "neighbour"), Map.entry("harbor", "harbour"),
            Map.entry("humor", "humour"), Map.entry("rumor", "rumour"), Map.entry("vapor", "vapour"),
            Map.entry("armor", "armour"), Map.entry("odor", "odour"), Map.entry("endeavor", "endeavour"),
            Map.entry("vigor", "vigour"), Map.entry("counselor", "counsellor"), Map.entry("traveler", "traveller"),
            Map.entry("modeling", "modelling"), Map.entry("labeling", "labelling"), Map.entry("fulfill", "fulfil"),
            Map.entry("enroll", "enrol"), Map.entry("skillful", "skilful"), Map.entry("judgment", "judgement"));
    private static final Set<String> NOT_IZE = Set.of("size", "sizes", "sized", "prize", "prizes", "prized", "seize",
            "seizes", "seized", "seizing", "maize", "capsize", "capsized");
    private static final Pattern IZE = Pattern.compile("(?<=[a-z]{3})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$");
    private static final Pattern LATIN_RUNS = Pattern.compile("[A-Za-z]+|[^A-Za-z]+");
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=[A-Za-z])-(?=[A-Za-z])");

    /**
     * The other spellings of a gloss that documents in British English use (program → programme, organize →
     * organise, color → colour) and the gloss without its hyphens (on-line → online); empty when there are none.
     * Search looks for them too, as the same translation.
     */
    public static List<String> spellings(String gloss) {
        List<String> out = new ArrayList<>(2);
        StringBuilder british = new StringBuilder();
        Matcher words = LATIN_RUNS.matcher(gloss);
        while (words.find()) {
            String w = words.group();
            british.append(Character.isLetter(w.charAt(0)) ? britishWord(w) : w);
        }
        if (!british.toString().equals(gloss)) {
            out.add(british.toString());
        }
        String joined = INNER_HYPHEN.matcher(gloss).replaceAll("");
        if (!joined.equals(gloss)) {
            if (!out.contains(joined)) {
                out.add(joined);
            }
        }
        return out;
    }

    private static String britishWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String plural = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
        String mapped = BRITISH.get(lower);
        if (mapped == null && plural != null && BRITISH.containsKey(plural)) {
            mapped = BRITISH.get(plural) + "s";
        }
        if (mapped == null && !NOT_IZE.contains(lower)) {
            Matcher m = IZE.matcher(lower);
            if (m.find()) {
                mapped = lower.substring(0, m.start()) + ("iz".equals(m.group(1)) ? "is" : "ys") + m.group(2);
            }
        }
        if (mapped == null) {
            return word;
        }
        return Character.isUpperCase(word.charAt(0))
                ? Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1) : mapped;
    }

    /** Whether there is no dictionary (or it has no usable entry). */
    public boolean isEmpty() {
        return words().isEmpty();
    }

    /** Headwords with at least one usable gloss (Simplified and Traditional forms that fold alike count once). */
    public int size() {
        return words().size();
    }

    /** The file it was read from, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Lines of the file that were not entries. */
    public int skippedLines() {
        return entries().skipped();
    }

    /** The cleaned glosses of a headword, Simplified or Traditional, full-width or not; empty when it has none. */
    public List<String> glosses(String word) {
        Headword h = words().get(TermText.fold(word.strip()));
        return h == null ? List.of() : h.glosses();
    }

    /**
     * The Chinese headwords (of two or more characters) that have an English word or phrase among their first
     * three senses, compared as the index stems English ("disputes" finds 纠纷 by "dispute"): best first (the sense
     * given earlier, then the headword with fewer senses), at most {@code max}. Nothing for function words
     * ("which", "over").
     */
    public List<String> chinese(String english, int max) {
        String key = stem(english);
        if (key.isEmpty() || max <= 0 || FUNCTION_WORDS.contains(english.strip().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<String> found = reverse().getOrDefault(key, List.of());
        return found.size() <= max ? found : found.subList(0, max);
    }

    private Map<String, List<String>> reverse() {
        Map<String, List<String>> r = reverse;
        if (r == null) {
            synchronized (this) {
                if (reverse == null) {
                    reverse = buildReverse(words());
                }
                r = reverse;
            }
        }
        return r;
    }

    private static Map<String, List<String>> buildReverse(Map<String, Headword> words) {
        Map<String, List<Sense>> senses = new HashMap<>();
        Set<Headword> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Headword h : words.values()) {
            if (!seen.add(h) || h.simplified().codePoints().filter(c -> TermText.isHan((char) c)).count() < 2) {
                continue;
            }
            for (int i = 0; i < Math.min(3, h.glosses().size()); i++) {
                String key = stem(h.glosses().get(i));
                if (!key.isEmpty()) {
                    senses.computeIfAbsent(key, k -> new ArrayList<>()).add(new Sense(h.simplified(), i,
                            h.glosses().size()));
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>(senses.size() * 2);
        senses.forEach((key, list) -> {
            list.sort(Comparator.comparingInt(Sense::rank).thenComparingInt(Sense::senses)
                    .thenComparing(Sense::headword));
            List<String> headwords = new ArrayList<>();
            for (Sense sense : list) {
                if (!headwords.contains(sense.headword())) {
                    headwords.add(sense.headword());
                }
            }
            out.put(key, List.copyOf(headwords));
        });
        return Map.copyOf(out);
    }

    // English as the index stems it, words joined by a space; empty for stop words alone.
    private static String stem(String english) {
        StringBuilder out = new StringBuilder();
        try (org.apache.lucene.analysis.TokenStream ts = ENGLISH.tokenStream("", english)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse " + english + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Translates the words of a Chinese text as a segmenter cut it: at each word, the longest run of consecutive
     * words that is a headword (so 艾滋病 + 病毒 is 艾滋病病毒, "AIDS virus"); a word that no headword covers is
     * translated through the longest headwords of two or more characters inside it (试剂 in 试剂盒), when they cover
     * more than half of it (not 巴林, Bahrain, in the name 普瑞巴林). Words with no translation are left out; runs are in order and do not overlap.
     */
    public List<Translation> translate(List<String> segmented) {
        List<Translation> out = new ArrayList<>();
        Map<String, Headword> words = words();
        if (words.isEmpty()) {
            return out;
        }
        int i = 0;
        while (i < segmented.size()) {
            int best = -1;
            StringBuilder text = new StringBuilder();
            for (int j = i; j < segmented.size() && text.length() + segmented.get(j).length() <= MAX_WORD; j++) {
                text.append(segmented.get(j));
                if (words.containsKey(TermText.fold(text.toString()))) {
                    best = j + 1;
                }
            }
            if (best > 0) {
                String t = String.join("", segmented.subList(i, best));
                out.add(new Translation(i, best, t, glosses(t), true));
                i = best;
                continue;
            }
            Translation inside = inside(words, i, segmented.get(i));
            if (inside != null) {
                out.add(inside);
            }
            i++;
        }
        return out;
    }

    // The headwords of two or more characters inside one word, longest first from the left.
    private static Translation inside(Map<String, Headword> words, int index, String word) {
        String folded = TermText.fold(word);
        List<String> parts = new ArrayList<>();
        int covered = 0;
        int p = 0;
        while (p < folded.length()) {
            int len = 0;
            for (int l = Math.min(MAX_WORD, folded.length() - p); l >= 2; l--) {
                if (words.containsKey(folded.substring(p, p + l))) {
                    len = l;
                    break;
                }
            }
            if (len == 0) {
                p++;
                continue;
            }
            parts.add(folded.substring(p, p + len));
            covered += len;
            p += len;
        }
        if (parts.isEmpty() || covered * 2 <= folded.length()) {
            return null;
        }
        if (parts.size() == 1) {
            return new Translation(index, index + 1, word, words.get(parts.get(0)).glosses(), false);
        }
        // several headwords: one English term of their first senses, in order (电网 + 系统: "power grid system")
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(words.get(part).glosses().get(0));
        }
        return new Translation(index, index + 1, word, List.of(joined.toString()), false);
    }
}
