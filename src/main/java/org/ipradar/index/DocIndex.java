package org.ipradar.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.ipradar.store.Article;
import org.ipradar.store.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public documents index under {@code lucene/docs}, derived from the store. Each commit records in its user data
 * the store change number it reaches ({@code lastSeq}), so on open it catches up with whatever the store committed
 * after that, and a crash never loses an acknowledged document.
 */
public final class DocIndex implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(DocIndex.class);
    private static final String LAST_SEQ = IndexWriters.LAST_SEQ;

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object commitLock = new Object();
    private volatile FacetState facetState;
    // Picks up documents indexed since the last refresh, so none waits for the next write to become searchable.
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-refresher");
        t.setDaemon(true);
        return t;
    });

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private DocIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 1, 1, TimeUnit.SECONDS);
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.warn("background index refresh failed; the next write or commit retries error={}", e.toString());
        }
    }

    /** Opens the index in the data directory, creating it with an empty first commit when it does not exist. */
    public static DocIndex open(Path dataDir) {
        Path dir = dataDir.resolve("lucene").resolve("docs");
        IndexWriter w = IndexWriters.open(dir, Analyzers.perField(), 128, "the index");
        try {
            return new DocIndex((FSDirectory) w.getDirectory(), w);
        } catch (IOException e) {
            try {
                w.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IndexException("cannot open the index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The store change number the last commit reaches. */
    public long lastSeq() {
        try {
            Map<String, String> data = DirectoryReader.listCommits(directory).getLast().getUserData();
            return Long.parseLong(data.getOrDefault(LAST_SEQ, "0"));
        } catch (IOException | NumberFormatException e) {
            throw new IndexException("cannot read the index commit: " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the documents, by id; searchable after {@link #refresh()}, durable after {@link #commit}. */
    public void index(Collection<Article> articles) {
        try {
            for (Article a : articles) {
                writer.updateDocument(new Term(Fields.ID, a.id()), Fields.toDocument(a));
            }
        } catch (IOException e) {
            throw new IndexException("cannot index documents: " + e.getMessage(), e);
        }
    }

    /** Removes the documents with these ids, as when they are withdrawn; effective like {@link #index}. */
    public void delete(Collection<String> ids) {
        try {
            for (String id : ids) {
                writer.deleteDocuments(new Term(Fields.ID, id));
            }
        } catch (IOException e) {
            throw new IndexException("cannot delete documents: " + e.getMessage(), e);
        }
    }

    /** Replays store changes in order: documents are added or replaced, withdrawn ones deleted. */
    public void apply(Collection<DocumentStore.Change> changes) {
        java.util.List<Article> live = new java.util.ArrayList<>();
        for (DocumentStore.Change ch : changes) {
            if (ch.withdrawn()) {
                index(live);
                live.clear();
                delete(java.util.List.of(ch.article().id()));
            } else {
                live.add(ch.article());
            }
        }
        index(live);
    }

    /** Removes every document, for a rebuild from the store. */
    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new IndexException("cannot clear the index: " + e.getMessage(), e);
        }
    }

    /** Makes what was indexed durable, recording the store change number it reaches. */
    public void commit(long lastSeq) {
        synchronized (commitLock) {
            try {
                writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(lastSeq)).entrySet());
                writer.commit();
            } catch (IOException e) {
                throw new IndexException("cannot commit the index: " + e.getMessage(), e);
            }
        }
    }

    /** Makes what was indexed visible to searches started from now on. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexException("cannot refresh the index: " + e.getMessage(), e);
        }
    }

    /**
     * Indexes every document the store changed after the last commit (deleting withdrawn ones), then commits; returns
     * how many changes were applied.
     * {@code progress} hears the running count every 1000 documents.
     */
    public long catchUp(DocumentStore store, LongConsumer progress) {
        long from = lastSeq();
        long target = store.maxSeq();
        if (target <= from) {
            return 0;
        }
        long[] count = {0};
        java.util.List<DocumentStore.Change> batch = new java.util.ArrayList<>(1000);
        store.forEachChangeAfter(from, ch -> {
            batch.add(ch);
            if (batch.size() == 1000) {
                apply(batch);
                batch.clear();
                count[0] += 1000;
                progress.accept(count[0]);
            }
        });
        apply(batch);
        count[0] += batch.size();
        commit(target);
        refresh();
        return count[0];
    }

    /** A searcher over the latest refreshed view; give it back with {@link #release}. */
    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new IndexException("cannot open a searcher: " + e.getMessage(), e);
        }
    }

    /** Gives back a searcher from {@link #acquire}. */
    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new IndexException("cannot release a searcher: " + e.getMessage(), e);
        }
    }

    /** The facet ordinals of the searcher's reader, built once per reader. */
    public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) {
        FacetState current = facetState;
        IndexReader reader = searcher.getIndexReader();
        if (current == null || current.reader() != reader) {
            try {
                current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, Fields.FACETS));
            } catch (IllegalArgumentException e) {
                return null; // no document has facets yet: the index is empty
            } catch (IOException e) {
                throw new IndexException("cannot read facets: " + e.getMessage(), e);
            }
            facetState = current;
        }
        return current.state();
    }

    /** How many documents are searchable now. */
    public int count() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        searchers.close();
        writer.rollback(); // drops uncommitted work; the store still has it and catchUp restores it
        directory.close();
    }
}
