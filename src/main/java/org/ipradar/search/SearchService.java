package org.ipradar.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.ipradar.glossary.Dictionary;
import org.ipradar.glossary.Glossary;
import org.ipradar.index.Analyzers;
import org.ipradar.index.DocIndex;
import org.ipradar.index.Fields;

/**
 * Answers searches over the documents index: the query ({@link UserQuery} syntax) is analysed both as Chinese (words
 * and bigrams) and as English and expanded across languages through the {@link Glossary} ({@link SearchQueries}),
 * filters drill down on facet values, and each hit gets a highlighted snippet in its own language.
 */
public final class SearchService {
    /** Facet dimensions returned with every result, in display order. */
    public static final List<String> FACET_DIMS = List.of(Fields.COUNTRY, Fields.IP_TYPE, Fields.INDUSTRY,
            Fields.KIND, Fields.LANG, Fields.SOURCE, Fields.YEAR, Fields.QUARTER);
    /** At most this many other members of a hit's cluster are listed with it. */
    public static final int MAX_ALSO = 10;

    private static final String[] ZH_SNIPPET_FIELDS = {Fields.BODY_ZH, Fields.BODY_CJK};
    private static final String[] OTHER_SNIPPET_FIELDS = {Fields.BODY_EN, Fields.BODY_CJK};
    private static final String[] ZH_TITLE_FIELDS = {Fields.TITLE_ZH, Fields.TITLE_CJK};
    private static final String[] OTHER_TITLE_FIELDS = {Fields.TITLE_EN, Fields.TITLE_CJK};
    private static final int FACET_TOP = 50;
    private static final java.util.regex.Pattern ADJACENT_MARKS = java.util.regex.Pattern.compile("</mark>( ?)<mark>");

    private final DocIndex index;
    private final Analyzer analyzer = Analyzers.perField();
    private final Glossary glossary;
    private final Dictionary dictionary;
    private final SearchQueries queries;

    /** A search expanding queries through the shipped glossary alone. */
    public SearchService(DocIndex index) {
        this(index, Glossary.shipped());
    }

    /** A search expanding queries through the glossary, which it reloads when the editor's file changes. */
    public SearchService(DocIndex index, Glossary glossary) {
        this(index, glossary, Dictionary.none());
    }

    /**
     * A search expanding queries through the glossary and, for the Chinese words the glossary lacks, through the
     * general dictionary ({@link Dictionary#none()} for none).
     */
    public SearchService(DocIndex index, Glossary glossary, Dictionary dictionary) {
        this.index = index;
        this.glossary = glossary;
        this.dictionary = dictionary;
        this.queries = new SearchQueries(glossary, dictionary);
    }

    /** The general dictionary behind the fallback translations; empty when none is installed. */
    public Dictionary dictionary() {
        return dictionary;
    }

    /**
     * Parses a user query into the Lucene query over every text field, filters in it included, or throws a
     * 400-worthy error; see {@link UserQuery} for the syntax.
     */
    public Query parse(String text) {
        return queries.build(UserQuery.parse(text)).query();
    }

    /**
     * Runs a search and returns one page of hits with facet counts: one hit per near-duplicate cluster (its best
     * member), each listing the cluster's other members; the total counts clusters, the facets count documents.
     */
    public SearchResult search(SearchRequest r) {
        glossary.reloadIfChanged();
        SearchQueries.Built text = queries.build(UserQuery.parse(r.query()));
        Query query = buildQuery(r, text.query());
        IndexSearcher searcher = index.acquire();
        try {
            Sort sort = sort(r.sort(), !text.hasText());
            GroupingSearch grouping = new GroupingSearch(Fields.CLUSTER)
                    .setGroupSort(sort)
                    .setSortWithinGroup(sort)
                    .setGroupDocsLimit(1)
                    .setAllGroups(true);
            TopGroups<BytesRef> groups = grouping.search(searcher, query, r.offset(), r.limit());
            FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
            long total = groups.totalGroupCount == null ? groups.totalHitCount : groups.totalGroupCount;
            ScoreDoc[] page = Arrays.stream(groups.groups)
                    .filter(g -> g.scoreDocs().length > 0)
                    .map(g -> g.scoreDocs()[0])
                    .toArray(ScoreDoc[]::new);
            List<SearchResult.Hit> hits = hits(searcher, query, page, text.hasText());
            return new SearchResult(r.query(), total, r.offset(), r.limit(), hits, facets(searcher, fc),
                    text.expansions());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("query_too_complex", "q", "q expands to too many terms; be more specific");
        } catch (IOException e) {
            throw new org.ipradar.index.IndexException("search failed: " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    /** The members of a document's near-duplicate cluster other than itself, earliest first. */
    public List<SearchResult.Also> cluster(String id) {
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs td = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (td.scoreDocs.length == 0) {
                return List.of();
            }
            Document d = searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(Fields.CLUSTER));
            return also(searcher, d.get(Fields.CLUSTER), id);
        } catch (IOException e) {
            throw new org.ipradar.index.IndexException("search failed: " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    private static List<SearchResult.Also> also(IndexSearcher searcher, String cluster, String selfId)
            throws IOException {
        if (cluster == null) {
            return List.of();
        }
        TopDocs td = searcher.search(new TermQuery(new Term(Fields.CLUSTER, cluster)), MAX_ALSO + 1,
                new Sort(new SortField(Fields.SORT_DATE, SortField.Type.LONG, false)));
        List<SearchResult.Also> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : td.scoreDocs) {
            Document m = stored.document(sd.doc, Set.of(Fields.ID, Fields.SOURCE, Fields.URL, Fields.TITLE));
            if (!m.get(Fields.ID).equals(selfId) && out.size() < MAX_ALSO) {
                out.add(new SearchResult.Also(m.get(Fields.ID), m.get(Fields.SOURCE), m.get(Fields.URL),
                        m.get(Fields.TITLE)));
            }
        }
        return out;
    }

    /** The order of hits: newest first for a date sort or a blank query, else by score with newer ones first on ties. */
    public static Sort sort(SearchRequest.Sort sort, boolean blankQuery) {
        return sort == SearchRequest.Sort.DATE || blankQuery
                ? new Sort(new SortField(Fields.SORT_DATE, SortField.Type.LONG, true))
                : new Sort(SortField.FIELD_SCORE, new SortField(Fields.SORT_DATE, SortField.Type.LONG, true));
    }

    private static Query buildQuery(SearchRequest r, Query text) {
        Query base = text;
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli() - 1;
            base = new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery(Fields.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER)
                    .build();
        }
        DrillDownQuery dd = new DrillDownQuery(Fields.FACETS, base);
        r.countries().forEach(v -> dd.add(Fields.COUNTRY, v));
        r.kinds().forEach(v -> dd.add(Fields.KIND, v));
        r.langs().forEach(v -> dd.add(Fields.LANG, v));
        r.sources().forEach(v -> dd.add(Fields.SOURCE, v));
        r.ipTypes().forEach(v -> dd.add(Fields.IP_TYPE, v));
        r.industries().forEach(v -> dd.add(Fields.INDUSTRY, v));
        r.quarters().forEach(v -> dd.add(Fields.QUARTER, v));
        return dd;
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean highlight)
            throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
        Map<String, String[]> snippets = new java.util.HashMap<>();
        Map<String, String[]> titles = new java.util.HashMap<>();
        if (highlight && docIds.length > 0) {
            // Each document is highlighted in the fields of its own language only: smartcn over a long English
            // judgment costs much and finds nothing the English field does not.
            List<Integer> chinese = new ArrayList<>();
            List<Integer> other = new ArrayList<>();
            StoredFields languages = searcher.storedFields();
            for (int i = 0; i < docIds.length; i++) {
                boolean zh = "zh".equals(languages.document(docIds[i], Set.of(Fields.LANG)).get(Fields.LANG));
                (zh ? chinese : other).add(i);
            }
            UnifiedHighlighter highlighter = highlighter(searcher, analyzer);
            highlight(highlighter, query, docIds, chinese, ZH_SNIPPET_FIELDS, snippets);
            highlight(highlighter, query, docIds, other, OTHER_SNIPPET_FIELDS, snippets);
            UnifiedHighlighter titleHighlighter = titleHighlighter(searcher, analyzer);
            highlight(titleHighlighter, query, docIds, chinese, ZH_TITLE_FIELDS, titles);
            highlight(titleHighlighter, query, docIds, other, OTHER_TITLE_FIELDS, titles);
        }
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Document d = stored.document(docIds[i]);
            String lang = d.get(Fields.LANG);
            hits.add(new SearchResult.Hit(
                    d.get(Fields.ID),
                    d.get(Fields.TITLE),
                    highlightedTitle(titles, i, lang, d.get(Fields.TITLE)),
                    d.get(Fields.URL),
                    d.get(Fields.SOURCE),
                    lang,
                    d.get(Fields.KIND),
                    Arrays.asList(d.getValues(Fields.COUNTRY)),
                    Arrays.asList(d.getValues(Fields.IP_TYPE)),
                    Arrays.asList(d.getValues(Fields.INDUSTRY)),
                    published(d),
                    snippet(snippets, i, lang, d.get(Fields.TEXT)),
                    d.get(Fields.CLUSTER),
                    also(searcher, d.get(Fields.CLUSTER), d.get(Fields.ID))));
        }
        return hits;
    }

    private static Instant published(Document d) {
        IndexableField f = d.getField(Fields.PUBLISHED);
        return f == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
    }

    // Highlights the documents at the given places of the page in the fields; results go to snippets, by place.
    private static void highlight(UnifiedHighlighter highlighter, Query query, int[] docIds, List<Integer> places,
            String[] fields, Map<String, String[]> snippets) throws IOException {
        if (places.isEmpty()) {
            return;
        }
        int[] sub = places.stream().mapToInt(i -> docIds[i]).toArray();
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 2);
        Map<String, String[]> found = highlighter.highlightFields(fields, query, sub, passages);
        for (String field : fields) {
            String[] all = snippets.computeIfAbsent(field, f -> new String[docIds.length]);
            String[] values = found.get(field);
            for (int k = 0; k < places.size(); k++) {
                all[places.get(k)] = values == null ? null : values[k];
            }
        }
    }

    // The snippet from the field of the document's own language that shows a match, else a plain opening.
    private static String snippet(Map<String, String[]> snippets, int i, String lang, String text) {
        List<String> order = "zh".equals(lang)
                ? List.of(Fields.BODY_ZH, Fields.BODY_CJK, Fields.BODY_EN)
                : List.of(Fields.BODY_EN, Fields.BODY_ZH, Fields.BODY_CJK);
        String fallback = null;
        for (String f : order) {
            String[] values = snippets.get(f);
            String s = values == null ? null : values[i];
            if (s != null && s.contains("<mark>")) {
                return ADJACENT_MARKS.matcher(s).replaceAll("$1"); // <mark>商标</mark><mark>抢注</mark> as one
            }
            if (s != null && fallback == null) {
                fallback = s;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        String opening = text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return escape(opening);
    }

    // The title with its matches marked, from the title field of the document's own language that has a match; the
    // escaped title when none has.
    private static String highlightedTitle(Map<String, String[]> titles, int i, String lang, String title) {
        List<String> order = "zh".equals(lang)
                ? List.of(Fields.TITLE_ZH, Fields.TITLE_CJK)
                : List.of(Fields.TITLE_EN, Fields.TITLE_CJK);
        for (String f : order) {
            String[] values = titles.get(f);
            String s = values == null ? null : values[i];
            if (s != null && s.contains("<mark>")) {
                return ADJACENT_MARKS.matcher(s).replaceAll("$1");
            }
        }
        return escape(title == null ? "" : title);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The highlighter of hits: {@code <mark>} around matches, HTML escaped, passages of about 120 characters; the
     * language fields are not stored, so each of them highlights the one stored text.
     */
    public static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer) {
        UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(50_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 120, 0.3f))
                .withMaxNoHighlightPassages(1);
        return new UnifiedHighlighter(b) {
            // The language fields are not stored: every one of them highlights the one stored text.
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                StoredFields sf = searcher.storedFields();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    String text = sf.document(doc, java.util.Set.of(Fields.TEXT)).get(Fields.TEXT);
                    CharSequence[] values = new CharSequence[fields.length];
                    Arrays.fill(values, text == null ? "" : text);
                    out.add(values);
                }
                return out;
            }
        };
    }

    // Titles are highlighted whole: the stored title, one passage, matches marked and the rest escaped.
    private static UnifiedHighlighter titleHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(b) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                StoredFields sf = searcher.storedFields();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    String title = sf.document(doc, java.util.Set.of(Fields.TITLE)).get(Fields.TITLE);
                    CharSequence[] values = new CharSequence[fields.length];
                    Arrays.fill(values, title == null ? "" : title);
                    out.add(values);
                }
                return out;
            }
        };
    }

    private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = index.facetState(searcher);
        for (String dim : FACET_DIMS) {
            out.put(dim, new LinkedHashMap<>());
        }
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : FACET_DIMS) {
            FacetResult fr;
            try {
                fr = counts.getTopChildren(FACET_TOP, dim);
            } catch (IllegalArgumentException e) {
                continue; // no document has a value in this dimension yet
            }
            if (fr == null) {
                continue;
            }
            Map<String, Integer> values = out.get(dim);
            for (LabelAndValue lv : fr.labelValues) {
                values.put(lv.label, lv.value.intValue());
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
