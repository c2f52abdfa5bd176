package org.ipradar.patent;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts what a reader yielded into the store and the patent index in one go: records in chunks, each chunk one store
 * transaction followed by indexing and an index commit that records how far it reaches, so an interrupted import
 * leaves a consistent store and an index that catches up by itself.
 */
public final class PatentImporter {
    /** Records per store transaction and index commit. */
    static final int CHUNK = 500;

    /** Hears how far a long import is. */
    @FunctionalInterface
    public interface Progress {
        /** Called after each chunk with the records done so far and the batch's total. */
        void progress(int done, int total);

        /** A listener that ignores progress. */
        static Progress none() {
            return (done, total) -> {};
        }
    }

    private final PatentStore store;
    private final PatentIndex index;
    private final int chunk;

    /** An importer writing to this store and this index (of the same data directory). */
    public PatentImporter(PatentStore store, PatentIndex index) {
        this(store, index, CHUNK);
    }

    PatentImporter(PatentStore store, PatentIndex index, int chunk) {
        this.store = store;
        this.index = index;
        this.chunk = chunk;
    }

    /**
     * Stores and indexes the batch's records and passes its problems through as skipped; returns the counts. The
     * index first catches up with the store, so it never commits a change number beyond what it holds.
     */
    public synchronized ImportCounts apply(PatentBatch batch, Progress progress) {
        index.catchUp(store, n -> {});
        List<PatentRecord> records = batch.records();
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < records.size(); from += chunk) {
            List<PatentRecord> part = records.subList(from, Math.min(records.size(), from + chunk));
            List<PatentStore.Upserted> result = store.upsert(part);
            List<PatentRecord> changed = new ArrayList<>();
            for (PatentStore.Upserted u : result) {
                switch (u.outcome()) {
                    case NEW -> imported++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                if (u.outcome() != PatentStore.Outcome.UNCHANGED) {
                    changed.add(u.record());
                }
            }
            if (!changed.isEmpty()) {
                index.index(changed);
                index.commit(store.maxSeq());
            }
            progress.progress(from + part.size(), records.size());
        }
        index.refresh();
        return new ImportCounts(imported, updated, unchanged, batch.problems().size(), batch.problems());
    }
}
