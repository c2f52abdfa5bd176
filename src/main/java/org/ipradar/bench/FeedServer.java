package org.ipradar.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** Serves the corpus's feed files over HTTP on 127.0.0.1 and a free port, so the crawler fetches them for real. */
final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final AtomicLong bytesServed = new AtomicLong();

    private FeedServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-feed-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving the files under {@code root}. */
    static FeedServer start(Path root) throws IOException {
        return new FeedServer(root);
    }

    /** The address of a file under the root, given by its path relative to the root. */
    URI url(String relative) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + relative);
    }

    long bytesServed() {
        return bytesServed.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
            if (!ex.getRequestMethod().equals("GET") || !file.startsWith(root) || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            long size = Files.size(file);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, size);
            try (OutputStream out = ex.getResponseBody()) {
                Files.copy(file, out);
            }
            bytesServed.addAndGet(size);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
