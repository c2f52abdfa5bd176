package org.ipradar.patent;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.ipradar.index.IndexException;
import org.ipradar.index.IndexWriters;

/**
 * The patent index under {@code lucene/patents}, derived from the {@link PatentStore} and rebuildable from it. Each
 * commit records in its user data the store change number it reaches ({@code lastSeq}), so {@link #catchUp} after a
 * crash or an interrupted import indexes exactly what the store has and the index lacks.
 */
public final class PatentIndex implements Closeable {
    /** The directory inside the data directory. */
    public static final String DIRECTORY = "lucene/patents";
    private static final String LAST_SEQ = IndexWriters.LAST_SEQ;

    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private PatentIndex(Path path, FSDirectory directory, IndexWriter writer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in the data directory, creating it with an empty first commit when it does not exist. */
    public static PatentIndex open(Path dataDir) {
        Path dir = dataDir.resolve("lucene").resolve("patents");
        IndexWriter w = IndexWriters.open(dir, PatentFields.analyzer(), 64, "the patent index");
        try {
            return new PatentIndex(dir, (FSDirectory) w.getDirectory(), w);
        } catch (IOException e) {
            try {
                w.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IndexException("cannot open the patent index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The store change number the last commit reaches. */
    public long lastSeq() {
        try {
            Map<String, String> data = DirectoryReader.listCommits(directory).getLast().getUserData();
            return Long.parseLong(data.getOrDefault(LAST_SEQ, "0"));
        } catch (IOException | NumberFormatException e) {
            throw new IndexException("cannot read the patent index commit in " + path + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the records, by id; searchable after {@link #refresh()}, durable after {@link #commit}. */
    public void index(Collection<PatentRecord> records) {
        try {
            for (PatentRecord r : records) {
                writer.updateDocuments(new Term(PatentFields.PID, r.id()), PatentFields.toDocuments(r));
            }
        } catch (IOException e) {
            throw new IndexException("cannot index patents in " + path + ": " + e.getMessage(), e);
        }
    }

    /** Makes what was indexed durable, recording the store change number it reaches. */
    public synchronized void commit(long lastSeq) {
        try {
            writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(lastSeq)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("cannot commit the patent index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Makes what was indexed visible to searches started from now on. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexException("cannot refresh the patent index " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Indexes every record the store changed after the last commit, then commits and refreshes; returns how many were
     * indexed. {@code progress} hears the running count every 1000 records.
     */
    public long catchUp(PatentStore store, LongConsumer progress) {
        long from = lastSeq();
        long target = store.maxSeq();
        if (target <= from) {
            return 0;
        }
        long[] count = {0};
        List<PatentRecord> batch = new ArrayList<>(1000);
        store.forEachChangeAfter(from, s -> {
            batch.add(s.record());
            if (batch.size() == 1000) {
                index(batch);
                batch.clear();
                count[0] += 1000;
                progress.accept(count[0]);
            }
        });
        index(batch);
        count[0] += batch.size();
        commit(target);
        refresh();
        return count[0];
    }

    /** Rebuilds the index from the store alone; returns how many records were indexed. */
    public long rebuild(PatentStore store, LongConsumer progress) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new IndexException("cannot clear the patent index " + path + ": " + e.getMessage(), e);
        }
        commit(0);
        long n = catchUp(store, progress);
        refresh();
        return n;
    }

    /** A searcher over the latest refreshed view; give it back with {@link #release}. */
    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new IndexException("cannot open a searcher on " + path + ": " + e.getMessage(), e);
        }
    }

    /** Gives back a searcher from {@link #acquire}. */
    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new IndexException("cannot release a searcher on " + path + ": " + e.getMessage(), e);
        }
    }

    /** How many patents are searchable now. */
    public int count() {
        IndexSearcher s = acquire();
        try {
            return s.count(new TermQuery(new Term(PatentFields.DOC, PatentFields.PATENT)));
        } catch (IOException e) {
            throw new IndexException("cannot count patents in " + path + ": " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback(); // drops uncommitted work; the store still has it and catchUp restores it
        directory.close();
    }
}
