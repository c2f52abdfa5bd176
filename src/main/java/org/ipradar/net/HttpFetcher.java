package org.ipradar.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.ipradar.config.ConfigException;
import org.ipradar.net.FetchException.Reason;

/**
 * The crawler's HTTP client: GET over http or https only, with our user agent, conditional GET, robots.txt,
 * politeness per host, redirects followed by hand (at most five, each hop checked), no connection to a forbidden
 * address at any layer, a time limit across all hops and a size cap counted after decompression.
 *
 * <p>Thread-safe; share one instance (and so one {@link HostGate} and one robots.txt cache) across the crawler.
 */
public final class HttpFetcher {
    /** The most redirects followed for one fetch. */
    public static final int MAX_REDIRECTS = 5;
    /** The longest Retry-After honoured; longer ones are clipped to it. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofDays(7);

    private static final Pattern CONTACT = Pattern.compile("https?://\\S+|[^\\s@()<>]+@[^\\s@()<>]+\\.[A-Za-z]{2,}");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ROBOTS_TIMEOUT = Duration.ofSeconds(20);
    private static final int READ_CHUNK = 64 * 1024;

    private final OkHttpClient client;
    private final String userAgent;
    private final AddressPolicy policy;
    private final HostGate gate;
    private final Robots robots;
    private final Clock clock;
    private final Duration maxDeferral;

    private HttpFetcher(Builder b) {
        this.userAgent = b.userAgent;
        this.policy = b.policy;
        this.gate = b.gate;
        this.clock = b.clock;
        this.maxDeferral = b.maxDeferral;
        this.client = new OkHttpClient.Builder()
                .proxy(Proxy.NO_PROXY)
                .dns(new GuardedDns(b.dns, policy))
                .socketFactory(new GuardedSocketFactory(policy))
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        this.robots = b.robots
                ? new Robots(this::loadRobots, userAgent, b.ticker, b.robotsTtl, b.robotsErrorTtl)
                : null;
    }

    /** Starts a fetcher configuration; the user agent must name a contact (a URL or an e-mail address). */
    public static Builder builder(String userAgent) {
        return new Builder(userAgent);
    }

    /** How a fetcher is made; every setting has a safe default. */
    public static final class Builder {
        private final String userAgent;
        private AddressPolicy policy = AddressPolicy.blockPrivate();
        private HostGate gate;
        private HostGate.Ticker ticker = HostGate.Ticker.SYSTEM;
        private boolean robots = true;
        private Duration robotsTtl = Robots.DEFAULT_TTL;
        private Duration robotsErrorTtl = Robots.DEFAULT_ERROR_TTL;
        private Clock clock = Clock.systemUTC();
        private Duration maxDeferral = Duration.ofMinutes(5);
        private Dns dns = Dns.SYSTEM;

        private Builder(String userAgent) {
            Objects.requireNonNull(userAgent, "userAgent");
            if (!CONTACT.matcher(userAgent).find()) {
                throw new ConfigException("user agent \"" + userAgent + "\" names no contact: add a URL or an e-mail"
                        + " address, as in \"ipradar/1.0 (+https://example.org/bot)\" (IPRADAR_USER_AGENT)");
            }
            this.userAgent = userAgent;
        }

        /** Which addresses may be reached (default: the empty allow list). */
        public Builder policy(AddressPolicy p) {
            this.policy = Objects.requireNonNull(p, "policy");
            return this;
        }

        /** The politeness gate, to share one across fetchers (default: a new one on the system clock). */
        public Builder gate(HostGate g) {
            this.gate = Objects.requireNonNull(g, "gate");
            return this;
        }

        /** The clock robots.txt expiry is measured on (default: the system one). */
        public Builder ticker(HostGate.Ticker t) {
            this.ticker = Objects.requireNonNull(t, "ticker");
            return this;
        }

        /** Whether robots.txt is fetched and obeyed (default: yes). */
        public Builder robots(boolean obey) {
            this.robots = obey;
            return this;
        }

        /** How long robots.txt is cached, and how long an unreachable one disallows the site. */
        public Builder robotsTtl(Duration ttl, Duration errorTtl) {
            this.robotsTtl = Objects.requireNonNull(ttl, "ttl");
            this.robotsErrorTtl = Objects.requireNonNull(errorTtl, "errorTtl");
            return this;
        }

        /** The wall clock Retry-After dates are compared with (default: the system one). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** The longest a fetch waits for a host that sent Retry-After before failing with DEFERRED (default 5 min). */
        public Builder maxDeferral(Duration d) {
            this.maxDeferral = Objects.requireNonNull(d, "maxDeferral");
            return this;
        }

        /** The resolver under the address filter (tests map names to addresses with it). */
        Builder dns(Dns d) {
            this.dns = Objects.requireNonNull(d, "dns");
            return this;
        }

        /** Makes the fetcher. */
        public HttpFetcher build() {
            if (gate == null) {
                gate = new HostGate(ticker);
            }
            return new HttpFetcher(this);
        }
    }

    /** The user agent sent on every request. */
    public String userAgent() {
        return userAgent;
    }

    /** The robots.txt cache, or null when robots.txt is not consulted. */
    public Robots robots() {
        return robots;
    }

    /** The politeness gate in use. */
    public HostGate gate() {
        return gate;
    }

    /**
     * Fetches the address; a 304 answer to the validators returns an empty body.
     *
     * @throws FetchException for any status other than 2xx and 304 (with Retry-After on 429 and 503), a blocked
     *     address, a bad scheme, too many redirects or a loop, robots.txt, a timeout, a payload over the cap, a
     *     truncated payload, DNS and network failures
     * @throws InterruptedException when interrupted while waiting for the host's turn or during the exchange
     */
    public FetchResponse fetch(FetchRequest request) throws FetchException, InterruptedException {
        Raw r = exchange(request, false);
        if (r.status() == 304 || (r.status() >= 200 && r.status() < 300)) {
            return new FetchResponse(r.status(), r.body(), r.contentType(), r.etag(), r.lastModified(),
                    r.url(), r.redirects());
        }
        String msg = "HTTP " + r.status() + (r.message().isBlank() ? "" : " " + r.message());
        if (r.retryAfter() != null) {
            msg += "; Retry-After " + r.retryAfter().toSeconds() + "s";
        }
        throw new FetchException(Reason.HTTP_STATUS, r.url(), r.status(), r.retryAfter(), msg, null);
    }

    /** A final (non-redirect) response of any status, with the body read for 2xx only. */
    private record Raw(int status, String message, byte[] body, String contentType, String etag,
            String lastModified, URI url, List<URI> redirects, Duration retryAfter) {}

    private Raw exchange(FetchRequest req, boolean partialAtCap) throws FetchException, InterruptedException {
        HttpUrl url = httpUrl(req.url(), req.url());
        long budget = req.timeout().toNanos();
        List<URI> redirects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(url.toString());
        while (true) {
            URI uri = url.uri();
            checkLiteral(url, uri);
            Duration delay = req.delay();
            if (robots != null && req.purpose() != Purpose.ROBOTS) {
                Robots.Rules rules = robots.rules(uri, delay);
                if (!rules.allowed(uri)) {
                    throw new FetchException(Reason.ROBOTS_DISALLOWED, uri, null, null,
                            "robots.txt of " + rules.origin() + " disallows this address to "
                                    + Robots.productToken(userAgent) + " (" + rules.basis() + ")", null);
                }
                Optional<Duration> crawlDelay = rules.crawlDelay();
                if (crawlDelay.isPresent() && crawlDelay.get().compareTo(delay) > 0) {
                    delay = crawlDelay.get();
                }
            }
            String hostKey = HostGate.key(url.scheme(), url.host(), url.port());
            Duration deferred = gate.deferredFor(hostKey);
            if (deferred.compareTo(maxDeferral) > 0) {
                throw new FetchException(Reason.DEFERRED, uri, null, deferred, "the host asked us to wait "
                        + deferred.toSeconds() + "s more (Retry-After) before the next request", null);
            }
            if (budget <= 0) {
                throw timeout(uri, req.timeout(), null);
            }
            try (HostGate.Permit permit = gate.acquire(hostKey, delay)) {
                long start = System.nanoTime();
                long deadline = start + budget;
                Request.Builder rb = new Request.Builder()
                        .url(url)
                        .header("User-Agent", userAgent)
                        .header("Accept", req.purpose().accept());
                if (req.etag() != null) {
                    rb.header("If-None-Match", req.etag());
                }
                if (req.lastModified() != null) {
                    rb.header("If-Modified-Since", req.lastModified());
                }
                OkHttpClient c = client.newBuilder()
                        .callTimeout(Math.max(1, budget), TimeUnit.NANOSECONDS)
                        .readTimeout(Math.max(1, budget), TimeUnit.NANOSECONDS)
                        .build();
                boolean readingBody = false;
                try (Response resp = c.newCall(rb.build()).execute()) {
                    int code = resp.code();
                    if (isRedirect(code)) {
                        HttpUrl next = redirectTarget(resp, url, uri);
                        redirects.add(uri);
                        if (!seen.add(next.toString())) {
                            throw new FetchException(Reason.REDIRECT_LOOP, uri, code, null,
                                    "redirect loop: HTTP " + code + " back to " + next, null);
                        }
                        if (redirects.size() > MAX_REDIRECTS) {
                            throw new FetchException(Reason.TOO_MANY_REDIRECTS, uri, code, null,
                                    "more than " + MAX_REDIRECTS + " redirects (next would be " + next + ")", null);
                        }
                        budget -= System.nanoTime() - start;
                        url = next;
                        continue;
                    }
                    Duration retryAfter = null;
                    if (code == 429 || code == 503) {
                        retryAfter = parseRetryAfter(resp.header("Retry-After"), clock.instant());
                        if (retryAfter != null) {
                            permit.deferFor(retryAfter);
                        }
                    }
                    byte[] body = new byte[0];
                    if (code >= 200 && code < 300) {
                        readingBody = true;
                        body = readCapped(resp.body(), req.maxBytes(), partialAtCap, deadline, uri, code,
                                req.timeout());
                    }
                    String etag = resp.header("ETag");
                    String lastModified = resp.header("Last-Modified");
                    if (code == 304) {
                        etag = etag == null ? req.etag() : etag;
                        lastModified = lastModified == null ? req.lastModified() : lastModified;
                    }
                    return new Raw(code, resp.message(), body, resp.header("Content-Type"), etag, lastModified,
                            uri, List.copyOf(redirects), retryAfter);
                } catch (IOException e) {
                    throw classify(e, uri, req.timeout(), readingBody);
                }
            }
        }
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    private static HttpUrl redirectTarget(Response resp, HttpUrl base, URI uri) throws FetchException {
        String location = resp.header("Location");
        if (location == null || location.isBlank()) {
            throw new FetchException(Reason.HTTP_STATUS, uri, resp.code(), null,
                    "HTTP " + resp.code() + " redirect without a Location header", null);
        }
        Matcher m = SCHEME.matcher(location.trim());
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException(Reason.BAD_SCHEME, uri, resp.code(), null, "redirect to scheme " + scheme
                        + " (" + location.trim() + "); only http and https are fetched", null);
            }
        }
        HttpUrl next = base.resolve(location.trim());
        if (next == null) {
            throw new FetchException(Reason.HTTP_STATUS, uri, resp.code(), null,
                    "HTTP " + resp.code() + " redirect to an unusable Location: " + location.trim(), null);
        }
        return next;
    }

    private static HttpUrl httpUrl(URI target, URI reported) throws FetchException {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Reason.BAD_SCHEME, reported, null, null,
                    "scheme " + (scheme.isEmpty() ? "(none)" : scheme) + " is not fetched; only http and https", null);
        }
        HttpUrl url = HttpUrl.parse(target.toString());
        if (url == null) {
            throw new FetchException(Reason.BAD_SCHEME, reported, null, null, "not a usable http(s) address", null);
        }
        return url;
    }

    // The HTTP client connects to IP literals without asking the resolver: check them here, before the turn is taken.
    private void checkLiteral(HttpUrl url, URI uri) throws FetchException {
        String host = url.host();
        if (!IP_LITERAL.matcher(host).matches()) {
            return;
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(Reason.DNS, uri, null, null, "unknown host " + host, e);
        }
        try {
            policy.check(host, a);
        } catch (BlockedAddressException e) {
            throw new FetchException(Reason.BLOCKED, uri, null, null, e.getMessage(), e);
        }
    }

    private static byte[] readCapped(ResponseBody body, long maxBytes, boolean partialAtCap, long deadline, URI uri,
            int code, Duration timeout) throws IOException, FetchException {
        if (!partialAtCap && body.contentLength() > maxBytes) {
            throw tooLarge(uri, code, maxBytes, "Content-Length " + body.contentLength());
        }
        BufferedSource src = body.source();
        Buffer buf = new Buffer();
        while (src.read(buf, READ_CHUNK) != -1) {
            if (buf.size() > maxBytes) {
                if (partialAtCap) {
                    return buf.readByteArray(maxBytes);
                }
                throw tooLarge(uri, code, maxBytes, "more than that after decompression");
            }
            if (System.nanoTime() - deadline > 0) {
                throw timeout(uri, timeout, null);
            }
        }
        return buf.readByteArray();
    }

    private static FetchException tooLarge(URI uri, int code, long maxBytes, String detail) {
        return new FetchException(Reason.TOO_LARGE, uri, code, null,
                "payload larger than the cap of " + maxBytes + " bytes (" + detail + ")", null);
    }

    private static FetchException timeout(URI uri, Duration timeout, Throwable cause) {
        return new FetchException(Reason.TIMEOUT, uri, null, null,
                "timed out: the whole request took more than " + human(timeout), cause);
    }

    private static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private FetchException classify(IOException e, URI uri, Duration timeout, boolean readingBody)
            throws InterruptedException {
        BlockedAddressException blocked = find(e, BlockedAddressException.class);
        if (blocked != null) {
            return new FetchException(Reason.BLOCKED, uri, null, null, blocked.getMessage(), e);
        }
        if (e instanceof InterruptedIOException) {
            if (Thread.interrupted()) {
                InterruptedException ie = new InterruptedException("interrupted while fetching " + uri);
                ie.initCause(e);
                throw ie;
            }
            return timeout(uri, timeout, e);
        }
        if (find(e, UnknownHostException.class) != null) {
            return new FetchException(Reason.DNS, uri, null, null, "unknown host " + uri.getHost(), e);
        }
        String m = String.valueOf(e.getMessage());
        if (readingBody && (e instanceof EOFException || m.contains("unexpected end of stream"))) {
            return new FetchException(Reason.TRUNCATED, uri, null, null,
                    "truncated: the connection closed before the whole payload arrived", e);
        }
        if (find(e, ConnectException.class) != null) {
            return new FetchException(Reason.NETWORK, uri, null, null,
                    "connection refused by " + uri.getHost() + ":" + portOf(uri), e);
        }
        return new FetchException(Reason.NETWORK, uri, null, null, "network error: " + m, e);
    }

    private static int portOf(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The first throwable of the type in the cause chain or among suppressed exceptions, or null. */
    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        Set<Throwable> seen = new HashSet<>();
        List<Throwable> todo = new ArrayList<>();
        todo.add(t);
        while (!todo.isEmpty()) {
            Throwable x = todo.remove(todo.size() - 1);
            if (x == null || !seen.add(x)) {
                continue;
            }
            if (type.isInstance(x)) {
                return type.cast(x);
            }
            todo.add(x.getCause());
            todo.addAll(List.of(x.getSuppressed()));
        }
        return null;
    }

    /**
     * Parses a Retry-After value, delay-seconds or an HTTP-date, into a wait from {@code now} (zero for a date in
     * the past), clipped to {@link #MAX_RETRY_AFTER}; null when absent or unreadable.
     */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Duration d;
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                d = Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException | ArithmeticException e) {
                d = MAX_RETRY_AFTER; // more digits than a long holds: far in the future
            }
        } else {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                d = Duration.between(now, at);
            } catch (DateTimeParseException e) {
                return null; // not a value we can read: no Retry-After
            }
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    // How robots.txt is fetched: through the same safe exchange, capped at 500 KiB (the rest ignored).
    private Robots.Outcome loadRobots(URI robotsUrl, Duration delay) throws FetchException, InterruptedException {
        FetchRequest req = new FetchRequest(robotsUrl, Purpose.ROBOTS, null, null, ROBOTS_TIMEOUT,
                Robots.MAX_BYTES, delay);
        try {
            Raw r = exchange(req, true);
            return new Robots.Outcome(r.status(), r.body(), r.contentType(), null);
        } catch (FetchException e) {
            return switch (e.reason()) {
                case DEFERRED -> throw e;
                case TOO_MANY_REDIRECTS, REDIRECT_LOOP, BAD_SCHEME ->
                        new Robots.Outcome(e.status().orElse(399), new byte[0], null, e.reason() + " " + e.getMessage());
                default -> Robots.Outcome.unreachable(e.reason() + ": " + e.getMessage());
            };
        }
    }
}
