package org.ipradar.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.ipradar.patent.Patents;

/** Rebuilds the patent index from the patent store, printing progress (part of {@code reindex}). */
final class PatentsReindex {
    private PatentsReindex() {}

    static void run(Patents patents, Path dataDir) {
        long start = System.nanoTime();
        long total = patents.store().count();
        System.out.printf(Locale.ROOT, "reindexing %d patents from %s%n", total, dataDir);
        long n = patents.index().rebuild(patents.store(), done -> System.out.printf(Locale.ROOT, "  %d / %d (%d%%)%n",
                done, total, total == 0 ? 100 : done * 100 / total));
        System.out.printf(Locale.ROOT, "reindexed %d patents in %.1fs%n", n, (System.nanoTime() - start) / 1e9);
    }
}
