package org.ipradar.index;

import java.util.List;
import java.util.function.LongConsumer;
import org.ipradar.store.Article;
import org.ipradar.store.Database;
import org.ipradar.store.DocumentStore;

/**
 * The one path by which documents are written: first to the store (acknowledged once committed), then to the index.
 * Searches see them within a second (a refresh at most once a second, as Elasticsearch does, and at once after
 * {@link #commit}). The index is committed at most every few seconds and when asked: it only has to record how far
 * it reaches, because on open it catches up with the store from there. One writer at a time keeps the index's change
 * numbers in order, so every change to documents goes through here: {@link #write} for crawled ones,
 * {@link #transaction} for the desk's, which also withdraws (a withdrawal is a change with its own number, which the
 * index applies as a delete).
 */
public final class DocumentWriter {
    /** The longest an indexed document waits for a durable index commit while writes go on. */
    static final long COMMIT_EVERY_NANOS = 5_000_000_000L;
    /** The longest an indexed document waits to be searchable while writes go on. */
    static final long REFRESH_EVERY_NANOS = 1_000_000_000L;

    private final DocumentStore store;
    private final DocIndex index;
    private long indexedSeq;
    private long committedSeq;
    private long lastCommit = System.nanoTime();
    private long lastRefresh = System.nanoTime() - REFRESH_EVERY_NANOS;

    public DocumentWriter(DocumentStore store, DocIndex index) {
        this.store = store;
        this.index = index;
        this.indexedSeq = index.lastSeq();
        this.committedSeq = indexedSeq;
    }

    /** The store this writer writes first. */
    public DocumentStore store() {
        return store;
    }

    /** Writes the documents and returns what happened to each; unchanged ones are not re-indexed. */
    public synchronized List<DocumentStore.Upserted> write(List<Article> articles) {
        List<DocumentStore.Upserted> result = store.upsert(articles);
        List<Article> changed = result.stream()
                .filter(u -> u.outcome() != DocumentStore.Outcome.UNCHANGED)
                .map(DocumentStore.Upserted::article)
                .toList();
        if (!changed.isEmpty()) {
            index.index(changed);
            indexedSeq = Math.max(indexedSeq, changed.stream().mapToLong(Article::seq).max().orElseThrow());
            long now = System.nanoTime();
            if (now - lastCommit >= COMMIT_EVERY_NANOS) {
                commit();
            } else if (now - lastRefresh >= REFRESH_EVERY_NANOS) {
                refresh();
            }
        }
        return result;
    }

    /**
     * Runs one store transaction in which the caller changes documents together with its own tables (through
     * {@link DocumentStore#upsert(java.sql.Connection, List)} and {@link DocumentStore#withdraw}), then applies
     * every change since the index's last one (withdrawn documents are deleted) and commits, so the change is
     * searchable, or gone from search, when this returns. The store commit is the acknowledgement: if the index
     * step fails, the next open catches up from the store.
     */
    public synchronized <T> T transaction(Database.Work<T> work) {
        T result = store.transaction(work);
        List<DocumentStore.Change> changes = new java.util.ArrayList<>();
        store.forEachChangeAfter(indexedSeq, changes::add);
        if (!changes.isEmpty()) {
            index.apply(changes);
            indexedSeq = Math.max(indexedSeq, changes.getLast().article().seq());
        }
        commit();
        return result;
    }

    /** Commits the index if anything was indexed since the last commit, and makes everything written searchable. */
    public synchronized void commit() {
        if (indexedSeq > committedSeq) {
            index.commit(indexedSeq);
            committedSeq = indexedSeq;
        }
        lastCommit = System.nanoTime();
        refresh();
    }

    private void refresh() {
        index.refresh();
        lastRefresh = System.nanoTime();
    }

    /** Rebuilds the index from the store alone; {@code progress} hears the running count. */
    public synchronized long reindex(LongConsumer progress) {
        index.deleteAll();
        index.commit(0);
        long n = index.catchUp(store, progress);
        indexedSeq = index.lastSeq();
        committedSeq = indexedSeq;
        return n;
    }
}
