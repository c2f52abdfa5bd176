package org.ipradar.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.ingest.Crawler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code replay}: reads quarantined payloads again with the current code and sources file. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Read quarantined payloads again after a fix / 重新解析被隔离的内容")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--source", paramLabel = "ID", description = "only this source's entries")
    String source;

    @Option(names = "--list", description = "list the open entries without replaying them")
    boolean list;

    @Override
    public Integer call() {
        Settings s = common.settings();
        List<Source> sources = CommonOptions.sources(s, true);
        if (source != null && sources.stream().noneMatch(x -> x.id().equals(source))) {
            throw new CliException("--source: no source has the id \"" + source + "\" in " + s.feedsFile());
        }
        try (Services services = Services.open(s, sources, n -> {})) {
            var open = services.quarantine().open(source);
            if (open.isEmpty()) {
                System.out.println("nothing in quarantine" + (source == null ? "" : " for " + source));
                return 0;
            }
            if (list) {
                for (var e : open) {
                    System.out.printf(Locale.ROOT, "#%d %s %s at %s: %s%n", e.id(), e.source(), e.url(), e.at(),
                            e.reason());
                }
                return 0;
            }
            System.out.printf(Locale.ROOT, "replaying %d quarantined payloads%n", open.size());
            List<Crawler.ReplayResult> results = services.crawler().replay(sources, source);
            int resolved = 0;
            for (Crawler.ReplayResult r : results) {
                String head = String.format(Locale.ROOT, "#%d %-24s ", r.entry().id(), r.entry().source());
                if (r.resolved()) {
                    resolved++;
                    System.out.println(head + "read: " + r.report().counts());
                } else {
                    System.out.println(head + "still unreadable: " + r.reason());
                }
            }
            System.out.printf(Locale.ROOT, "total: %d replayed, %d read, %d still in quarantine%n", results.size(),
                    resolved, results.size() - resolved);
            return resolved == results.size() ? 0 : 1;
        }
    }
}
