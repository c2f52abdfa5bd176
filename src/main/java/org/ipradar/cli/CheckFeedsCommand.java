package org.ipradar.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.ingest.SourceCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code check-feeds}: fetches each source once and prints what a crawl would find, storing nothing. */
@Command(name = "check-feeds", mixinStandardHelpOptions = true,
        description = "Test sources before adding them: fetch each once, store nothing / 试抓信息来源，不入库")
final class CheckFeedsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "only these sources (default: all)")
    List<String> ids;

    @Override
    public Integer call() throws InterruptedException {
        Settings s = common.settings();
        List<Source> all = CommonOptions.sources(s, true);
        List<Source> sources = all;
        if (ids != null && !ids.isEmpty()) {
            for (String id : ids) {
                if (all.stream().noneMatch(x -> x.id().equals(id))) {
                    throw new CliException("no source has the id \"" + id + "\" in " + s.feedsFile());
                }
            }
            sources = all.stream().filter(x -> ids.contains(x.id())).toList();
        }
        System.out.printf(Locale.ROOT, "checking %d sources from %s (nothing is stored)%n", sources.size(),
                s.feedsFile());
        int bad = 0;
        var web = Services.web(s);
        for (Source src : sources) {
            SourceCheck.Result r = SourceCheck.check(web, src);
            System.out.printf(Locale.ROOT, "%-28s %-10s %-5s %4d items%s%n", r.id(), r.status(),
                    r.httpStatus() == null ? "-" : r.httpStatus().toString(), r.items(),
                    r.error() == null ? "" : "  " + r.error());
            if (r.sample() != null) {
                System.out.println("    first: " + r.sample());
            }
            for (String w : r.warnings()) {
                System.out.println("    warning: " + w);
            }
            if (!r.status().equals("ok") || r.items() == 0) {
                bad++;
            }
        }
        System.out.printf(Locale.ROOT, "total: %d sources, %d ok, %d with problems%n", sources.size(),
                sources.size() - bad, bad);
        return bad == 0 ? 0 : 1;
    }
}
