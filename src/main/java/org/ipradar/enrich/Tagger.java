package org.ipradar.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ipradar.enrich.Lexicon.Facet;
import org.ipradar.enrich.Lexicon.Term;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Industry;
import org.ipradar.vocab.IpType;
import org.ipradar.vocab.Kind;

/**
 * Tags a document with countries, IP types, industries and kind from its title and text, merged with its source's
 * defaults. One pass of a phrase automaton finds every listed name and term; each mention scores its term's weight
 * times a position weight (title, lead = the first paragraph, the rest); a tag is kept when its title score clears a
 * floor, or its total clears a floor and a share of the best total of its facet, so that a name mentioned once in
 * passing in a long text is left out. Thread-safe; build it once.
 */
public final class Tagger {
    /** A source's defaults: its country codes (added to every document) and its kind (used when the text is unclear). */
    public record Defaults(List<String> countries, String kind) {
        /** Checks the codes and the kind; a null kind means news. */
        public Defaults {
            countries = countries == null ? List.of() : countries.stream().map(Countries::parse).toList();
            kind = kind == null ? Kind.NEWS.wire() : Kind.parse(kind).wire();
        }

        /** No default country, and news. */
        public static Defaults none() {
            return new Defaults(List.of(), null);
        }
    }

    /**
     * How one facet weighs and keeps tags: a mention counts its term's weight times {@code titleWeight} in the title,
     * {@code leadWeight} in the lead and {@code bodyWeight} further on; a tag is kept when its title part reaches
     * {@code titleFloor}, or when its total reaches {@code floor} and {@code share} of the facet's best total.
     */
    record Thresholds(double titleWeight, double leadWeight, double bodyWeight, double titleFloor, double floor,
            double share) {}

    // A country named once in the opening of a story is often a party's nationality, not its subject: the lead
    // counts less than for IP types, so a country needs the title, or two mentions.
    static final Thresholds COUNTRY = new Thresholds(3, 1.5, 1, 1.5, 2.0, 0.2);
    static final Thresholds IP_TYPE = new Thresholds(3, 2, 1, 2.0, 2.0, 0.25);
    static final Thresholds INDUSTRY = new Thresholds(3, 2, 1, 2.0, 3.0, 0.3);
    // The kind is read from the title and the lead only (a judgment cited deep in a news story is still news): it
    // takes one strong term in the title, or several in the opening.
    static final Thresholds KIND = new Thresholds(3, 1.5, 0, 3.0, 3.0, 0);

    // A case name, "Apple Inc v Samsung" or "Lee v. Tan", a neutral citation such as "[2018] SGHC 99", or 甲诉乙…案.
    private static final Pattern CASE_TITLE =
            Pattern.compile("\\S\\s+v\\.?\\s+\\S|\\[\\d{4}]\\s+[A-Z]{2,}\\s*\\d+|诉.{2,}(?:案|纠纷)");
    // The name of a statute or regulation at the end of a title: 中华人民共和国专利法, 商标法实施条例,
    // 最高人民法院关于…的规定, Trade Marks Act 1998, Patents (Amendment) Rules 2019.
    private static final Pattern LAW_TITLE = Pattern.compile(
            "(?:[^方做看想说手用打算办违合非执司]法|条例|规定|细则|解释|批复|决定|办法|规则|的意见|的通知)(?:[（(][^）)]*[）)])?\\s*$"
                    + "|\\b(?:Act|Law|Regulations?|Rules|Decree|Ordinance|Code)(?:\\s+\\d{4})?(?:\\s*\\([^)]*\\))?\\s*$");
    // Where a lead ends at the latest, in characters: Chinese says in 200 what English says in 500.
    private static final int LEAD_CJK = 200;
    private static final int LEAD_OTHER = 500;
    // A first line shorter than this (a dateline, a byline) does not end the lead.
    private static final int LEAD_MIN = 80;

    private static final Tagger STANDARD = new Tagger();

    private final PhraseMatcher<Term> matcher;

    private Tagger() {
        List<PhraseMatcher.Phrase<Term>> phrases = new ArrayList<>(CountryNames.phrases());
        phrases.addAll(Lexicon.load("ip-types.tsv", Facet.IP_TYPE, Lexicon.wires(IpType.values(), IpType::wire)));
        phrases.addAll(Lexicon.load("industries.tsv", Facet.INDUSTRY,
                Lexicon.wires(Industry.values(), Industry::wire)));
        phrases.addAll(Lexicon.load("kinds.tsv", Facet.KIND,
                Lexicon.wires(new Kind[] {Kind.CASE, Kind.LAW, Kind.GUIDE}, Kind::wire)));
        matcher = PhraseMatcher.of(phrases);
    }

    /** The tagger over the built-in name and term lists. */
    public static Tagger standard() {
        return STANDARD;
    }

    /**
     * Tags one document.
     *
     * @param title the title, or empty
     * @param text the plain text, or empty
     * @param lang the document's language ({@code zh}, {@code en}, ...), or null when unknown; it sets how long the
     *     lead is
     * @param defaults the source's defaults
     */
    public Tags tag(String title, String text, String lang, Defaults defaults) {
        Scores s = score(title, text, lang);
        TreeSet<String> countries = new TreeSet<>(keep(s.facet(Facet.COUNTRY), COUNTRY));
        countries.addAll(defaults.countries());
        String kind = kind(s.facet(Facet.KIND), title == null ? "" : title, defaults.kind());
        return new Tags(List.copyOf(countries), keep(s.facet(Facet.IP_TYPE), IP_TYPE),
                keep(s.facet(Facet.INDUSTRY), INDUSTRY), kind);
    }

    /** Per facet, per tag: the summed term weights of its mentions in the title, the lead and the rest. */
    record Scores(Map<Facet, Map<String, double[]>> byFacet) {
        Map<String, double[]> facet(Facet f) {
            return byFacet.getOrDefault(f, Map.of());
        }

        /** The sums of a facet for reading, as in {@code {SG=1.0/2.0/37.5}} (title/lead/rest). */
        String describe(Facet f) {
            Map<String, String> out = new TreeMap<>();
            facet(f).forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.1f/%.1f/%.1f", v[0], v[1], v[2])));
            return out.toString();
        }
    }

    /** A tag's score under a facet's weights. */
    static double total(double[] sums, Thresholds th) {
        return sums[0] * th.titleWeight() + sums[1] * th.leadWeight() + sums[2] * th.bodyWeight();
    }

    /** Sums the weights of every term the title and text mention; the tagging decisions are taken from these. */
    Scores score(String title, String text, String lang) {
        Map<Facet, Map<String, double[]>> scores = new HashMap<>();
        if (title != null && !title.isEmpty()) {
            NormalizedText t = NormalizedText.of(title);
            add(scores, t, matcher.findAll(t), t.length, 0, 0);
        }
        if (text != null && !text.isEmpty()) {
            NormalizedText b = NormalizedText.of(text);
            int leadEnd = foldedOffset(b, leadEnd(b.original, lang));
            add(scores, b, matcher.findAll(b), leadEnd, 1, 2);
        }
        return new Scores(scores);
    }

    private static void add(Map<Facet, Map<String, double[]>> scores, NormalizedText text,
            List<PhraseMatcher.Match<Term>> all, int leadEnd, int leadSlot, int restSlot) {
        Map<Facet, List<PhraseMatcher.Match<Term>>> byFacet = new HashMap<>();
        for (PhraseMatcher.Match<Term> m : all) {
            Term term = m.phrase().payload();
            if (term.notAfter().isEmpty() || !term.hiddenAt(text, m.start())) {
                byFacet.computeIfAbsent(term.facet(), k -> new ArrayList<>()).add(m);
            }
        }
        byFacet.forEach((facet, matches) -> {
            Map<String, double[]> tags = scores.computeIfAbsent(facet, k -> new HashMap<>());
            for (PhraseMatcher.Match<Term> m : PhraseMatcher.leftmostLongest(matches)) {
                Term term = m.phrase().payload();
                int slot = m.start() < leadEnd ? leadSlot : restSlot;
                for (String tag : term.tags()) {
                    tags.computeIfAbsent(tag, k -> new double[3])[slot] += term.weight();
                }
            }
        });
    }

    /** Where the lead ends in the original text: the first line break after {@code LEAD_MIN}, within the cap. */
    static int leadEnd(String text, String lang) {
        int cap = lang != null && (lang.startsWith("zh") || lang.startsWith("ja") || lang.startsWith("ko"))
                ? LEAD_CJK
                : LEAD_OTHER;
        int nl = text.indexOf('\n', Math.min(LEAD_MIN, text.length()));
        int end = nl < 0 ? text.length() : nl;
        return Math.min(end, cap);
    }

    private static int foldedOffset(NormalizedText t, int originalOffset) {
        int i = Arrays.binarySearch(t.origin, 0, t.length, originalOffset);
        return i >= 0 ? i : -i - 1;
    }

    /** The tags whose score clears the thresholds, sorted. */
    static List<String> keep(Map<String, double[]> scores, Thresholds th) {
        double best = 0;
        for (double[] v : scores.values()) {
            best = Math.max(best, total(v, th));
        }
        TreeSet<String> out = new TreeSet<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double[] v = e.getValue();
            double total = total(v, th);
            if (v[0] * th.titleWeight() >= th.titleFloor() || total >= th.floor() && total >= th.share() * best) {
                out.add(e.getKey());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The kind: law when the title is the name of a statute or regulation, case when it is a case name, else what
     * the words of the title and opening clearly say, else the source's default.
     */
    static String kind(Map<String, double[]> scores, String title, String sourceDefault) {
        if (LAW_TITLE.matcher(title.strip()).find()) {
            return Kind.LAW.wire(); // 最高人民法院关于审理…纠纷案件…的规定 names cases but is a law
        }
        if (CASE_TITLE.matcher(title).find()) {
            return Kind.CASE.wire();
        }
        Map<String, Double> s = new HashMap<>();
        scores.forEach((k, v) -> s.put(k, total(v, KIND)));
        String best = null;
        double bestScore = 0;
        for (String k : List.of(Kind.LAW.wire(), Kind.CASE.wire(), Kind.GUIDE.wire())) { // a tie goes to the first
            double v = s.getOrDefault(k, 0.0);
            if (v > bestScore) {
                best = k;
                bestScore = v;
            }
        }
        return bestScore >= KIND.floor() ? best : sourceDefault;
    }
}
