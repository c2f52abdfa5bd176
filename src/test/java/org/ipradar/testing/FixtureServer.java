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

    private static final Map<Integer, byte[]> BOMBS = new ConcurrentHashMap<>();
    // the request the current handler thread is answering (HttpExchange attributes are shared by every exchange of
    // a context in the JDK server, so they cannot carry per-request state)
    private static final ThreadLocal<Entry> CURRENT = new ThreadLocal<>();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, Duration> waits = new ConcurrentHashMap<>();
    private final List<Entry> log = Collections.synchronizedList(new ArrayList<>());

    /**
     * One request as the server received it; header names are lower-case, repeated headers joined by ", ".
     *
     * @param startNanos {@link System#nanoTime()} when the handler started (request line and headers read)
     * @param endNanos {@link System#nanoTime()} just before the last bytes of the response were written (so no client
     *     can have seen the whole response before it), or {@link #IN_FLIGHT} while the request is being answered
     * @param status the status sent, or 0 when none was sent yet
     */
    public record Request(String method, String path, Map<String, String> headers, Instant at, long startNanos,
                          long endNanos, int status) {

        /** The endNanos of a request still being answered. */
        public static final long IN_FLIGHT = Long.MIN_VALUE;

        /** A request without timing, as logged before timing was recorded. */
        public Request(String method, String path, Map<String, String> headers, Instant at) {
            this(method, path, headers, at, 0L, IN_FLIGHT, 0);
        }

        /** Returns the value of the named header (any case), or null when the request did not carry it. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The Host header without the port, lower-case ("127.0.0.1", "localhost"), or "" when absent. */
        public String host() {
            String h = header("host");
            if (h == null) {
                return "";
            }
            int colon = h.lastIndexOf(':');
            String name = colon > 0 && h.indexOf(']') < colon ? h.substring(0, colon) : h;
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** A log entry under construction: the end time and status arrive after the request was logged. */
    private static final class Entry {
        final String method;
        final String path;
        final Map<String, String> headers;
        final Instant at;
        final long startNanos;
        volatile long endNanos = Request.IN_FLIGHT;
        volatile int status;

        Entry(String method, String path, Map<String, String> headers, Instant at, long startNanos) {
            this.method = method;
            this.path = path;
            this.headers = headers;
            this.at = at;
            this.startNanos = startNanos;
        }

        Request snapshot() {
            return new Request(method, path, headers, at, startNanos, endNanos, status);
        }
    }

    private enum Kind { STATIC, STATUS, SLOW, TRUNCATED, REDIRECT, TRICKLE, BOMB }

    /**
     * An immutable route definition; mutations replace the whole route in the map. For TRICKLE, delay is the pause
     * between chunks and cutAt the chunk size; for BOMB, body is the gzip-compressed payload.
     */
    private record Route(Kind kind, byte[] body, String contentType, String etag, Instant lastModified,
                         boolean gzip, Duration delay, int cutAt, int code, String location,
                         Map<String, String> headers) {

        Route withGzip() {
            return new Route(kind, body, contentType, etag, lastModified, true, delay, cutAt, code, location, headers);
        }

        Route withoutValidators() {
            return new Route(kind, body, contentType, null, null, gzip, delay, cutAt, code, location, headers);
        }

        Route withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Route(kind, body, contentType, etag, lastModified, gzip, delay, cutAt, code, location,
                    Collections.unmodifiableMap(h));
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
                false, Duration.ZERO, 0, code, null, Map.of()));
        return this;
    }

    /** Answers with a redirect status (e.g. 301, 302, 307) to the given Location, absolute or relative. */
    public FixtureServer redirect(String path, String location, int code) {
        byte[] body = ("moved to " + location + "\n").getBytes(StandardCharsets.UTF_8);
        routes.put(normalize(path), new Route(Kind.REDIRECT, body, "text/plain; charset=utf-8", null, null,
                false, Duration.ZERO, 0, code, location, Map.of()));
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

    /** Makes any route at the path (registered before or after) wait before answering at all. */
    public FixtureServer delayed(String path, Duration wait) {
        waits.put(normalize(path), Objects.requireNonNull(wait, "wait"));
        return this;
    }

    /** Returns http://HOST:PORT/path, so one server can pose as several hosts (127.0.0.1 and localhost). */
    public URI url(String host, String path) {
        return URI.create("http://" + host + ":" + port() + normalize(path));
    }

    /** Serves /robots.txt as text/plain (with validators, like any static route). */
    public FixtureServer robots(String body) {
        return serve("/robots.txt", body, "text/plain; charset=utf-8");
    }

    /** Adds a response header to an existing route, e.g. Retry-After on a 503 or Cache-Control. */
    public FixtureServer header(String path, String name, String value) {
        String key = normalize(path);
        Route r = routes.computeIfPresent(key, (k, old) -> old.withHeader(name, value));
        if (r == null) {
            throw new IllegalArgumentException("no route registered for " + key);
        }
        return this;
    }

    /** Answers the status (429 or 503, typically) with the given Retry-After header value. */
    public FixtureServer retryAfter(String path, int code, String retryAfter) {
        return status(path, code).header(path, "Retry-After", retryAfter);
    }

    /**
     * Sends the body in chunks of {@code chunkSize} bytes with a pause after each: every read is quick, but the whole
     * response takes about (length / chunkSize) pauses. Content-Length is declared up front.
     */
    public FixtureServer trickle(String path, byte[] body, int chunkSize, Duration pause, String contentType) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be positive: " + chunkSize);
        }
        routes.put(normalize(path), new Route(Kind.TRICKLE, body.clone(), contentType, null, null, false,
                Objects.requireNonNull(pause, "pause"), chunkSize, 200, null, Map.of()));
        return this;
    }

    /**
     * Serves a gzip bomb: {@code uncompressedBytes} zero bytes sent gzip-compressed (a thousandth of the size) with
     * Content-Encoding: gzip whatever the request accepts, and Content-Type text/html.
     */
    public FixtureServer gzipBomb(String path, int uncompressedBytes) {
        routes.put(normalize(path), new Route(Kind.BOMB, gzipOfZeros(uncompressedBytes), "text/html; charset=utf-8",
                null, null, false, Duration.ZERO, 0, 200, null, Map.of()));
        return this;
    }

    /** The gzip encoding of {@code n} zero bytes, built once per size and kept for the JVM's life. */
    public static byte[] gzipOfZeros(int n) {
        return BOMBS.computeIfAbsent(n, size -> {
            ByteArrayOutputStream bos = new ByteArrayOutputStream(Math.max(64, size / 500));
            byte[] zeros = new byte[64 * 1024];
            try (GZIPOutputStream gz = new GZIPOutputStream(bos, zeros.length)) {
                for (int left = size; left > 0; left -= zeros.length) {
                    gz.write(zeros, 0, Math.min(left, zeros.length));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot gzip " + size + " zero bytes", e);
            }
            return bos.toByteArray();
        }).clone();
    }

    /**
     * Registers a redirect chain prefix/1 → prefix/2 → … → prefix/hops → target, each hop answering {@code code}
     * with a relative Location (the last one points to {@code target}, absolute or relative); the chain starts at
     * prefix/1. A target equal to prefix/1 makes a loop.
     */
    public FixtureServer redirectChain(String prefix, int hops, String target, int code) {
        if (hops < 1) {
            throw new IllegalArgumentException("a chain needs at least one hop: " + hops);
        }
        String p = normalize(prefix);
        for (int i = 1; i <= hops; i++) {
            redirect(p + "/" + i, i < hops ? p + "/" + (i + 1) : target, code);
        }
        return this;
    }

    /**
     * Serves a small news site with validators: prefix/index.html is a list page linking (relatively) to
     * prefix/article-1.html … prefix/article-N.html, each an HTML article with a title, date and two paragraphs.
     */
    public FixtureServer site(String prefix, int articles) {
        String p = normalize(prefix);
        StringBuilder list = new StringBuilder(256 + articles * 96)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fixture news</title>")
                .append("</head>\n<body><h1>Fixture news</h1>\n<ul class=\"news\">\n");
        for (int i = 1; i <= articles; i++) {
            String name = "article-" + i + ".html";
            list.append("<li><a href=\"").append(name).append("\">Article ").append(i).append("</a>")
                    .append(" <time datetime=\"2026-11-").append(String.format(Locale.ROOT, "%02d", 1 + i % 28))
                    .append("\"></time></li>\n");
            String article = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Article " + i
                    + "</title></head>\n<body><article><h1>Article " + i + "</h1>\n<p>Patent case " + i
                    + " was decided.</p>\n<p>Trademark note " + i + ".</p></article></body></html>\n";
            serve(p + "/" + name, article, "text/html; charset=utf-8");
        }
        list.append("</ul></body></html>\n");
        return serve(p + "/index.html", list.toString(), "text/html; charset=utf-8");
    }

    /** The paths {@link #site(String, int)} registers: the list page first, then the articles in order. */
    public static List<String> sitePaths(String prefix, int articles) {
        String p = normalize(prefix);
        List<String> out = new ArrayList<>(articles + 1);
        out.add(p + "/index.html");
        for (int i = 1; i <= articles; i++) {
            out.add(p + "/article-" + i + ".html");
        }
        return out;
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
            for (Entry r : log) {
                if (r.path.equals(key)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Returns a snapshot of every request received since the last reset, in arrival order. */
    public List<Request> requests() {
        synchronized (log) {
            return log.stream().map(Entry::snapshot).toList();
        }
    }

    /** Returns a snapshot of the requests received for one path, in arrival order. */
    public List<Request> requests(String path) {
        String key = normalize(path);
        synchronized (log) {
            return log.stream().filter(r -> r.path.equals(key)).map(Entry::snapshot).toList();
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
                delay == null ? Duration.ZERO : delay, cutAt, 200, null, Map.of());
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
        long start = System.nanoTime();
        Entry entry = null;
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (path == null || path.isEmpty()) {
                path = "/";
            }
            entry = new Entry(ex.getRequestMethod(), path, flatten(ex.getRequestHeaders()), Instant.now(), start);
            log.add(entry);
            CURRENT.set(entry);
            ex.getRequestBody().readAllBytes();

            Duration wait = waits.get(path);
            if (wait != null) {
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Route route = routes.get(path);
            if (route == null) {
                sendPlain(ex, 404, "fixture server: no route for " + path + "\n");
                return;
            }
            route.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
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
                case TRICKLE -> sendTrickle(ex, route);
                case BOMB -> sendBomb(ex, route);
                default -> throw new IllegalStateException("unknown route kind " + route.kind());
            }
        } catch (IOException e) {
            // the client went away (timeouts, truncation tests); nothing useful to report
        } finally {
            CURRENT.remove();
            if (entry != null && entry.endNanos == Request.IN_FLIGHT) {
                // no response was finished (the client went away, or a handler failed)
                entry.status = Math.max(0, ex.getResponseCode());
                entry.endNanos = System.nanoTime();
            }
        }
    }

    private static void sendTrickle(HttpExchange ex, Route route) throws IOException {
        if (route.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", route.contentType());
        }
        ex.sendResponseHeaders(200, route.body().length);
        OutputStream out = ex.getResponseBody();
        byte[] body = route.body();
        for (int off = 0; off < body.length; off += route.cutAt()) {
            if (off + route.cutAt() >= body.length) {
                finishing(ex, 200);
            }
            out.write(body, off, Math.min(route.cutAt(), body.length - off));
            out.flush();
            try {
                Thread.sleep(route.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.close();
    }

    /**
     * Stamps the end of a request just before its last bytes are handed to the socket: no client can have read the
     * whole response earlier, so a client that waits D after a response starts its next request at least D after this.
     */
    private static void finishing(HttpExchange ex, int code) {
        Entry e = CURRENT.get();
        if (e != null) {
            e.status = code;
            e.endNanos = System.nanoTime();
        }
    }

    private static void sendBomb(HttpExchange ex, Route route) throws IOException {
        // sent compressed whatever the request's Accept-Encoding says, as a hostile server would
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        sendBody(ex, 200, route.body(), route.contentType());
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
            finishing(ex, route.code());
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
        if (head || body.length == 0) {
            finishing(ex, code);
            ex.sendResponseHeaders(code, -1);
            return;
        }
        ex.sendResponseHeaders(code, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            finishing(ex, code);
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
            finishing(ex, 304);
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
        finishing(ex, 200);
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
