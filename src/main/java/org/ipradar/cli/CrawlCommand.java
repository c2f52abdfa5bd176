package org.ipradar.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.ingest.CrawlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crawl --once}: one pass over the sources, a line per source and a total; exit 1 if any failed. */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = "Crawl the sources once / 抓取一次")
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--once", required = true, description = "one pass over every source, then exit")
    boolean once;

    @Override
    public Integer call() {
        Settings s = common.settings();
        List<Source> sources = CommonOptions.sources(s, true);
        try (Services services = Services.open(s, sources, n -> System.out.println("  indexed " + n + "…"))) {
            System.out.printf(Locale.ROOT, "crawling %d sources into %s%n", sources.size(), s.dataDir());
            int[] i = {0};
            CrawlReport report = services.crawler().crawl(sources, r -> {
                i[0]++;
                System.out.println(line(i[0], sources.size(), r));
            });
            System.out.printf(Locale.ROOT, "total: %d sources, %d failed; %d new, %d updated, %d unchanged;"
                            + " %d documents stored; %.1fs%n",
                    sources.size(), report.failed(), report.added(), report.updated(), report.unchanged(),
                    services.documents().count(), report.took().toMillis() / 1000.0);
            return report.failed() > 0 ? 1 : 0;
        }
    }

    static String line(int n, int of, CrawlReport.SourceReport r) {
        String head = String.format(Locale.ROOT, "[%d/%d] %-28s ", n, of, r.sourceId());
        return switch (r.outcome()) {
            case "failed" -> head + "failed: " + r.error();
            case "not_modified" -> head + "unchanged (304 not modified)";
            case "same_payload" -> head + "unchanged (same payload)";
            default -> head + String.format(Locale.ROOT, "%d items: %d new, %d updated, %d unchanged",
                    r.items(), r.added(), r.updated(), r.unchanged());
        };
    }
}
