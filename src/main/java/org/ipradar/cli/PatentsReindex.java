package org.ipradar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.ipradar.patent.PatentIndex;
import org.ipradar.patent.PatentStore;
import org.ipradar.store.Database;

/** The patent half of {@code reindex}: rebuilds {@code lucene/patents} from the patents table, printing progress. */
final class PatentsReindex {
    private PatentsReindex() {}

    static void run(Database db, Path dataDir) {
        long start = System.nanoTime();
        PatentStore store = new PatentStore(db);
        long total = store.count();
        System.out.printf(Locale.ROOT, "reindexing %d patents from %s%n", total, dataDir);
        try (PatentIndex index = PatentIndex.open(dataDir)) {
            long n = index.rebuild(store, done -> System.out.printf(Locale.ROOT, "  %d / %d (%d%%)%n", done, total,
                    total == 0 ? 100 : done * 100 / total));
            System.out.printf(Locale.ROOT, "reindexed %d patents in %.1fs%n", n, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the patent index of " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
