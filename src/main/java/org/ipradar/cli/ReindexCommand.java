package org.ipradar.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reindex}: rebuilds the Lucene index from the store alone. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the index from the store / 重建索引")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--patents", description = "rebuild only the patent index (default: both indexes)")
    boolean patentsOnly;

    @Override
    public Integer call() {
        Settings s = common.settings();
        long start = System.nanoTime();
        try (Services services = Services.open(s, CommonOptions.sources(s, false), n -> {})) {
            if (!patentsOnly) {
                long total = services.documents().count();
                System.out.printf(Locale.ROOT, "reindexing %d documents from %s%n", total, s.dataDir());
                long n = services.writer().reindex(done -> System.out.printf(Locale.ROOT, "  %d / %d (%d%%)%n", done,
                        total, total == 0 ? 100 : done * 100 / total));
                System.out.printf(Locale.ROOT, "reindexed %d documents in %.1fs%n", n,
                        (System.nanoTime() - start) / 1e9);
            }
            PatentsReindex.run(services.patents(), s.dataDir());
            return 0;
        }
    }
}
