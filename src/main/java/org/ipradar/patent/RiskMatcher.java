package org.ipradar.patent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.ipradar.index.Analyzers;
import org.ipradar.index.IndexException;

/**
 * Ranks the patents of the index against a product and explains each row; pure ranking over the index, with nothing
 * about enterprises or saved lists.
 *
 * <p>How a patent is scored: the product's description and features become one bag of words (analysed as the index
 * is: English always, Chinese too when the text holds Han characters). The text score is a weighted sum of BM25
 * scores: the best independent claim (each independent claim is its own Lucene document), all claims together, the
 * abstract and the title ({@link Weights#DEFAULT}). It is then multiplied by {@code 1 +} a class boost for the closest
 * IPC/CPC agreement with the product's classes (symbol 0.30, main group 0.20, subclass 0.10, class 0.05) and by
 * {@code 1.25} when an applicant or assignee is a named competitor. Candidates are the best
 * {@value #MIN_CANDIDATES} (or twice the limit) by a first pass over claims, abstract and title; the filters
 * (jurisdictions, legal status on the query's day, the firm's own patents and their families) apply in that pass.
 *
 * <p>How a row is rated (the rule is stated on the row): a feature touches a claim when two thirds of its words are
 * in the claim; the claim shown is the independent claim that touches the most features. With n features and k
 * touched: {@code high} when 4k &ge; 3n and the right is in force (or granted, with no status data, within its
 * term); {@code medium} when 4k &ge; 3n but only an application, or when 2k &ge; n; {@code low} otherwise. Without
 * features, the share of the claim's words found in the description stands in: 0.6 for "strong", 0.35 for
 * "moderate". Expired and lapsed rights, shown only when asked for, are always {@code low}.
 */
public final class RiskMatcher {
    /** The least number of candidates the first pass collects. */
    static final int MIN_CANDIDATES = 300;
    /** The multiplier added for a competitor among the applicants and assignees. */
    static final double COMPETITOR_BOOST = 0.25;
    // Kind codes of granted rights, for records whose data has neither a status nor a grant date.
    private static final Pattern GRANT_KIND = Pattern.compile("B\\d?|C\\d?|E\\d?|S\\d?|U\\d?|Y\\d?|P[23]");

    /** The boost for the closest agreement of classes, by level. */
    static double classBoost(Classifications.Level level) {
        return switch (level) {
            case SYMBOL -> 0.30;
            case GROUP -> 0.20;
            case SUBCLASS -> 0.10;
            case CLASS -> 0.05;
            case SECTION, NONE -> 0;
        };
    }

    /**
     * The weights of the parts of a patent's text score.
     *
     * @param bestClaim the best-matching independent claim
     * @param claims all claims as one text
     * @param abstractText the abstract
     * @param title the title
     */
    public record Weights(double bestClaim, double claims, double abstractText, double title) {
        /** Claims first, then abstract and title: what risk lists use. */
        public static final Weights DEFAULT = new Weights(1.0, 0.5, 0.6, 0.2);
        /** Claims only, abstract and title ignored: the harder known-item test. */
        public static final Weights CLAIMS_ONLY = new Weights(1.0, 0.5, 0, 0);
    }

    /**
     * The ranked rows and what was left out.
     *
     * @param rows the rows, best first, at most the query's limit
     * @param excluded ids of the firm's own patents and their family members found in the index, sorted
     * @param candidates how many patents passed the filters and matched any word
     */
    public record RiskResult(List<RiskMatch> rows, List<String> excluded, int candidates) {
        /** Copies the lists. */
        public RiskResult {
            rows = List.copyOf(rows);
            excluded = List.copyOf(excluded);
        }
    }

    private final PatentIndex index;
    private final Weights weights;
    private final Analyzer english = Analyzers.english();
    private final Analyzer chinese = Analyzers.chinese();

    /** A matcher over the index with the default weights. */
    public RiskMatcher(PatentIndex index) {
        this(index, Weights.DEFAULT);
    }

    /** A matcher over the index with the given weights. */
    public RiskMatcher(PatentIndex index, Weights weights) {
        this.index = index;
        this.weights = weights;
    }

    /** The risk-patent rows for the query, best first. */
    public RiskResult match(RiskQuery q) {
        IndexSearcher s = index.acquire();
        try {
            Ranking ranking = rank(s, q);
            Explainer explainer = new Explainer(q);
            List<RiskMatch> rows = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (Scored sc : ranking.scored()) {
                PatentRecord r = PatentJson.read(stored.document(sc.doc(), Set.of(PatentFields.RECORD))
                        .get(PatentFields.RECORD));
                rows.add(explainer.row(rows.size() + 1, r, sc));
            }
            return new RiskResult(rows, ranking.excluded(), ranking.candidates());
        } catch (IOException e) {
            throw new IndexException("cannot read the patent index: " + e.getMessage(), e);
        } finally {
            index.release(s);
        }
    }

    /** The ids of the best patents for the query, at most its limit, without building explanations. */
    public List<String> rankIds(RiskQuery q) {
        IndexSearcher s = index.acquire();
        try {
            return rank(s, q).scored().stream().map(Scored::pid).toList();
        } catch (IOException e) {
            throw new IndexException("cannot read the patent index: " + e.getMessage(), e);
        } finally {
            index.release(s);
        }
    }

    // --- ranking ---

    private record Scored(int doc, String pid, int bestClaim, double score) {}

    private record Ranking(List<Scored> scored, List<String> excluded, int candidates) {}

    /** The query's words per field language: term to its count in the product text. */
    private record QueryTerms(Map<String, Integer> en, Map<String, Integer> zh) {}

    private QueryTerms queryTerms(RiskQuery q) {
        String text = productText(q);
        boolean han = PartyNames.hasHan(text);
        int cap = 1000 / (4 * (han ? 2 : 1)); // four fields are searched; BooleanQuery allows 1024 clauses in all
        return new QueryTerms(counts(ClaimText.terms(english, text), cap),
                han ? counts(ClaimText.terms(chinese, text), cap) : Map.of());
    }

    private static String productText(RiskQuery q) {
        StringBuilder b = new StringBuilder(q.description());
        for (String f : q.features()) {
            b.append('\n').append(f);
        }
        return b.toString();
    }

    // The most frequent terms first (ties in order of appearance), at most cap of them.
    private static Map<String, Integer> counts(List<String> terms, int cap) {
        Map<String, Integer> all = new LinkedHashMap<>();
        terms.forEach(t -> all.merge(t, 1, Integer::sum));
        if (all.size() <= cap) {
            return all;
        }
        List<String> order = new ArrayList<>(all.keySet());
        order.sort(Comparator.comparing((String t) -> -all.get(t)));
        Map<String, Integer> kept = new LinkedHashMap<>();
        order.subList(0, cap).forEach(t -> kept.put(t, all.get(t)));
        return kept;
    }

    private static Query bag(String field, Map<String, Integer> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach((t, n) -> b.add(new BoostQuery(new TermQuery(new Term(field, t)), n), Occur.SHOULD));
        return b.build();
    }

    private static Query bag(String en, String zh, QueryTerms terms, double weight) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(bag(en, terms.en()), Occur.SHOULD);
        if (!terms.zh().isEmpty()) {
            b.add(bag(zh, terms.zh()), Occur.SHOULD);
        }
        return new BoostQuery(b.build(), (float) weight);
    }

    private Ranking rank(IndexSearcher s, RiskQuery q) throws IOException {
        QueryTerms terms = queryTerms(q);
        if (terms.en().isEmpty() && terms.zh().isEmpty()) {
            return new Ranking(List.of(), List.of(), 0);
        }
        Set<String> excluded = new HashSet<>();
        Optional<Query> exclusion = ownExclusion(s, q, excluded);

        // First pass: candidates by claims, abstract and title, with every filter.
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        text.add(bag(PatentFields.CLAIMS_EN, PatentFields.CLAIMS_ZH, terms,
                Math.max(weights.bestClaim() + weights.claims(), 0.01)), Occur.SHOULD);
        if (weights.abstractText() > 0) {
            text.add(bag(PatentFields.ABSTRACT_EN, PatentFields.ABSTRACT_ZH, terms, weights.abstractText()),
                    Occur.SHOULD);
        }
        if (weights.title() > 0) {
            text.add(bag(PatentFields.TITLE_EN, PatentFields.TITLE_ZH, terms, weights.title()), Occur.SHOULD);
        }
        BooleanQuery.Builder first = new BooleanQuery.Builder();
        first.add(text.build(), Occur.MUST);
        first.add(new TermQuery(new Term(PatentFields.DOC, PatentFields.PATENT)), Occur.FILTER);
        Set<String> jurisdictions = Markets.jurisdictions(q.markets());
        if (!jurisdictions.isEmpty()) {
            first.add(new TermInSetQuery(PatentFields.JURISDICTION, bytes(jurisdictions)), Occur.FILTER);
        }
        if (!q.includeExpired()) {
            first.add(new TermInSetQuery(PatentFields.STATUS,
                    bytes(List.of(LegalStatus.EXPIRED.code(), LegalStatus.LAPSED.code()))), Occur.MUST_NOT);
            first.add(LongPoint.newRangeQuery(PatentFields.EXPIRY, Long.MIN_VALUE, q.asOf().toEpochDay() - 1),
                    Occur.MUST_NOT);
        }
        exclusion.ifPresent(x -> first.add(x, Occur.MUST_NOT));
        int depth = Math.max(MIN_CANDIDATES, 2 * q.limit());
        ScoreDoc[] hits = s.search(first.build(), depth).scoreDocs;
        if (hits.length == 0) {
            return new Ranking(List.of(), sorted(excluded), 0);
        }
        IndexReader reader = s.getIndexReader();
        List<Integer> hitDocs = new ArrayList<>();
        for (ScoreDoc h : hits) {
            hitDocs.add(h.doc);
        }
        Map<Integer, String> pidOf = DocValuesLookup.sorted(reader, PatentFields.PID, hitDocs);
        Map<String, Integer> docOf = new LinkedHashMap<>();
        hitDocs.forEach(d -> docOf.put(pidOf.get(d), d));
        Query candidates = new TermInSetQuery(PatentFields.PID, bytes(docOf.keySet()));

        // Second pass: the exact parts of the score, over the candidates only.
        Map<String, Double> textScore = new HashMap<>();
        Map<String, Integer> bestClaim = new HashMap<>();
        if (weights.bestClaim() > 0) {
            int claimDocs = s.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(PatentFields.DOC, PatentFields.CLAIM)), Occur.FILTER)
                    .add(candidates, Occur.FILTER).build());
            ScoreDoc[] claimHits = search(s, bag(PatentFields.CLAIM_EN, PatentFields.CLAIM_ZH, terms, 1),
                    PatentFields.CLAIM, candidates, claimDocs);
            List<Integer> claimDocIds = new ArrayList<>();
            for (ScoreDoc h : claimHits) {
                claimDocIds.add(h.doc);
            }
            Map<Integer, String> claimPid = DocValuesLookup.sorted(reader, PatentFields.PID, claimDocIds);
            Map<Integer, Long> claimNumber = DocValuesLookup.numeric(reader, PatentFields.CLAIM_NUMBER, claimDocIds);
            Map<String, Double> bestClaimScore = new HashMap<>();
            for (ScoreDoc h : claimHits) { // best first, so the first hit of a patent is its best claim
                String pid = claimPid.get(h.doc);
                if (bestClaimScore.putIfAbsent(pid, (double) h.score) == null) {
                    bestClaim.put(pid, claimNumber.getOrDefault(h.doc, 0L).intValue());
                }
            }
            bestClaimScore.forEach((pid, sc) -> textScore.merge(pid, weights.bestClaim() * sc, Double::sum));
        }
        addPart(s, pidOf, textScore, PatentFields.CLAIMS_EN, PatentFields.CLAIMS_ZH, weights.claims(), terms,
                candidates);
        addPart(s, pidOf, textScore, PatentFields.ABSTRACT_EN, PatentFields.ABSTRACT_ZH, weights.abstractText(),
                terms, candidates);
        addPart(s, pidOf, textScore, PatentFields.TITLE_EN, PatentFields.TITLE_ZH, weights.title(), terms,
                candidates);

        List<Classifications.Symbol> productClasses = Classifications.parseAll(q.classes());
        List<String> competitors = q.competitors().stream().map(PartyNames::normalize).toList();
        Map<Integer, List<String>> symbols = productClasses.isEmpty() ? Map.of()
                : DocValuesLookup.sortedSet(reader, PatentFields.SYMBOLS, hitDocs);
        Map<Integer, List<String>> parties = competitors.isEmpty() ? Map.of()
                : DocValuesLookup.sortedSet(reader, PatentFields.PARTY, hitDocs);
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : docOf.entrySet()) {
            String pid = e.getKey();
            double t = textScore.getOrDefault(pid, 0.0);
            if (t <= 0) {
                continue;
            }
            double cb = Classifications.best(productClasses,
                            Classifications.parseAll(symbols.getOrDefault(e.getValue(), List.of())))
                    .map(o -> classBoost(o.level())).orElse(0.0);
            boolean competitor = parties.getOrDefault(e.getValue(), List.of()).stream()
                    .anyMatch(p -> competitors.stream().anyMatch(c -> PartyNames.matchesNormalized(p, c)));
            double boost = (1 + cb) * (competitor ? 1 + COMPETITOR_BOOST : 1);
            scored.add(new Scored(e.getValue(), pid, bestClaim.getOrDefault(pid, 0), t * boost));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::pid));
        return new Ranking(scored.subList(0, Math.min(q.limit(), scored.size())), sorted(excluded), scored.size());
    }

    private void addPart(IndexSearcher s, Map<Integer, String> pidOf, Map<String, Double> textScore, String en,
            String zh, double weight, QueryTerms terms, Query candidates) throws IOException {
        if (weight <= 0) {
            return;
        }
        // the candidates' patent documents are the first pass's hits, whose ids are known by doc number
        for (ScoreDoc h : search(s, bag(en, zh, terms, 1), PatentFields.PATENT, candidates, pidOf.size())) {
            textScore.merge(pidOf.get(h.doc), weight * h.score, Double::sum);
        }
    }

    private static ScoreDoc[] search(IndexSearcher s, Query text, String docKind, Query candidates, int n)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, Occur.MUST);
        b.add(new TermQuery(new Term(PatentFields.DOC, docKind)), Occur.FILTER);
        b.add(candidates, Occur.FILTER);
        return s.search(b.build(), Math.max(1, n)).scoreDocs;
    }

    /**
     * The query matching the firm's own patents and every family member of those in the index (same family id,
     * publication number, application, or named as family either way); fills {@code excluded} with their ids.
     */
    private static Optional<Query> ownExclusion(IndexSearcher s, RiskQuery q, Set<String> excluded)
            throws IOException {
        if (q.ownPatents().isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        q.ownPatents().forEach(p -> keys.add(NumberKeys.key(p)));
        Set<String> familyIds = new LinkedHashSet<>();
        Set<String> applications = new LinkedHashSet<>();
        Set<String> ownKeys = new LinkedHashSet<>(keys);
        BooleanQuery.Builder own = new BooleanQuery.Builder();
        own.add(new TermInSetQuery(PatentFields.NUMBER_KEY, bytes(keys)), Occur.MUST);
        own.add(new TermQuery(new Term(PatentFields.DOC, PatentFields.PATENT)), Occur.FILTER);
        StoredFields stored = s.storedFields();
        for (ScoreDoc h : s.search(own.build(), 10_000).scoreDocs) {
            PatentRecord r = PatentJson.read(stored.document(h.doc, Set.of(PatentFields.RECORD))
                    .get(PatentFields.RECORD));
            if (!r.familyId().isEmpty()) {
                familyIds.add(r.familyId());
            }
            String app = NumberKeys.applicationKey(r);
            if (!app.isEmpty()) {
                applications.add(app);
            }
            r.family().forEach(m -> keys.add(NumberKeys.key(m)));
        }
        BooleanQuery.Builder x = new BooleanQuery.Builder();
        x.add(new TermInSetQuery(PatentFields.NUMBER_KEY, bytes(keys)), Occur.SHOULD);
        x.add(new TermInSetQuery(PatentFields.FAMILY, bytes(ownKeys)), Occur.SHOULD);
        if (!familyIds.isEmpty()) {
            x.add(new TermInSetQuery(PatentFields.FAMILY_ID, bytes(familyIds)), Occur.SHOULD);
        }
        if (!applications.isEmpty()) {
            x.add(new TermInSetQuery(PatentFields.APPLICATION_KEY, bytes(applications)), Occur.SHOULD);
        }
        Query exclusion = x.build();
        BooleanQuery.Builder list = new BooleanQuery.Builder();
        list.add(exclusion, Occur.MUST);
        list.add(new TermQuery(new Term(PatentFields.DOC, PatentFields.PATENT)), Occur.FILTER);
        for (ScoreDoc h : s.search(list.build(), 10_000).scoreDocs) {
            excluded.add(stored.document(h.doc, Set.of(PatentFields.PID)).get(PatentFields.PID));
        }
        return Optional.of(exclusion);
    }

    private static List<BytesRef> bytes(Collection<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    static Optional<Classifications.Overlap> classOverlap(List<Classifications.Symbol> product, PatentRecord r) {
        List<String> all = new ArrayList<>(r.ipc());
        all.addAll(r.cpc());
        return Classifications.best(product, Classifications.parseAll(all));
    }

    /** The first applicant or assignee that is a competitor, with the competitor's name as given. */
    static Optional<String[]> competitor(PatentRecord r, List<String> competitors) {
        for (List<String> names : List.of(r.assignees(), r.applicants())) {
            for (String party : names) {
                for (String c : competitors) {
                    if (PartyNames.matches(party, c)) {
                        return Optional.of(new String[] {party, c});
                    }
                }
            }
        }
        return Optional.empty();
    }

    // --- explaining ---

    /**
     * Where a right stands on a day.
     *
     * @param status the status code shown
     * @param alive whether it can still be asserted or granted
     * @param inForce whether it can be asserted now (granted and not ended)
     * @param words the standing in words, for rules and reasons
     */
    record Standing(String status, boolean alive, boolean inForce, String words) {}

    static Standing standing(PatentRecord r, PatentTerms.Expiry expiry, LocalDate asOf) {
        String j = r.jurisdiction();
        String end = expiry.date() == null ? "" : " on " + expiry.date() + (expiry.estimated() ? " (estimated)" : "");
        if (r.status() == LegalStatus.LAPSED) {
            String why = r.events().isEmpty() ? "" : " (" + r.events().getLast().description() + ")";
            return new Standing(LegalStatus.LAPSED.code(), false, false, "the right has lapsed in " + j + why);
        }
        if (r.status() == LegalStatus.EXPIRED) {
            return new Standing(LegalStatus.EXPIRED.code(), false, false, "the right expired in " + j + end);
        }
        if (expiry.date() != null && expiry.date().isBefore(asOf)) {
            return new Standing(LegalStatus.EXPIRED.code(), false, false, "the right expired in " + j + end);
        }
        if (r.status() == LegalStatus.IN_FORCE) {
            return new Standing(r.status().code(), true, true, "the patent is in force in " + j);
        }
        if (r.status() == LegalStatus.PENDING) {
            return new Standing(r.status().code(), true, false, j.equals("WO")
                    ? "it is an international (PCT) application, which gives no right until it enters a national"
                            + " phase"
                    : "the application is pending in " + j + " (its claims may change before grant)");
        }
        if (j.equals("WO")) {
            return new Standing(r.status().code(), true, false, "it is an international (PCT) application, which"
                    + " gives no right until it enters a national phase");
        }
        if (r.grantDate() != null || GRANT_KIND.matcher(r.kind()).matches()) {
            return new Standing(r.status().code(), true, true, "the patent is presumed in force in " + j + " (granted"
                    + (r.grantDate() != null ? " " + r.grantDate() : "") + ", within its term; the data has no legal"
                    + " status)");
        }
        return new Standing(r.status().code(), true, false, "the application is presumed pending in " + j
                + " (the data has no legal status)");
    }

    /** Builds the rows of one query, analysing its features and text once per analyzer. */
    private final class Explainer {
        private final RiskQuery q;
        private final List<Classifications.Symbol> productClasses;
        private final Map<Analyzer, Set<String>> productTerms = new HashMap<>();
        private final Map<Analyzer, List<Set<String>>> featureTerms = new HashMap<>();

        Explainer(RiskQuery q) {
            this.q = q;
            this.productClasses = Classifications.parseAll(q.classes());
        }

        private Analyzer analyzerFor(String text) {
            return PartyNames.hasHan(text) ? chinese : english;
        }

        private Set<String> product(Analyzer a) {
            return productTerms.computeIfAbsent(a, x -> new HashSet<>(ClaimText.terms(x, productText(q))));
        }

        private List<Set<String>> features(Analyzer a) {
            return featureTerms.computeIfAbsent(a, x -> q.features().stream()
                    .map(f -> (Set<String>) new HashSet<>(ClaimText.terms(x, f))).toList());
        }

        /** The indexes of the features whose words are two-thirds in the text. */
        private List<Integer> touched(String text) {
            Analyzer a = analyzerFor(text);
            Set<String> words = new HashSet<>(ClaimText.terms(a, text));
            List<Integer> out = new ArrayList<>();
            List<Set<String>> features = features(a);
            for (int i = 0; i < features.size(); i++) {
                Set<String> f = features.get(i);
                long in = f.stream().filter(words::contains).count();
                if (!f.isEmpty() && 3 * in >= 2L * f.size()) {
                    out.add(i);
                }
            }
            return out;
        }

        RiskMatch row(int rank, PatentRecord r, Scored sc) {
            PatentTerms.Expiry expiry = PatentTerms.expiry(r);
            Standing st = standing(r, expiry, q.asOf());
            int n = q.features().size();

            // Which claims each feature touches, and the independent claim touching the most.
            Map<Integer, List<Integer>> touchedBy = new LinkedHashMap<>();
            List<List<Integer>> claimsOfFeature = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                claimsOfFeature.add(new ArrayList<>());
            }
            for (Claim c : r.claims()) {
                List<Integer> t = n == 0 ? List.of() : touched(c.text());
                touchedBy.put(c.number(), t);
                t.forEach(i -> claimsOfFeature.get(i).add(c.number()));
            }
            List<FeatureHit> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                hits.add(new FeatureHit(q.features().get(i), claimsOfFeature.get(i)));
            }
            Claim chosen = null;
            int chosenTouched = -1;
            for (Claim c : PatentFields.independentClaims(r)) {
                int k = touchedBy.getOrDefault(c.number(), List.of()).size();
                if (k > chosenTouched || (k == chosenTouched && c.number() == sc.bestClaim())) {
                    chosen = c;
                    chosenTouched = k;
                }
            }
            if (n == 0 && sc.bestClaim() > 0) {
                for (Claim c : r.claims()) {
                    if (c.number() == sc.bestClaim()) {
                        chosen = c;
                    }
                }
            }

            MatchedClaim matched = null;
            double coverage = 0;
            String claimWords;
            int k = Math.max(chosenTouched, 0);
            if (chosen != null) {
                Analyzer a = analyzerFor(chosen.text());
                Set<String> product = product(a);
                Set<String> claimTerms = new LinkedHashSet<>(ClaimText.terms(a, chosen.text()));
                long shared = claimTerms.stream().filter(product::contains).count();
                coverage = claimTerms.isEmpty() ? 0 : (double) shared / claimTerms.size();
                matched = new MatchedClaim(chosen.number(), chosen.text(),
                        ClaimText.highlight(a, chosen.text(), product), chosen.independent());
                String which = (chosen.independent() ? "independent claim " : "claim ") + chosen.number();
                claimWords = n > 0 ? which + " matches " + k + " of " + n + " features"
                        : which + " shares " + Math.round(coverage * 100) + "% of its words with the description";
            } else {
                claimWords = "";
            }

            RiskLevel level;
            String rule;
            if (!st.alive()) {
                level = RiskLevel.LOW;
                rule = "low: " + st.words() + "; shown because expired rights were asked for";
            } else if (chosen == null) {
                List<Integer> inAbstract = n == 0 ? List.of() : touched(r.title() + "\n" + r.abstractText());
                if (n > 0 && 4 * inAbstract.size() >= 3 * n) {
                    level = RiskLevel.MEDIUM;
                    rule = "medium: the abstract matches " + inAbstract.size() + " of " + n
                            + " features; the data has no claims to compare";
                } else {
                    level = RiskLevel.LOW;
                    rule = "low: the data has no claims to compare";
                }
            } else {
                boolean strong = n > 0 ? 4 * k >= 3 * n : coverage >= 0.6;
                boolean moderate = n > 0 ? 2 * k >= n : coverage >= 0.35;
                if (strong && st.inForce()) {
                    level = RiskLevel.HIGH;
                    rule = "high: " + claimWords + " and " + st.words();
                } else if (strong) {
                    level = RiskLevel.MEDIUM;
                    rule = "medium: " + claimWords + ", but " + st.words();
                } else if (moderate) {
                    level = RiskLevel.MEDIUM;
                    rule = "medium: " + claimWords;
                } else {
                    level = RiskLevel.LOW;
                    rule = "low: " + claimWords;
                }
            }

            Optional<Classifications.Overlap> overlap = classOverlap(productClasses, r);
            Optional<String[]> competitor = competitor(r, q.competitors());
            String reason = reason(r, chosen, coverage, hits, overlap, competitor, st, expiry);
            List<String> assignees = r.assignees().isEmpty() ? r.applicants() : r.assignees();
            return new RiskMatch(rank, r.id(), r.number(), r.jurisdiction(), r.kind(), r.type(), r.title(), assignees,
                    st.status(), expiry.date(), expiry.estimated(), expiry.basis(), !st.alive(), sc.score(), level,
                    rule, reason, matched, hits, r.filingDate(), r.publicationDate(), r.ipc(), r.cpc(),
                    competitor.isPresent());
        }

        private String reason(PatentRecord r, Claim chosen, double coverage, List<FeatureHit> hits,
                Optional<Classifications.Overlap> overlap, Optional<String[]> competitor, Standing st,
                PatentTerms.Expiry expiry) {
            List<String> parts = new ArrayList<>();
            if (chosen != null) {
                String s = (chosen.independent() ? "Independent claim " : "Claim ") + chosen.number() + " shares "
                        + Math.round(coverage * 100) + "% of its words with the product";
                List<Integer> touchedFeatures = new ArrayList<>();
                for (int i = 0; i < hits.size(); i++) {
                    if (hits.get(i).claims().contains(chosen.number())) {
                        touchedFeatures.add(i + 1);
                    }
                }
                if (!hits.isEmpty()) {
                    s += touchedFeatures.isEmpty() ? " and touches none of the features"
                            : " and touches feature" + (touchedFeatures.size() > 1 ? "s " : " ")
                                    + join(touchedFeatures) + " of " + hits.size();
                }
                parts.add(s + ".");
            } else {
                parts.add("The data has no claims; matched on the title and abstract.");
            }
            overlap.ifPresent(o -> parts.add("Class " + o.patent() + " agrees with the product's " + o.query()
                    + (o.level() == Classifications.Level.SYMBOL ? " exactly." : " at " + o.level().label()
                            + " level.")));
            competitor.ifPresent(c -> parts.add("Applicant or assignee " + c[0] + " is the named competitor " + c[1]
                    + "."));
            if (PatentTerms.category(r) == PatentTerms.Category.DESIGN) {
                parts.add("A design right protects the appearance shown in its drawings: compare the product's look.");
            }
            String standing = Character.toUpperCase(st.words().charAt(0)) + st.words().substring(1);
            if (st.alive()) {
                standing += expiry.date() == null ? "; expiry unknown"
                        : "; expiry " + expiry.date() + (expiry.estimated() ? " (estimated: " + expiry.basis() + ")"
                                : "");
            } else if (expiry.estimated() && !LegalStatus.LAPSED.code().equals(st.status())) {
                standing = standing.replace(" (estimated)", " (estimated: " + expiry.basis() + ")");
            }
            parts.add(standing + ".");
            return String.join(" ", parts);
        }
    }

    private static String join(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return numbers.getFirst().toString();
        }
        List<String> s = numbers.stream().map(String::valueOf).toList();
        return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.getLast();
    }
}
