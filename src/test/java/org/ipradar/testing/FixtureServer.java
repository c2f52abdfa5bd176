package org.ipradar.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A local HTTP server on 127.0.0.1 that answers named fixture endpoints, modelled on jsoup's TestServer.
 *
 * <p>Static routes answer conditional GETs (ETag / Last-Modified), can gzip on request, and every request
 * is logged so tests can assert what a crawler actually sent. Paths are matched without the query string.
 */
public final class FixtureServer implements AutoCloseable {

    /** HTTP-date (RFC 1123, two-digit day, GMT) as written in Last-Modified headers. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> log = Collections.synchronizedList(new ArrayList<>());

    /** One request as the server received it; header names are lower-case, repeated headers joined by ", ". */
    public record Request(String method, String path, Map<String, String> headers, Instant at) {

        /** Returns the value of the named header (any case), or null when the request did not carry it. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private enum Kind { STATIC, STATUS, SLOW, TRUNCATED, REDIRECT }

    /** An immutable route definition; mutations replace the whole route in the map. */
    private record Route(Kind kind, byte[] body, String contentType, String etag, Instant lastModified,
                         boolean gzip, Duration delay, int cutAt, int code, String location) {

        Route withGzip() {
            return new Route(kind, body, contentType, etag, lastModified, true, delay, cutAt, code, location);
        }

        Route withoutValidators() {
            return new Route(kind, body, contentType, null, null, gzip, delay, cutAt, code, location);
        }
    }

    /** Starts a server on 127.0.0.1 with an ephemeral port and a small fixed thread pool. */
    public FixtureServer() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "fixture-server-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot start fixture server", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Returns the port the server is bound to. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns the absolute URI http://127.0.0.1:PORT/path for a route path (a leading slash is optional). */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + normalize(path));
    }

    /** Serves a static payload with ETag and Last-Modified, answering conditional GETs with 304. */
    public FixtureServer serve(String path, byte[] body, String contentType) {
        routes.put(normalize(path), staticRoute(Kind.STATIC, body, contentType, Instant.now(), false, null, 0));
        return this;
    }

    /** Serves a string payload encoded as UTF-8, otherwise exactly like {@link #serve(String, byte[], String)}. */
    public FixtureServer serve(String path, String body, String contentType) {
        return serve(path, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** Serves the bytes of a classpath resource such as "fixtures/feeds/x.xml"; throws if it is missing. */
    public FixtureServer resource(String path, String classpathResource, String contentType) {
        return serve(path, readResource(classpathResource), contentType);
    }

    /** Serves the bytes of a file on disk. */
    public FixtureServer file(String path, Path file, String contentType) {
        try {
            return serve(path, Files.readAllBytes(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture file " + file, e);
        }
    }

    /** Enables gzip content-coding on an existing route for requests whose Accept-Encoding mentions gzip. */
    public FixtureServer gzip(String path) {
        String key = normalize(path);
        Route r = routes.computeIfPresent(key, (k, old) -> old.withGzip());
        if (r == null) {
            throw new IllegalArgumentException("no route registered for " + key);
        }
        return this;
    }

    /** Makes a route answer like a server without validators: no ETag or Last-Modified, never a 304. */
    public FixtureServer withoutValidators(String path) {
        String key = normalize(path);
        Route r = routes.computeIfPresent(key, (k, old) -> old.withoutValidators());
        if (r == null) {
            throw new IllegalArgumentException("no route registered for " + key);
        }
        return this;
    }

    /** Answers the given status code with a short text/plain body (no body for 204 and 304). */
    public FixtureServer status(String path, int code) {
        byte[] body = ("fixture status " + code + " for " + normalize(path) + "\n").getBytes(StandardCharsets.UTF_8);
        routes.put(normalize(path), new Route(Kind.STATUS, body, "text/plain; charset=utf-8", null, null,
                false, Duration.ZERO, 0, code, null));
        return this;
    }

    /** Answers with a redirect status (e.g. 301, 302, 307) to the given Location, absolute or relative. */
    public FixtureServer redirect(String path, String location, int code) {
        byte[] body = ("moved to " + location + "\n").getBytes(StandardCharsets.UTF_8);
        routes.put(normalize(path), new Route(Kind.REDIRECT, body, "text/plain; charset=utf-8", null, null,
                false, Duration.ZERO, 0, code, location));
        return this;
    }

    /** Serves a static payload after waiting the given delay before the response headers are sent. */
    public FixtureServer slow(String path, Duration delay, byte[] body, String contentType) {
        Objects.requireNonNull(delay, "delay");
        routes.put(normalize(path), staticRoute(Kind.SLOW, body, contentType, Instant.now(), false, delay, 0));
        return this;
    }

    /** Declares the full Content-Length but sends only the first cutAt bytes, then drops the connection. */
    public FixtureServer truncated(String path, byte[] body, int cutAt, String contentType) {
        if (cutAt < 0 || cutAt >= body.length) {
            throw new IllegalArgumentException("cutAt must be in [0, " + body.length + "): " + cutAt);
        }
        routes.put(normalize(path), staticRoute(Kind.TRUNCATED, body, contentType, Instant.now(), false, null, cutAt));
        return this;
    }

    /** Swaps the payload of a route (registering it if absent) with a new ETag and a strictly later Last-Modified. */
    public FixtureServer replace(String path, byte[] body, String contentType) {
        String key = normalize(path);
        routes.compute(key, (k, old) -> {
            Instant now = Instant.now();
            boolean gzip = false;
            if (old != null && old.lastModified() != null) {
                Instant floor = old.lastModified().plusSeconds(1);
                if (now.isBefore(floor)) {
                    now = floor;
                }
                gzip = old.gzip();
            }
            return staticRoute(Kind.STATIC, body, contentType, now, gzip, null, 0);
        });
        return this;
    }

    /** Returns the Last-Modified header value currently served for a static route. */
    public String lastModified(String path) {
        Route r = routes.get(normalize(path));
        if (r == null || r.lastModified() == null) {
            throw new IllegalArgumentException("no static route registered for " + normalize(path));
        }
        return HTTP_DATE.format(r.lastModified());
    }

    /** Returns the ETag header value (with quotes) currently served for a static route. */
    public String etag(String path) {
        Route r = routes.get(normalize(path));
        if (r == null || r.etag() == null) {
            throw new IllegalArgumentException("no static route registered for " + normalize(path));
        }
        return r.etag();
    }

    /** Returns how many requests were received for the path (query strings ignored) since the last reset. */
    public int hits(String path) {
        String key = normalize(path);
        synchronized (log) {
            int n = 0;
            for (Request r : log) {
                if (r.path().equals(key)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Returns a snapshot of every request received since the last reset, in arrival order. */
    public List<Request> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Returns a snapshot of the requests received for one path, in arrival order. */
    public List<Request> requests(String path) {
        String key = normalize(path);
        synchronized (log) {
            return log.stream().filter(r -> r.path().equals(key)).toList();
        }
    }

    /** Clears the request log (routes stay registered). */
    public void reset() {
        log.clear();
    }

    /** Stops the server immediately and its worker threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ internals

    private static Route staticRoute(Kind kind, byte[] body, String contentType, Instant registered,
                                     boolean gzip, Duration delay, int cutAt) {
        Objects.requireNonNull(body, "body");
        byte[] copy = body.clone();
        return new Route(kind, copy, contentType, "\"" + etagOf(copy) + "\"",
                registered.truncatedTo(ChronoUnit.SECONDS), gzip,
                delay == null ? Duration.ZERO : delay, cutAt, 200, null);
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static byte[] readResource(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = FixtureServer.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(n)) {
            if (in == null) {
                throw new IllegalArgumentException("classpath resource not found: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }

    private static String normalize(String path) {
        Objects.requireNonNull(path, "path");
        return path.startsWith("/") ? path : "/" + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (path == null || path.isEmpty()) {
                path = "/";
            }
            log.add(new Request(ex.getRequestMethod(), path, flatten(ex.getRequestHeaders()), Instant.now()));
            ex.getRequestBody().readAllBytes();

            Route route = routes.get(path);
            if (route == null) {
                sendPlain(ex, 404, "fixture server: no route for " + path + "\n");
                return;
            }
            switch (route.kind()) {
                case STATUS -> sendStatus(ex, route);
                case REDIRECT -> {
                    ex.getResponseHeaders().set("Location", route.location());
                    sendBody(ex, route.code(), route.body(), route.contentType());
                }
                case SLOW -> {
                    try {
                        Thread.sleep(route.delay().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    sendStatic(ex, route);
                }
                case TRUNCATED -> sendTruncated(ex, route);
                case STATIC -> sendStatic(ex, route);
                default -> throw new IllegalStateException("unknown route kind " + route.kind());
            }
        } catch (IOException e) {
            // the client went away (timeouts, truncation tests); nothing useful to report
        }
    }

    private static Map<String, String> flatten(Headers headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            out.put(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static void sendStatus(HttpExchange ex, Route route) throws IOException {
        if (route.code() == 204 || route.code() == 304 || route.code() < 200) {
            ex.sendResponseHeaders(route.code(), -1);
            return;
        }
        sendBody(ex, route.code(), route.body(), route.contentType());
    }

    private static void sendPlain(HttpExchange ex, int code, String text) throws IOException {
        sendBody(ex, code, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    private static void sendBody(HttpExchange ex, int code, byte[] body, String contentType) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean head = "HEAD".equalsIgnoreCase(ex.getRequestMethod());
        if (head) {
            ex.sendResponseHeaders(code, -1);
            return;
        }
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void addValidators(HttpExchange ex, Route route) {
        Headers h = ex.getResponseHeaders();
        if (route.etag() == null) {
            return; // a route without validators
        }
        h.set("ETag", route.etag());
        h.set("Last-Modified", HTTP_DATE.format(route.lastModified()));
    }

    private static void sendStatic(HttpExchange ex, Route route) throws IOException {
        addValidators(ex, route);
        if (route.gzip()) {
            ex.getResponseHeaders().set("Vary", "Accept-Encoding");
        }
        if (notModified(ex.getRequestHeaders(), route)) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        byte[] body = route.body();
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (route.gzip() && accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip")) {
            body = gzipBytes(body);
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        sendBody(ex, 200, body, route.contentType());
    }

    private static void sendTruncated(HttpExchange ex, Route route) throws IOException {
        addValidators(ex, route);
        if (route.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", route.contentType());
        }
        ex.getResponseHeaders().set("Connection", "close");
        ex.sendResponseHeaders(200, route.body().length);
        OutputStream out = ex.getResponseBody();
        out.write(route.body(), 0, route.cutAt());
        out.flush();
        // do not close the stream here: HttpExchange.close() (in handle) finds the fixed-length stream short
        // of its declared length and then closes the connection, which is exactly the truncation we want
    }

    private static boolean notModified(Headers request, Route route) {
        if (route.etag() == null) {
            return false;
        }
        List<String> inm = request.get("If-None-Match");
        if (inm != null && !inm.isEmpty()) {
            for (String header : inm) {
                for (String tag : header.split(",")) {
                    String t = tag.trim();
                    if (t.startsWith("W/")) {
                        t = t.substring(2);
                    }
                    if (t.equals("*") || t.equals(route.etag())) {
                        return true;
                    }
                }
            }
            return false;
        }
        String ims = request.getFirst("If-Modified-Since");
        if (ims == null) {
            return false;
        }
        String ours = HTTP_DATE.format(route.lastModified());
        if (ims.trim().equals(ours)) {
            return true;
        }
        try {
            Instant since = ZonedDateTime.parse(ims.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !route.lastModified().isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static byte[] gzipBytes(byte[] body) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(Math.max(32, body.length / 2));
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(body);
        }
        return bos.toByteArray();
    }
}
