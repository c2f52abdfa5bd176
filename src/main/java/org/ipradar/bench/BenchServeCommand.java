package org.ipradar.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ipradar.Services;
import org.ipradar.config.FeedsFile;
import org.ipradar.config.Settings;
import org.ipradar.config.Source;
import org.ipradar.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench serve}: the web service as {@code serve --no-crawl} runs it (the same {@link Services} and
 * {@link WebApp}), but bound to 127.0.0.1 on a free port that it writes to a file, and stopping when its standard
 * input ends, so the benchmark that started it can never leave it behind.
 */
@Command(name = "serve", hidden = true, mixinStandardHelpOptions = true,
        description = "(used by bench) serve a data directory on 127.0.0.1 until standard input ends")
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "data directory")
    Path data;

    @Option(names = "--feeds", required = true, paramLabel = "FILE", description = "sources file")
    Path feeds;

    @Option(names = "--port-file", required = true, paramLabel = "FILE", description = "where to write the port")
    Path portFile;

    @Option(names = "--max-minutes", defaultValue = "60", paramLabel = "N", description = "stop after N minutes")
    long maxMinutes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Settings s = new Settings(0, data, feeds, false, Settings.DEFAULT_USER_AGENT, "127.0.0.1/32");
        List<Source> sources = FeedsFile.load(feeds);
        try (Services services = Services.open(s, sources, n -> {})) {
            Javalin app = WebApp.create(services).start("127.0.0.1", 0);
            try {
                Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
                Files.writeString(tmp, Integer.toString(app.port()), StandardCharsets.UTF_8);
                Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("bench server: http://127.0.0.1:" + app.port() + "/ ("
                        + services.index().count() + " documents, max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
                CountDownLatch stdinClosed = new CountDownLatch(1);
                Thread watcher = new Thread(() -> {
                    try (InputStream in = System.in) {
                        while (in.read() != -1) {
                            // nothing is sent; only the end matters
                        }
                    } catch (IOException e) {
                        // a broken pipe ends the input just as well
                    }
                    stdinClosed.countDown();
                }, "stdin-watcher");
                watcher.setDaemon(true);
                watcher.start();
                if (!stdinClosed.await(maxMinutes, TimeUnit.MINUTES)) {
                    System.out.println("bench server: stopping after the limit of " + maxMinutes + " minutes");
                }
            } finally {
                app.stop();
            }
        }
        System.out.println("bench server: stopped");
        return 0;
    }
}
