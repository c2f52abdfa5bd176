package org.ipradar.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.ipradar.index.Analyzers;
import org.ipradar.index.Fields;
import org.ipradar.search.SearchService;

/**
 * The search baseline: the same Lucene work our search does for a request, written directly against an
 * {@link IndexSearcher} with no service around it. {@link #full} is the like-for-like baseline: the same query (parsed
 * by {@link SearchService#parse}), the same sort and page size, facet counts over the five dimensions and the same
 * highlighting of the page. {@link #core} is the bare minimum, for reference: top hits and their stored fields.
 */
final class RawSearcher implements Closeable {
    // As in SearchService; the bench has to repeat them because the service keeps them private.
    private static final String[] SNIPPET_FIELDS = {Fields.BODY_ZH, Fields.BODY_CJK, Fields.BODY_EN};
    private static final int FACET_TOP = 50;

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final Analyzer analyzer = Analyzers.perField();
    private final Function<String, Query> parser;

    /** Opens the index in {@code indexDir}; {@code parser} turns query text into a Lucene query. */
    RawSearcher(Path indexDir, Function<String, Query> parser) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, Fields.FACETS);
        this.parser = parser;
    }

    int segments() {
        return reader.leaves().size();
    }

    /** Runs the query with everything our search computes; returns the total hit count. */
    long full(BenchQuery bq) throws IOException {
        Query query = query(bq);
        FacetsCollectorManager.FacetsResult res =
                FacetsCollectorManager.search(searcher, query, bq.limit(), sort(bq), new FacetsCollectorManager());
        long total = res.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        ScoreDoc[] hits = res.topDocs().scoreDocs;
        int[] docIds = Arrays.stream(hits).mapToInt(sd -> sd.doc).toArray();
        long touched = 0;
        if (!bq.q().isEmpty() && docIds.length > 0) {
            int[] passages = new int[SNIPPET_FIELDS.length];
            Arrays.fill(passages, 2);
            for (String[] snippets : highlighter().highlightFields(SNIPPET_FIELDS, query, docIds, passages).values()) {
                touched += snippets.length;
            }
        }
        StoredFields stored = searcher.storedFields();
        for (int doc : docIds) {
            Document d = stored.document(doc);
            touched += d.getFields().size();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, res.facetsCollector());
        for (String dim : SearchService.FACET_DIMS) {
            FacetResult fr = counts.getTopChildren(FACET_TOP, dim);
            touched += fr == null ? 0 : fr.labelValues.length;
        }
        return touched < 0 ? -1 : total; // touched keeps the work from being optimised away
    }

    /** Runs the query for its top hits only and loads their stored fields; returns the hits on the page. */
    int core(BenchQuery bq) throws IOException {
        TopFieldDocs top = searcher.search(query(bq), bq.limit(), sort(bq));
        StoredFields stored = searcher.storedFields();
        int n = 0;
        for (ScoreDoc sd : top.scoreDocs) {
            n += stored.document(sd.doc).getFields().isEmpty() ? 0 : 1;
        }
        return n;
    }

    // As SearchService builds it: the text query (all documents when blank) drilled down by the filters.
    private Query query(BenchQuery bq) {
        Query text = bq.q().isEmpty() ? new MatchAllDocsQuery() : parser.apply(bq.q());
        DrillDownQuery dd = new DrillDownQuery(Fields.FACETS, text);
        bq.countries().forEach(v -> dd.add(Fields.COUNTRY, v));
        bq.kinds().forEach(v -> dd.add(Fields.KIND, v));
        bq.langs().forEach(v -> dd.add(Fields.LANG, v));
        return dd;
    }

    private static Sort sort(BenchQuery bq) {
        return SearchService.sort(bq.sort(), bq.q().isEmpty());
    }

    private UnifiedHighlighter highlighter() {
        return SearchService.highlighter(searcher, analyzer);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
