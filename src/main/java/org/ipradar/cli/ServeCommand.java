package org.ipradar.cli;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.ingest.CrawlScheduler;
import org.ipradar.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the web service, crawling on start and then on each source's interval unless told not to. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web service / 启动服务")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: $IPRADAR_PORT or 7070)")
    Integer port;

    @Option(names = "--no-crawl", description = "serve what is stored; do not crawl")
    boolean noCrawl;

    @Override
    public Integer call() throws InterruptedException {
        Settings s = common.settings();
        if (port != null) {
            s = s.withPort(port);
        }
        if (noCrawl) {
            s = s.withCrawl(false);
        }
        List<Source> sources = CommonOptions.sources(s, true);
        System.out.println("ipradar: data in " + s.dataDir().toAbsolutePath() + ", " + sources.size()
                + " sources from " + s.feedsFile());
        Services services = Services.open(s, sources, n -> System.out.println("  indexed " + n + " documents…"));
        Javalin app;
        try {
            app = WebApp.create(services).start(s.port());
        } catch (io.javalin.util.JavalinBindException e) {
            services.close();
            throw new CliException("port " + s.port() + " is in use; stop what runs there or pass --port N");
        }
        CrawlScheduler scheduler = null;
        if (s.crawl() && !sources.isEmpty()) {
            scheduler = new CrawlScheduler(services.crawler(), services.sourceStates(), sources, Clock.systemUTC());
            scheduler.start(Duration.ofMinutes(1));
        }
        if (services.auth().users().count() == 0) {
            System.out.println("ipradar: no user accounts yet; create the first with: ipradar user add NAME --role admin");
        }
        System.out.println("ipradar: serving http://localhost:" + app.port() + "/ ("
                + services.index().count() + " documents; crawl " + (s.crawl() ? "on" : "off") + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        CrawlScheduler sched = scheduler;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (sched != null) {
                sched.close();
            }
            app.stop();
            services.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
