package org.ipradar.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The search service in a JVM of its own, started as {@code bench serve} over a data directory with its own heap cap,
 * so the cap applies to the service alone. It stops when we close its standard input, when this JVM exits, or after
 * its own time limit.
 */
final class SearchServer implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final URI base;
    private final Thread hook;

    private SearchServer(Process process, Path log, URI base, Thread hook) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.hook = hook;
    }

    /** Starts the service over {@code dataDir} with a heap of {@code heap} (as -Xmx takes it) and waits for it. */
    static SearchServer start(Path dataDir, Path feedsFile, String heap, Path workDir, Duration maxLife,
            Duration startTimeout) throws IOException, InterruptedException {
        Path portFile = workDir.resolve("server.port");
        Path log = workDir.resolve("server.log");
        Files.deleteIfExists(portFile);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.ipradar.Main");
        cmd.add("bench");
        cmd.add("serve");
        cmd.add("--data");
        cmd.add(dataDir.toAbsolutePath().toString());
        cmd.add("--feeds");
        cmd.add(feedsFile.toAbsolutePath().toString());
        cmd.add("--port-file");
        cmd.add(portFile.toAbsolutePath().toString());
        cmd.add("--max-minutes");
        cmd.add(Long.toString(Math.max(1, maxLife.toMinutes())));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("IPRADAR_CRAWL", "off");
        Process p = pb.start();
        Thread hook = new Thread(p::destroyForcibly, "bench-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (!Files.exists(portFile)) {
            if (!p.isAlive()) {
                Runtime.getRuntime().removeShutdownHook(hook);
                throw new IllegalStateException("the search server exited with status " + p.exitValue()
                        + " before listening; its log " + log + " ends:\n" + tail(log));
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                Runtime.getRuntime().removeShutdownHook(hook);
                throw new IllegalStateException("the search server did not listen within " + startTimeout.toSeconds()
                        + " s; its log " + log + " ends:\n" + tail(log));
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8).strip());
        return new SearchServer(p, log, URI.create("http://127.0.0.1:" + port), hook);
    }

    /** The service's address, as http://127.0.0.1:port. */
    URI base() {
        return base;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the service's log. */
    String logTail() {
        return tail(log);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close(); // the service stops when its input ends
        } catch (IOException e) {
            process.destroy(); // the pipe is already gone: ask it to stop the ordinary way
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and will run the hook; nothing to undo
        }
    }
}
