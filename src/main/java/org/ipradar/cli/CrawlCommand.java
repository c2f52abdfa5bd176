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
            System.out.printf(Locale.ROOT, "total: %d sources, %d failed; %d new, %d updated, %d unchanged,"
                            + " %d duplicate, %d skipped, %d quarantined; %d documents stored; %.1fs%n",
                    sources.size(), report.failed(), report.added(), report.updated(), report.unchanged(),
                    report.duplicates(), report.skipped(), report.quarantined(), services.documents().count(),
                    report.took().toMillis() / 1000.0);
            return report.failed() > 0 ? 1 : 0;
        }
    }

    static String line(int n, int of, CrawlReport.SourceReport r) {
        String head = String.format(Locale.ROOT, "[%d/%d] %-28s ", n, of, r.sourceId());
        String body = switch (r.outcome()) {
            case "failed" -> "failed: " + r.error()
                    + (r.quarantined() > 0 ? " (payload kept; run `replay` after a fix)" : "");
            case "not_modified" -> "unchanged (304 not modified)";
            case "same_payload" -> "unchanged (same payload)";
            default -> String.format(Locale.ROOT, "%d items: %d new, %d updated, %d unchanged, %d duplicate,"
                    + " %d skipped, %d quarantined", r.items(), r.added(), r.updated(), r.unchanged(), r.duplicates(),
                    r.skipped(), r.quarantined());
        };
        StringBuilder b = new StringBuilder(head).append(body);
        int shown = 0;
        for (String w : r.warnings()) {
            if (shown++ == 5) {
                b.append("\n      … ").append(r.warnings().size() - 5).append(" more warnings (see /sources)");
                break;
            }
            b.append("\n      warning: ").append(w);
        }
        return b.toString();
    }
}
