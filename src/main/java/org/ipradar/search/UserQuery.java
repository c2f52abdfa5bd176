package org.ipradar.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.index.Fields;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Industry;
import org.ipradar.vocab.IpType;
import org.ipradar.vocab.Kind;

/**
 * A query as a person types it, read forgivingly: words (all must match), {@code "phrases"} (straight, curly or
 * corner quotes; an unclosed one runs to the end), {@code -exclusions} (also {@code NOT}), {@code OR} between two
 * terms, and field filters such as {@code country:VN}, {@code -kind:news} or {@code ipType:trademark,patent}.
 * Anything else (brackets, stray operators, {@code *}, control characters) is read as punctuation, never as an error;
 * only the limits on length and terms, and filter values that do not exist, are refused.
 *
 * @param groups the positive terms: each group is one term or several joined by OR, and every group must match
 * @param excluded terms no hit may match
 */
public record UserQuery(List<List<Item>> groups, List<Item> excluded) {
    /** The most words, phrases and filters one query may have. */
    public static final int MAX_CLAUSES = 32;

    /** The field names a filter may use, lower case, to the index dimension each filters on. */
    static final Map<String, String> FILTERS = Map.ofEntries(
            Map.entry("country", Fields.COUNTRY),
            Map.entry("kind", Fields.KIND),
            Map.entry("iptype", Fields.IP_TYPE),
            Map.entry("ip_type", Fields.IP_TYPE),
            Map.entry("industry", Fields.INDUSTRY),
            Map.entry("lang", Fields.LANG),
            Map.entry("source", Fields.SOURCE),
            Map.entry("year", Fields.YEAR),
            Map.entry("quarter", Fields.QUARTER));

    private static final Set<String> LANGS = Set.of(Locale.getISOLanguages());
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[qQ]([1-4])");

    /** What a term is. */
    public enum Type {
        /** A whitespace-separated word, which in Chinese may hold several words. */
        WORD,
        /** Quoted text that must appear as written. */
        PHRASE,
        /** A field filter: {@link Item#dim()} is one of {@code values}. */
        FILTER
    }

    /**
     * One term of the query.
     *
     * @param type what it is
     * @param text the word or phrase as typed (folded to half-width), or the filter as typed
     * @param dim the index dimension a filter restricts, or null
     * @param values the normalised values a filter accepts, any of which matches, or empty
     */
    public record Item(Type type, String text, String dim, List<String> values) {
        public Item {
            values = List.copyOf(values);
        }

        static Item word(String text) {
            return new Item(Type.WORD, text, null, List.of());
        }

        static Item phrase(String text) {
            return new Item(Type.PHRASE, text, null, List.of());
        }
    }

    public UserQuery {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** Whether the query uses OR or an exclusion, which marks it as written for a search engine. */
    public boolean operators() {
        return !excluded.isEmpty() || groups.stream().anyMatch(g -> g.size() > 1);
    }

    /** Whether the query has no terms at all. */
    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    /**
     * Reads a query; never fails on its syntax, only on its size or on a filter value that does not exist.
     *
     * @throws InvalidRequestException {@code query_too_long} over {@link SearchRequest#MAX_QUERY_LENGTH} characters,
     *     {@code query_too_complex} over {@link #MAX_CLAUSES} terms, {@code invalid_country} (and so on:
     *     {@code invalid_ip_type} for ipType) for a bad filter value; each names the field {@code q}
     */
    public static UserQuery parse(String raw) {
        String text = raw == null ? "" : raw;
        if (text.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("query_too_long", "q",
                    "q may be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters (got " + text.length() + ")");
        }
        return new Reader(normalize(text)).read();
    }

    /**
     * The text with full-width ASCII folded to half-width, every kind of space and control character made a space,
     * invisible format characters (such as direction marks) removed, and curly and corner quotes made straight.
     */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0; // full-width ASCII
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                continue;
            }
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
            } else if ("“”„‟«»「」『』〝〞″".indexOf(cp) >= 0) {
                b.append('"');
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    // Reads terms left to right: a term is a quoted phrase or a run of characters up to a space or a quote.
    private static final class Reader {
        private final String s;
        private int i;
        private final List<List<Item>> groups = new ArrayList<>();
        private final List<Item> excluded = new ArrayList<>();
        private int clauses;

        Reader(String s) {
            this.s = s;
        }

        UserQuery read() {
            boolean negate = false;
            boolean or = false;
            boolean lastPositive = false; // whether the last term read was positive, so OR can join it
            while (true) {
                skipSpaces();
                if (i >= s.length()) {
                    break;
                }
                char c = s.charAt(i);
                if ((c == '-' || c == '+') && i + 1 < s.length() && !isSpace(s.charAt(i + 1))) {
                    negate |= c == '-';
                    i++;
                    continue;
                }
                Item item;
                if (c == '"') {
                    item = phrase();
                } else {
                    String word = word();
                    if (word.equals("OR") || word.equals("|") || word.equals("||")) {
                        or = lastPositive && !negate;
                        continue;
                    }
                    if (word.equals("AND") || word.equals("&&") || word.equals("&")) {
                        continue;
                    }
                    if (word.equals("NOT")) {
                        negate = true;
                        continue;
                    }
                    item = wordOrFilter(word);
                }
                if (item == null) {
                    continue; // an empty phrase, or nothing but operator characters
                }
                if (++clauses > MAX_CLAUSES) {
                    throw new InvalidRequestException("query_too_complex", "q", "q may have at most " + MAX_CLAUSES
                            + " words, phrases and filters; make it shorter");
                }
                if (negate) {
                    excluded.add(item);
                    lastPositive = false;
                } else if (or && !groups.isEmpty()) {
                    groups.getLast().add(item);
                    lastPositive = true;
                } else {
                    List<Item> g = new ArrayList<>();
                    g.add(item);
                    groups.add(g);
                    lastPositive = true;
                }
                negate = false;
                or = false;
            }
            return new UserQuery(groups, excluded);
        }

        private void skipSpaces() {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
        }

        // Brackets group nothing here: they are read as spaces, which keeps (a OR b) c meaning what it looks like.
        private static boolean isSpace(char c) {
            return c == ' ' || c == '(' || c == ')';
        }

        private Item phrase() {
            int close = s.indexOf('"', i + 1);
            String text = close < 0 ? s.substring(i + 1) : s.substring(i + 1, close);
            i = close < 0 ? s.length() : close + 1;
            text = text.strip().replaceAll(" +", " ");
            return text.isEmpty() ? null : Item.phrase(text);
        }

        private String word() {
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '"') {
                i++;
            }
            return s.substring(start, i);
        }

        private Item wordOrFilter(String word) {
            int colon = word.indexOf(':');
            if (colon > 0) {
                String name = word.substring(0, colon).toLowerCase(Locale.ROOT);
                String dim = FILTERS.get(name);
                if (dim != null) {
                    String value = word.substring(colon + 1);
                    if (value.isEmpty() && i < s.length() && s.charAt(i) == '"') {
                        Item quoted = phrase(); // source:"some id"
                        value = quoted == null ? "" : quoted.text();
                    }
                    if (!value.isEmpty()) {
                        String name0 = word.substring(0, colon);
                        return new Item(Type.FILTER, name0 + ":" + value, dim, values(name0, dim, value));
                    }
                }
            }
            return hasLetterOrDigit(word) ? Item.word(word) : null;
        }

        private static boolean hasLetterOrDigit(String w) {
            return w.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }

    // The filter's values, normalised and checked: comma-separated values are alternatives.
    private static List<String> values(String name, String dim, String raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String v = part.strip();
            if (v.isEmpty()) {
                continue;
            }
            try {
                switch (dim) {
                    case Fields.COUNTRY -> {
                        if (v.equalsIgnoreCase("ASEAN")) {
                            out.addAll(Countries.ASEAN);
                        } else {
                            out.add(Countries.parse(v));
                        }
                    }
                    case Fields.KIND -> out.add(Kind.parse(v.toLowerCase(Locale.ROOT)).wire());
                    case Fields.IP_TYPE -> out.add(IpType.parse(wire(v)).wire());
                    case Fields.INDUSTRY -> out.add(Industry.parse(wire(v)).wire());
                    case Fields.LANG -> {
                        String l = v.toLowerCase(Locale.ROOT);
                        if (!LANGS.contains(l)) {
                            throw new IllegalArgumentException(
                                    "must be an ISO 639-1 code such as zh or en (got \"" + v + "\")");
                        }
                        out.add(l);
                    }
                    case Fields.YEAR -> {
                        if (!YEAR.matcher(v).matches()) {
                            throw new IllegalArgumentException("must be a year such as 2026 (got \"" + v + "\")");
                        }
                        out.add(v);
                    }
                    case Fields.QUARTER -> out.add(quarter(v));
                    default -> out.add(v); // source ids are matched as written
                }
            } catch (IllegalArgumentException e) {
                String code = dim.equals(Fields.IP_TYPE) ? "ip_type" : dim;
                throw new InvalidRequestException("invalid_" + code, "q",
                        "the filter " + name + ":" + raw + " in q is not valid: " + dim + " " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    /** A quarter such as {@code 2026Q3} (also {@code 2026q3}, {@code 2026-Q3}), normalised, or throws. */
    public static String quarter(String v) {
        Matcher m = QUARTER.matcher(v.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a year and quarter such as 2026Q1 (got \"" + v + "\")");
        }
        return m.group(1) + "Q" + m.group(2);
    }

    // trade-secret, Trade_Secret and trade secret all mean trade_secret.
    private static String wire(String v) {
        return v.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
