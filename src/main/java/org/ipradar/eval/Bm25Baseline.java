package org.ipradar.eval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.ipradar.store.Article;

/**
 * A plain BM25 system to compare against: one in-memory Lucene index of the same documents, one field holding the
 * title, a blank line and the text, through one analyzer; BM25 with Lucene's defaults (k1 = 1.2, b = 0.75).
 *
 * <p>The query is a bag of words: the query text goes through the same analyzer, and every token it yields becomes a
 * SHOULD term clause of one BooleanQuery (a token that occurs twice gives two clauses; at most the first 1,024
 * tokens), so a document's score is the sum of the BM25 scores of the query tokens it contains. No syntax is
 * interpreted: quotes, minus signs and the like are ordinary characters to the analyzer. Ties keep index order.
 */
public final class Bm25Baseline implements Ranker, Closeable {
    /** StandardAnalyzer: Unicode word breaks, lower case, no stop words; Chinese falls apart into single characters. */
    public static final String STANDARD = "standard";
    /** Lucene's CJKAnalyzer: overlapping CJK bigrams, width folding, lower case, English stop words. */
    public static final String CJK_BIGRAM = "cjk-bigram";
    /** Lucene's SmartChineseAnalyzer: smartcn word segmentation, English words lower-cased and stemmed. */
    public static final String SMARTCN = "smartcn";
    /** Every baseline, in the order they are reported. */
    public static final List<String> NAMES = List.of(STANDARD, CJK_BIGRAM, SMARTCN);

    static final String ID = "id";
    static final String BODY = "body";

    private final String name;
    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private Bm25Baseline(String name, Analyzer analyzer, ByteBuffersDirectory directory) throws IOException {
        this.name = name;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
    }

    /** The analyzer of a baseline by name, or throws listing the names. */
    public static Analyzer analyzer(String name) {
        return switch (name) {
            case STANDARD -> new StandardAnalyzer();
            case CJK_BIGRAM -> new CJKAnalyzer();
            case SMARTCN -> new SmartChineseAnalyzer();
            default -> throw new IllegalArgumentException("baseline must be one of: " + String.join(", ", NAMES)
                    + " (got \"" + name + "\")");
        };
    }

    /** Indexes the documents with the named baseline's analyzer. */
    public static Bm25Baseline build(String name, Iterable<Article> documents) {
        Analyzer analyzer = analyzer(name);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Article a : documents) {
                Document d = new Document();
                d.add(new StringField(ID, a.id(), Field.Store.YES));
                d.add(new TextField(BODY, a.title() + "\n\n" + a.text(), Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            return new Bm25Baseline(name, analyzer, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the " + name + " baseline index: " + e.getMessage(), e);
        }
    }

    /** The baseline's name, as in {@link #NAMES}. */
    public String name() {
        return name;
    }

    /** The bag-of-words query for a text, as described on the class. */
    public Query query(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && clauses < IndexSearcher.getMaxClauseCount()) {
                b.add(new TermQuery(new Term(BODY, term.toString())), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a query: " + e.getMessage(), e);
        }
        return b.build();
    }

    @Override
    public List<String> rank(String text, int depth) {
        try {
            Query q = query(text);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, depth).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc, Set.of(ID)).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed in the " + name + " baseline: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
