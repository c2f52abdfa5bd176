package org.ipradar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.ipradar.glossary.Dictionary;
import org.ipradar.glossary.Expansion;
import org.ipradar.glossary.Glossary;
import org.ipradar.index.Analyzers;
import org.ipradar.index.ChineseFolding;
import org.ipradar.index.Fields;

/**
 * Turns a {@link UserQuery} into the Lucene query over the text fields, in both languages.
 *
 * <p>Keywords: each word must match, in the title or the body, in any analysis of it: a Chinese word as a smartcn
 * word or, as the recall fallback, as its character bigrams (so exact words score more than substrings); any other
 * word as an English stem (and as a word of Chinese text). Chinese typed without spaces is segmented into words, its
 * function words (的, 在, 被 …) made optional, and the text as typed adds a bonus where it appears whole. Glossary
 * terms found in the words (across words, so "patent infringement" is one, and 商标 纠纷 is 商标纠纷 with each word
 * also translated on its own) are expanded: the term then matches as typed or, at {@value #EXPANSION_WEIGHT} of the
 * weight, as any of its translations and synonyms.
 *
 * <p>The words the glossary lacks are translated through the general {@link Dictionary} when one is installed, at
 * {@value #DICTIONARY_WEIGHT} of the weight, below the glossary's translations, which are below the words as typed:
 * Chinese words into their English glosses (the best-matching sense counting, British spellings included), and the
 * English words of an English query into Chinese, which then rank Chinese documents without being required.
 *
 * <p>Questions: a query with no OR or exclusion that has more than {@value #QUESTION_WORDS} words, a question mark or
 * a Chinese question word is ranked as a bag of words, none required: its Chinese as the BM25 of its character
 * bigrams (which ranks best on CMRC 2018's questions), its English words, and its glossary translations.
 *
 * <p>Phrases match as written (in Chinese, as the sequence of bigrams); excluded terms are never expanded; filters
 * restrict without scoring.
 */
final class SearchQueries {
    // Titles count more than bodies; whole words (smartcn, English) more than bigrams, which are there for recall.
    static final Map<String, Float> BOOSTS = Map.of(
            Fields.TITLE_ZH, 3f, Fields.BODY_ZH, 1f,
            Fields.TITLE_CJK, 1.5f, Fields.BODY_CJK, 0.5f,
            Fields.TITLE_EN, 3f, Fields.BODY_EN, 1f);
    private static final List<String> HAN_FIELDS =
            List.of(Fields.TITLE_ZH, Fields.BODY_ZH, Fields.TITLE_CJK, Fields.BODY_CJK);
    private static final List<String> LATIN_FIELDS =
            List.of(Fields.TITLE_EN, Fields.BODY_EN, Fields.TITLE_ZH, Fields.BODY_ZH);
    private static final List<String> BIGRAM_FIELDS = List.of(Fields.TITLE_CJK, Fields.BODY_CJK);
    private static final List<String> ENGLISH_FIELDS = List.of(Fields.TITLE_EN, Fields.BODY_EN);

    /** The weight of a glossary translation or synonym against the words as typed. */
    static final float EXPANSION_WEIGHT = 0.5f;
    /** The weight of a dictionary translation against the words as typed: below the glossary's. */
    static final float DICTIONARY_WEIGHT = 0.3f;
    /** The weight of the bonus for text typed without spaces (or adjacent English words) appearing as typed. */
    static final float PHRASE_BONUS = 1f;
    /** More content words than this, with no operators, make the query a question. */
    static final int QUESTION_WORDS = 6;
    /** The share of the translated words a document in the other language must match. */
    static final float ACROSS_MATCH = 0.5f;
    /** How far apart the words of a multi-word translation may be: "infringing goods" finds "goods that infringe". */
    static final int TRANSLATION_SLOP = 10;
    /** At most this many words across the whole query, after Chinese is segmented. */
    static final int MAX_WORDS = 64;

    // Chinese function words: in a query of keywords they are optional, so 越南的商标抢注 also finds English reports.
    private static final Set<String> ZH_STOP = Set.of("的", "了", "在", "是", "和", "与", "及", "或", "被", "对", "把",
            "从", "向", "于", "之", "其", "等", "也", "都", "而", "并", "将", "就", "吗", "呢", "吧", "啊", "哪", "个",
            "如何", "什么", "怎么", "怎样", "哪些", "为什么", "有关", "关于");

    // Chinese question words: a query holding one is a question, whatever its length.
    private static final java.util.regex.Pattern ZH_QUESTION =
            java.util.regex.Pattern.compile("什么|什麼|哪|谁|誰|多少|几[个個年岁歲次种種]|如何|怎么|怎麼|怎样|怎樣|为什么|為什麼|为何|為何|吗|嗎|呢");

    private final Analyzer analyzer = Analyzers.perField();
    private final Glossary glossary;
    private final Dictionary dictionary;

    SearchQueries(Glossary glossary, Dictionary dictionary) {
        this.glossary = glossary;
        this.dictionary = dictionary;
    }

    /**
     * The Lucene query for a user query.
     *
     * @param query the query to match: MatchAll (narrowed by filters and exclusions) when it has no words
     * @param hasText whether any words or phrases are scored, so hits can be ranked and highlighted
     * @param expansions the glossary expansions used
     */
    record Built(Query query, boolean hasText, List<SearchResult.Expansion> expansions) {}

    // How much of the glossary and the dictionary a query may use: fewer translations when the full set would be
    // too many clauses.
    private record Budget(int translations, int variants, int glosses) {
        static final Budget FULL = new Budget(4, 2, 3);
        static final Budget SMALL = new Budget(1, 0, 1);
        static final Budget NONE = new Budget(0, 0, 0);
    }

    /** Builds the query, using fewer glossary expansions when all of them would exceed Lucene's clause limit. */
    Built build(UserQuery q) {
        int limit = IndexSearcher.getMaxClauseCount();
        Built built = null;
        for (Budget b : List.of(Budget.FULL, Budget.SMALL, Budget.NONE)) {
            built = new Builder(q, b).build();
            if (clauses(built.query()) <= limit) {
                return built;
            }
        }
        throw new InvalidRequestException("query_too_complex", "q",
                "q expands to more than " + limit + " search clauses; use fewer or shorter words");
    }

    // Leaf clauses as IndexSearcher counts them against its limit.
    static int clauses(Query query) {
        int[] n = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                n[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                n[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return n[0];
    }

    // A word of the query: the text as typed and whether it may be left out (a Chinese function word).
    private record Word(String text, boolean optional) {}

    // One part handed to the glossary: its number, its text, the words it holds and where each sits in the text.
    private record Part(int index, String text, List<int[]> spans, List<UserQuery.Item> items) {}

    // Consecutive single words (one part), or one group: a phrase, a filter, or the alternatives of an OR (a part
    // each, null for a filter).
    private record Segment(boolean run, List<UserQuery.Item> items, List<Part> parts) {
        boolean isOr() {
            return !run && items.size() > 1;
        }
    }

    private final class Builder {
        private final UserQuery q;
        private final Budget budget;
        private final Map<String, SearchResult.Expansion> used = new LinkedHashMap<>();
        // Units that have translations, and whether each unit without is Chinese, for other-language documents.
        private final Set<Query> translated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // Translated units that rank documents of the other language without counting towards what they must match.
        private final Set<Query> rankOnly = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final Map<Query, Boolean> han = new java.util.IdentityHashMap<>();
        private int words;
        // Whether the query has Chinese in it: then its English words are searched as typed, never translated.
        private final boolean chineseQuery;

        Builder(UserQuery q, Budget budget) {
            this.q = q;
            this.budget = budget;
            this.chineseQuery = q.groups().stream().flatMap(List::stream)
                    .anyMatch(i -> i.type() != UserQuery.Type.FILTER && hasHan(i.text()));
        }

        Built build() {
            // The glossary reads parts: runs of single words (so "patent infringement" is found across two words),
            // each phrase, and each word or phrase of an OR.
            List<Segment> segments = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            List<UserQuery.Item> run = new ArrayList<>();
            for (List<UserQuery.Item> g : q.groups()) {
                UserQuery.Item first = g.get(0);
                if (g.size() == 1 && first.type() == UserQuery.Type.WORD) {
                    run.add(first);
                    continue;
                }
                if (!run.isEmpty()) {
                    segments.add(new Segment(true, List.copyOf(run), List.of(part(run, parts))));
                    run.clear();
                }
                List<Part> own = new ArrayList<>();
                for (UserQuery.Item item : g) {
                    own.add(item.type() == UserQuery.Type.FILTER ? null : part(List.of(item), parts));
                }
                segments.add(new Segment(false, g, own));
            }
            if (!run.isEmpty()) {
                segments.add(new Segment(true, List.copyOf(run), List.of(part(run, parts))));
            }
            List<Expansion> expansions = budget.translations() == 0 ? List.of()
                    : glossary.expand(parts.stream().map(Part::text).toList());
            Map<Integer, List<Expansion>> byPart = new java.util.HashMap<>();
            for (Expansion e : expansions) {
                byPart.computeIfAbsent(e.part(), k -> new ArrayList<>()).add(e);
            }

            // A question: no operators, and many words, a question mark or a question word (广茂铁路全长多少公里？).
            boolean question = !q.operators() && (contentWords(segments) > QUESTION_WORDS
                    || q.groups().stream().flatMap(List::stream).anyMatch(i -> i.type() != UserQuery.Type.FILTER
                            && (i.text().endsWith("?") || ZH_QUESTION.matcher(i.text()).find())));
            List<Query> units = new ArrayList<>();
            List<Query> optional = new ArrayList<>();
            List<Query> filters = new ArrayList<>();
            for (Segment seg : segments) {
                if (question && !seg.isOr() && seg.parts().get(0) != null) {
                    Part p = seg.parts().get(0);
                    questionUnits(p, expansionsOf(p, byPart), units);
                    if (!seg.run()) {
                        addUnit(phraseUnit(p, List.of()), optional); // a phrase of a question: a bonus
                    }
                } else if (seg.run()) {
                    Part p = seg.parts().get(0);
                    runUnits(p, expansionsOf(p, byPart), units, optional);
                } else if (seg.isOr()) {
                    BooleanQuery.Builder or = new BooleanQuery.Builder();
                    boolean scored = false;
                    for (int k = 0; k < seg.items().size(); k++) {
                        UserQuery.Item item = seg.items().get(k);
                        Part p = seg.parts().get(k);
                        Query alt;
                        if (item.type() == UserQuery.Type.FILTER) {
                            alt = new BoostQuery(new ConstantScoreQuery(filter(item)), 0f);
                        } else {
                            alt = item.type() == UserQuery.Type.PHRASE ? phraseUnit(p, expansionsOf(p, byPart))
                                    : wordUnit(p, expansionsOf(p, byPart));
                            scored |= alt != null;
                        }
                        if (alt != null) {
                            or.add(alt, BooleanClause.Occur.SHOULD);
                        }
                    }
                    BooleanQuery bq = or.build();
                    if (!bq.clauses().isEmpty()) {
                        (scored ? units : filters).add(bq);
                        han.put(bq, seg.items().stream().anyMatch(i -> hasHan(i.text())));
                    }
                } else if (seg.items().get(0).type() == UserQuery.Type.FILTER) {
                    filters.add(filter(seg.items().get(0)));
                } else {
                    Part p = seg.parts().get(0);
                    addUnit(phraseUnit(p, expansionsOf(p, byPart)), units);
                }
            }
            if (words > MAX_WORDS) {
                throw new InvalidRequestException("query_too_complex", "q", "q has " + words
                        + " words once Chinese is segmented; at most " + MAX_WORDS + " are allowed, make it shorter");
            }

            if (units.isEmpty() && !optional.isEmpty()) {
                // nothing but single characters and function words: any of them will do
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                optional.forEach(o -> any.add(o, BooleanClause.Occur.SHOULD));
                units.add(any.build());
                optional.clear();
            }
            BooleanQuery.Builder top = new BooleanQuery.Builder();
            boolean hasText = !units.isEmpty();
            if (!question && translated.stream().anyMatch(units::contains)) {
                // every word as typed, or (in documents of the other language) enough of the translated ones; the
                // better of the two scores, so a document that matches both is not counted twice
                top.add(new DisjunctionMaxQuery(List.of(all(units), acrossLanguages(units)), 0f),
                        BooleanClause.Occur.MUST);
            } else if (question) {
                // every word counts, none is required: ranked as a bag of words
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                units.forEach(u -> any.add(u, BooleanClause.Occur.SHOULD));
                top.add(any.build(), BooleanClause.Occur.MUST);
            } else {
                units.forEach(u -> top.add(u, BooleanClause.Occur.MUST));
            }
            if (hasText) {
                optional.forEach(u -> top.add(u, BooleanClause.Occur.SHOULD));
            } else {
                boolean typedWords = q.groups().stream().flatMap(List::stream)
                        .anyMatch(i -> i.type() != UserQuery.Type.FILTER);
                // Words that all turned out to be punctuation or stop words match nothing; filters alone match all.
                top.add(typedWords ? new MatchNoDocsQuery("no searchable words") : new MatchAllDocsQuery(),
                        BooleanClause.Occur.MUST);
            }
            filters.forEach(f -> top.add(f, BooleanClause.Occur.FILTER));
            for (UserQuery.Item item : q.excluded()) {
                Query x = excluded(item);
                if (x != null) {
                    top.add(x, BooleanClause.Occur.MUST_NOT);
                }
            }
            return new Built(top.build(), hasText, List.copyOf(used.values()));
        }

        /**
         * The query for documents in the other language (English ones for a query with Chinese in it, Chinese ones
         * for the others), which cannot hold the query's words that have no translation (华为 in 华为 越南 商标抢注):
         * those are optional; of the translated words, {@value #ACROSS_MATCH} must match (rounded up); words in the
         * other script (GPS in GPS 车辆定位 专利) are required as typed. English words that only the dictionary
         * translates into Chinese add to the score but not to the words that must match, unless no other word has a
         * translation.
         */
        private Query acrossLanguages(List<Query> units) {
            boolean chinese = chineseQuery;
            boolean counted = units.stream().anyMatch(u -> translated.contains(u) && !rankOnly.contains(u));
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            BooleanQuery.Builder enough = new BooleanQuery.Builder();
            int translatedUnits = 0;
            for (Query u : units) {
                boolean isTranslated = translated.contains(u);
                // in the query's own script and without a translation: not in the other language's documents
                boolean untranslatable = !isTranslated && han.getOrDefault(u, false) == chinese;
                if (isTranslated && counted && rankOnly.contains(u)) {
                    b.add(u, BooleanClause.Occur.SHOULD);
                } else if (untranslatable || isTranslated) {
                    enough.add(u, BooleanClause.Occur.SHOULD);
                    translatedUnits += isTranslated ? 1 : 0;
                } else {
                    b.add(u, BooleanClause.Occur.MUST);
                }
            }
            enough.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(translatedUnits * ACROSS_MATCH)));
            b.add(enough.build(), BooleanClause.Occur.MUST);
            Query zh = new TermQuery(DrillDownQuery.term(
                    Fields.FACETS.getDimConfig(Fields.LANG).indexFieldName, Fields.LANG, "zh"));
            b.add(zh, chinese ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER);
            return b.build();
        }

        private List<Expansion> expansionsOf(Part p, Map<Integer, List<Expansion>> byPart) {
            return p == null ? List.of() : byPart.getOrDefault(p.index(), List.of());
        }

        // A part of the given words, numbered in the order the glossary receives them.
        private Part part(List<UserQuery.Item> items, List<Part> parts) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (UserQuery.Item item : items) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                spans.add(new int[] {text.length(), text.length() + item.text().length()});
                text.append(item.text());
            }
            Part p = new Part(parts.size(), text.toString(), spans, List.copyOf(items));
            parts.add(p);
            return p;
        }

        // The words that count towards a question: all but Chinese function words and English stop words.
        private int contentWords(List<Segment> segments) {
            int n = 0;
            for (Segment seg : segments) {
                if (!seg.isOr()) {
                    for (UserQuery.Item item : seg.items()) {
                        if (item.type() == UserQuery.Type.FILTER) {
                            continue;
                        }
                        for (Word w : segment(item.text())) {
                            n += w.optional() || !hasHan(w.text()) && analyze(Fields.BODY_EN, w.text()).isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
            return n;
        }

        // A question: each Chinese run as the bag of its character bigrams (as BM25 over bigrams ranks best on
        // questions), each English word, and the translations of its glossary terms, every one optional.
        private void questionUnits(Part p, List<Expansion> expansions, List<Query> units) {
            for (int k = 0; k < p.items().size(); k++) {
                String text = p.items().get(k).text();
                if (!hasHan(text)) {
                    words++;
                    addUnit(wordQuery(text), units);
                    continue;
                }
                BooleanQuery.Builder bag = new BooleanQuery.Builder();
                for (String field : BIGRAM_FIELDS) {
                    for (Token t : analyze(field, text)) {
                        bag.add(new BoostQuery(new TermQuery(new Term(field, t.term())), BOOSTS.get(field)),
                                BooleanClause.Occur.SHOULD);
                    }
                }
                BooleanQuery b = bag.build();
                if (!b.clauses().isEmpty()) {
                    units.add(b);
                }
                List<Word> segmented = segment(text);
                for (Word w : segmented) {
                    words++;
                    if (!hasHan(w.text()) && w.text().codePoints().anyMatch(Character::isLetter)) {
                        addUnit(wordQuery(w.text()), units); // for English documents: Tesla in Tesla的商标
                    }
                }
                // the words no glossary term covers, through the dictionary, for documents in English
                int[] span = p.spans().get(k);
                List<Word> uncovered = new ArrayList<>();
                int at = 0;
                for (Word w : segmented) {
                    int start = text.indexOf(w.text(), at);
                    int end = start < 0 ? at : start + w.text().length();
                    boolean covered = start < 0 || expansions.stream()
                            .anyMatch(e -> e.start() < span[0] + end && e.end() > span[0] + start);
                    uncovered.add(covered ? new Word(w.text(), true) : w);
                    at = end;
                }
                for (Dictionary.Translation t : dictionaryTranslations(uncovered).values()) {
                    BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
                    if (glosses(alternatives, t)) {
                        units.add(alternatives.build());
                    }
                }
            }
            for (Expansion e : expansions) {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                if (alternatives(b, e)) {
                    units.add(b.build());
                }
            }
        }

        // A run of words: units in order, each word (or words a glossary term spans) with its expansions.
        private void runUnits(Part p, List<Expansion> expansions, List<Query> units, List<Query> optional) {
            List<Query> required = new ArrayList<>();
            int w = 0;
            while (w < p.items().size()) {
                int[] span = p.spans().get(w);
                Expansion multi = null;
                int last = w;
                for (Expansion e : expansions) {
                    if (e.start() == span[0]) {
                        for (int j = w + 1; j < p.items().size(); j++) {
                            if (p.spans().get(j)[1] == e.end()) {
                                multi = e;
                                last = j;
                            }
                        }
                    }
                }
                if (multi != null) {
                    List<Query> inner = new ArrayList<>();
                    // Chinese words typed apart that make one glossary term (商标 纠纷) keep their own
                    // translations too; English words of a term (patent infringement) are translated as the term
                    boolean apart = "zh".equals(multi.lang());
                    for (int j = w; j <= last; j++) {
                        inner.addAll(itemUnits(p.items().get(j), apart ? glossary.expand(p.items().get(j).text())
                                : within(expansions, p.spans().get(j)), optional, apart));
                    }
                    addUnit(expanded(all(inner), multi), required);
                    w = last + 1;
                } else {
                    required.addAll(itemUnits(p.items().get(w), within(expansions, span), optional, true));
                    w++;
                }
            }
            units.addAll(required);
            // Adjacent English words typed together rank higher where they appear together.
            if (p.items().size() > 1 && p.items().size() <= 6 && p.items().stream().noneMatch(i -> hasHan(i.text()))) {
                Query bonus = fieldsQuery(p.text(), ENGLISH_FIELDS);
                if (bonus != null && clauseCount(bonus) > 0) {
                    optional.add(new BoostQuery(bonus, PHRASE_BONUS));
                }
            }
        }

        // The expansions that lie inside one word's span, their offsets made relative to the word.
        private List<Expansion> within(List<Expansion> expansions, int[] span) {
            List<Expansion> out = new ArrayList<>();
            for (Expansion e : expansions) {
                if (e.start() >= span[0] && e.end() <= span[1]) {
                    out.add(new Expansion(e.part(), e.start() - span[0], e.end() - span[0], e.matched(), e.term(),
                            e.lang(), e.entry()));
                }
            }
            return out;
        }

        // The units of one whitespace word: Chinese cut into pieces at glossary terms, each piece into words.
        // The dictionary translates only where `translate` and outside the glossary's terms.
        private List<Query> itemUnits(UserQuery.Item item, List<Expansion> inside, List<Query> optional,
                boolean translate) {
            String text = item.text();
            List<Query> out = new ArrayList<>();
            int at = 0;
            List<Expansion> sorted = new ArrayList<>(inside);
            sorted.sort(java.util.Comparator.comparingInt(Expansion::start));
            for (Expansion e : sorted) {
                if (e.start() < at) {
                    continue;
                }
                pieceUnits(text.substring(at, e.start()), out, optional, translate);
                List<Query> inner = new ArrayList<>();
                pieceUnits(text.substring(e.start(), e.end()), inner, optional, false);
                addUnit(expanded(all(inner), e), out);
                at = e.end();
            }
            pieceUnits(text.substring(at), out, optional, translate);
            // Chinese typed as one run ranks higher where it appears as typed.
            if (hasHan(text)) {
                List<Word> segmented = segment(text);
                if (segmented.size() > 1) {
                    Query bonus = fieldsQuery(text, BIGRAM_FIELDS);
                    if (bonus != null) {
                        optional.add(new BoostQuery(bonus, PHRASE_BONUS));
                    }
                }
            }
            return out;
        }

        // The words of a piece; with `translate` (a piece no glossary term covers), the dictionary's translations.
        private void pieceUnits(String piece, List<Query> out, List<Query> optional, boolean translate) {
            if (piece.isBlank()) {
                return;
            }
            List<Word> segmented = segment(piece);
            Map<Integer, Dictionary.Translation> translations =
                    translate ? dictionaryTranslations(segmented) : Map.of();
            int i = 0;
            while (i < segmented.size()) {
                Dictionary.Translation t = translations.get(i);
                if (t != null) {
                    List<Query> inner = new ArrayList<>();
                    for (int k = t.from(); k < t.to(); k++) {
                        words++;
                        addUnit(wordQuery(segmented.get(k).text()), inner);
                    }
                    Query unit = dictionaryExpanded(all(inner), t);
                    if (unit != null) {
                        han.put(unit, true);
                        out.add(unit);
                    }
                    i = t.to();
                    continue;
                }
                Word w = segmented.get(i++);
                words++;
                Query wq = wordQuery(w.text());
                if (wq == null) {
                    continue;
                }
                if (w.optional()) {
                    optional.add(wq);
                } else {
                    if (translate && !chineseQuery) { // an English word of an English query
                        wq = reverseExpanded(wq, w.text());
                    }
                    han.put(wq, hasHan(w.text()));
                    out.add(wq);
                }
            }
        }

        // The dictionary's translations of the required Chinese words, by the index of their first word: each run of
        // such words is looked up on its own, so a headword never spans a function word or English.
        private Map<Integer, Dictionary.Translation> dictionaryTranslations(List<Word> segmented) {
            Map<Integer, Dictionary.Translation> out = new java.util.TreeMap<>();
            if (budget.glosses() == 0 || dictionary.isEmpty()) {
                return out;
            }
            int i = 0;
            while (i < segmented.size()) {
                if (segmented.get(i).optional() || !hasHan(segmented.get(i).text())) {
                    i++;
                    continue;
                }
                int from = i;
                List<String> run = new ArrayList<>();
                while (i < segmented.size() && !segmented.get(i).optional() && hasHan(segmented.get(i).text())) {
                    run.add(segmented.get(i++).text());
                }
                for (Dictionary.Translation t : dictionary.translate(run)) {
                    out.put(from + t.from(), new Dictionary.Translation(from + t.from(), from + t.to(), t.text(),
                            t.glosses(), t.whole()));
                }
            }
            return out;
        }

        // An English word as typed, or (at the dictionary's weight, the better one counting) the Chinese words the
        // dictionary gives it.
        private Query reverseExpanded(Query original, String word) {
            if (budget.glosses() == 0 || dictionary.isEmpty()) {
                return original;
            }
            List<Query> alternatives = new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (String zh : dictionary.chinese(word, Math.min(2, budget.glosses()))) {
                Query alt = fieldsQuery(zh, HAN_FIELDS);
                if (alt != null) {
                    alternatives.add(alt);
                    added.add(zh);
                }
            }
            if (alternatives.isEmpty()) {
                return original;
            }
            Query any = alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
            Query q = new BooleanQuery.Builder()
                    .add(original, BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(any, DICTIONARY_WEIGHT), BooleanClause.Occur.SHOULD)
                    .build();
            translated.add(q);
            rankOnly.add(q);
            used.putIfAbsent(word, new SearchResult.Expansion(word, added, List.of(),
                    SearchResult.Expansion.DICTIONARY));
            return q;
        }

        // The words as typed, or any of the dictionary's glosses at the dictionary's lower weight.
        private Query dictionaryExpanded(Query original, Dictionary.Translation t) {
            if (original == null) {
                return null;
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(original, BooleanClause.Occur.SHOULD);
            if (!glosses(b, t)) {
                return original;
            }
            Query q = b.build();
            translated.add(q);
            return q;
        }

        // Adds a dictionary translation's glosses to b as one optional clause, the best-matching gloss counting (a
        // document that has two senses of the word does not count twice); whether it added any.
        private boolean glosses(BooleanQuery.Builder b, Dictionary.Translation t) {
            List<String> added = new ArrayList<>();
            List<Query> alternatives = new ArrayList<>();
            for (String g : distinct(t.glosses(), budget.glosses(), List.of(t.text()))) {
                Query alt = fieldsQuery(g, LATIN_FIELDS, TRANSLATION_SLOP);
                if (alt != null) {
                    alternatives.add(alt);
                    added.add(g);
                    for (String spelling : Dictionary.spellings(g)) { // the same gloss in British spelling
                        addUnit(fieldsQuery(spelling, LATIN_FIELDS, TRANSLATION_SLOP), alternatives);
                    }
                }
            }
            if (added.isEmpty()) {
                return false;
            }
            Query any = alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
            b.add(new BoostQuery(any, DICTIONARY_WEIGHT), BooleanClause.Occur.SHOULD);
            used.putIfAbsent(t.text(), new SearchResult.Expansion(t.text(), added, List.of(),
                    SearchResult.Expansion.DICTIONARY));
            return true;
        }

        // One word of an OR: all its words required, its optional ones adding to the score.
        private Query wordUnit(Part p, List<Expansion> expansions) {
            List<Query> out = new ArrayList<>();
            List<Query> optional = new ArrayList<>();
            runUnits(p, expansions, out, optional);
            if (out.isEmpty() || optional.isEmpty()) {
                return all(out);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(all(out), BooleanClause.Occur.MUST);
            optional.forEach(o -> b.add(o, BooleanClause.Occur.SHOULD));
            return b.build();
        }

        private Query phraseUnit(Part p, List<Expansion> expansions) {
            String text = p.text();
            words++;
            Query phrase = fieldsQuery(text, hasHan(text) ? HAN_FIELDS : LATIN_FIELDS);
            if (phrase == null) {
                return null;
            }
            for (Expansion e : expansions) {
                if (e.start() == 0 && e.end() == text.length()) {
                    return expanded(phrase, e); // only a glossary term that is the whole phrase
                }
            }
            han.put(phrase, hasHan(text));
            return phrase;
        }

        // The words as typed, or any of the term's translations and synonyms at a lower weight.
        private Query expanded(Query original, Expansion e) {
            if (original == null) {
                return null;
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(original, BooleanClause.Occur.SHOULD);
            if (!alternatives(b, e)) {
                return original;
            }
            Query q = b.build();
            translated.add(q);
            return q;
        }

        // Adds the expansion's translations and synonyms to b as optional clauses; whether it added any.
        private boolean alternatives(BooleanQuery.Builder b, Expansion e) {
            List<String> translations = distinct(e.translations(), budget.translations(), List.of(e.matched()));
            List<String> variants = distinct(e.variants(), budget.variants(), concat(translations, e.matched()));
            List<String> usedTranslations = new ArrayList<>();
            List<String> usedVariants = new ArrayList<>();
            for (String t : translations) {
                if (addAlternative(b, t)) {
                    usedTranslations.add(t);
                }
            }
            for (String t : variants) {
                if (addAlternative(b, t)) {
                    usedVariants.add(t);
                }
            }
            if (usedTranslations.isEmpty() && usedVariants.isEmpty()) {
                return false;
            }
            used.putIfAbsent(e.matched(), new SearchResult.Expansion(e.matched(), usedTranslations, usedVariants));
            return true;
        }

        private boolean addAlternative(BooleanQuery.Builder b, String t) {
            Query alt = fieldsQuery(t, hasHan(t) ? HAN_FIELDS : LATIN_FIELDS, hasHan(t) ? 0 : TRANSLATION_SLOP);
            if (alt == null) {
                return false;
            }
            b.add(new BoostQuery(alt, EXPANSION_WEIGHT), BooleanClause.Occur.SHOULD);
            return true;
        }

        private Query excluded(UserQuery.Item item) {
            return switch (item.type()) {
                case FILTER -> filter(item);
                // a Chinese run is excluded where it appears as typed, not wherever its words do
                case PHRASE -> fieldsQuery(item.text(), hasHan(item.text()) ? HAN_FIELDS : LATIN_FIELDS);
                case WORD -> hasHan(item.text()) ? fieldsQuery(item.text(), HAN_FIELDS) : wordQuery(item.text());
            };
        }
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    // Up to max terms, dropping any that fold to one already taken (專利 after 专利) or to one of the excluded.
    private static List<String> distinct(List<String> terms, int max, List<String> excluded) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        excluded.forEach(x -> seen.add(key(x)));
        for (String t : terms) {
            if (out.size() >= max) {
                break;
            }
            if (seen.add(key(t))) {
                out.add(t);
            }
        }
        return out;
    }

    private static String key(String term) {
        return ChineseFolding.fold(UserQuery.normalize(term)).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ")
                .strip();
    }

    private static void addUnit(Query q, List<Query> out) {
        if (q != null) {
            out.add(q);
        }
    }

    // Every one of the queries: the one itself, or all of them required.
    private static Query all(List<Query> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        queries.forEach(q -> b.add(q, BooleanClause.Occur.MUST));
        return b.build();
    }

    /** A filter item as a query on the facet terms: any of its values. */
    static Query filter(UserQuery.Item item) {
        String field = Fields.FACETS.getDimConfig(item.dim()).indexFieldName;
        if (item.values().size() == 1) {
            return new TermQuery(DrillDownQuery.term(field, item.dim(), item.values().get(0)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : item.values()) {
            b.add(new TermQuery(DrillDownQuery.term(field, item.dim(), v)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * One word of the query in every field that can hold it: a Chinese word in the smartcn and bigram fields, any
     * other in the English and smartcn fields (smartcn fields hold the English words of Chinese text). Null when
     * the word is an English stop word or punctuation.
     */
    Query wordQuery(String word) {
        if (hasHan(word)) {
            return fieldsQuery(word, HAN_FIELDS);
        }
        if (analyze(Fields.BODY_EN, word).isEmpty()) {
            return null; // an English stop word: "in", "the"
        }
        return fieldsQuery(word, LATIN_FIELDS);
    }

    // The text in each field as a term, or a phrase when the field's analyzer makes several tokens of it.
    private Query fieldsQuery(String text, List<String> fields) {
        return fieldsQuery(text, fields, 0);
    }

    private Query fieldsQuery(String text, List<String> fields, int slop) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String field : fields) {
            Query fq = fieldQuery(field, text, slop);
            if (fq != null) {
                b.add(new BoostQuery(fq, BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : b.build();
    }

    private static int clauseCount(Query q) {
        return q instanceof BooleanQuery bq ? bq.clauses().size() : 1;
    }

    private Query fieldQuery(String field, String text, int slop) {
        List<Token> tokens = analyze(field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        int position = -1;
        for (Token t : tokens) {
            position += Math.max(t.increment(), 0);
            b.add(new Term(field, t.term()), Math.max(position, 0));
        }
        return b.build();
    }

    // A token: its text, position increment and offsets in the analysed text.
    private record Token(String term, int increment, int start, int end) {}

    private List<Token> analyze(String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), inc.getPositionIncrement(), offset.startOffset(),
                        offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the query: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The words of a whitespace word: Chinese (and any Latin in it) as smartcn cuts it, other text as one word.
     * Single characters that touch are one word (smartcn cuts names it does not know, 广茂铁路 into 广|茂|铁路, and
     * the bigram 广茂 finds them); a single character alone, like a function word, is optional.
     */
    private List<Word> segment(String text) {
        if (!hasHan(text)) {
            return List.of(new Word(text, false));
        }
        List<Word> out = new ArrayList<>();
        int singlesFrom = -1;
        int singlesTo = -1;
        for (Token t : analyze(Fields.TITLE_ZH, text)) {
            String surface = text.substring(t.start(), t.end());
            boolean stop = ZH_STOP.contains(ChineseFolding.fold(surface));
            boolean single = !stop && surface.length() == 1 && hasHan(surface);
            if (single && singlesTo == t.start()) {
                singlesTo = t.end();
                continue;
            }
            if (singlesFrom >= 0) {
                out.add(singles(text, singlesFrom, singlesTo));
                singlesFrom = -1;
                singlesTo = -1;
            }
            if (single) {
                singlesFrom = t.start();
                singlesTo = t.end();
            } else {
                out.add(new Word(surface, stop));
            }
        }
        if (singlesFrom >= 0) {
            out.add(singles(text, singlesFrom, singlesTo));
        }
        return out;
    }

    private static Word singles(String text, int from, int to) {
        return new Word(text.substring(from, to), to - from == 1);
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
