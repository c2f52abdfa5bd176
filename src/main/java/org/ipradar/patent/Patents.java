package org.ipradar.patent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.ipradar.store.Database;

/**
 * The patent side of a data directory, wired once: the store (in the shared database), the index under
 * {@code lucene/patents} caught up with the store on open, the importer and the risk matcher. Closing it closes the
 * index, not the database, which belongs to the caller.
 */
public final class Patents implements AutoCloseable {
    private final PatentStore store;
    private final PatentIndex index;
    private final PatentImporter importer;
    private final RiskMatcher matcher;

    private Patents(PatentStore store, PatentIndex index) {
        this.store = store;
        this.index = index;
        this.importer = new PatentImporter(store, index);
        this.matcher = new RiskMatcher(index);
    }

    /** Opens the patent index of the data directory and indexes what the store has and it lacks. */
    public static Patents open(Database db, Path dataDir, LongConsumer catchUpProgress) {
        PatentStore store = new PatentStore(db);
        PatentIndex index = PatentIndex.open(dataDir);
        try {
            index.catchUp(store, catchUpProgress);
        } catch (RuntimeException e) {
            try {
                index.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new Patents(store, index);
    }

    /** The patents table. */
    public PatentStore store() {
        return store;
    }

    /** The patent index. */
    public PatentIndex index() {
        return index;
    }

    /** Stores and indexes what a reader yielded ({@code import-patents}). */
    public PatentImporter importer() {
        return importer;
    }

    /** Ranks patents against a product (risk-patent lists). */
    public RiskMatcher matcher() {
        return matcher;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
