package org.ipradar.index;

import java.util.List;
import org.ipradar.store.Article;
import org.ipradar.store.DocumentStore;

/**
 * The one path by which documents are written: first to the store (acknowledged once committed), then to the index,
 * committed with the change number it reaches and refreshed so searches see them at once. One writer at a time keeps
 * the index's change numbers in order.
 */
public final class DocumentWriter {
    private final DocumentStore store;
    private final DocIndex index;

    public DocumentWriter(DocumentStore store, DocIndex index) {
        this.store = store;
        this.index = index;
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
            index.commit(changed.stream().mapToLong(Article::seq).max().orElseThrow());
            index.refresh();
        }
        return result;
    }

    /** Rebuilds the index from the store alone; {@code progress} hears the running count. */
    public synchronized long reindex(java.util.function.LongConsumer progress) {
        index.deleteAll();
        index.commit(0);
        return index.catchUp(store, progress);
    }
}
