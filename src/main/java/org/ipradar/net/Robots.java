package org.ipradar.net;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin (scheme, host and port), fetched through the safe fetcher, parsed with crawler-commons and
 * cached, following RFC 9309: a 2xx is parsed; 4xx (or more than five redirects) means no robots.txt, so everything is
 * allowed; 5xx, 429 or an unreachable server means everything is disallowed, for a shorter time.
 *
 * <p>A Crawl-delay above crawler-commons' limit of 300 s makes the parser disallow the whole site, as it does.
 */
public final class Robots {
    /** How long a fetched (or missing) robots.txt is trusted: RFC 9309 says no more than a day. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    /** How long an unreachable robots.txt keeps the whole site disallowed before it is asked for again. */
    public static final Duration DEFAULT_ERROR_TTL = Duration.ofMinutes(10);
    /** The largest robots.txt read; RFC 9309 asks parsers to read at least 500 KiB and ignore the rest. */
    public static final int MAX_BYTES = 500 * 1024;

    /** What fetching a robots.txt gave: a final status and body, or no response at all. */
    record Outcome(int status, byte[] body, String contentType, String failure) {
        static Outcome unreachable(String why) {
            return new Outcome(-1, new byte[0], null, why);
        }
    }

    /**
     * Fetches a robots.txt (following redirects), spacing the request by {@code delay} like any other; throws only
     * when the file was not asked for at all (the host is deferred), which is not cached.
     */
    @FunctionalInterface
    interface Loader {
        Outcome load(URI robotsUrl, Duration delay) throws FetchException, InterruptedException;
    }

    /**
     * The rules for one origin.
     *
     * @param origin scheme://host:port
     * @param basis why these rules: "HTTP 200", "HTTP 404: allow all", "HTTP 503: disallow all", "unreachable ..."
     */
    public record Rules(String origin, String basis, BaseRobotRules rules) {
        /** Whether our agent may fetch the address. */
        public boolean allowed(URI url) {
            return rules.isAllowed(url.toString());
        }

        /** The Crawl-delay that applies to our agent, if robots.txt gives one. */
        public Optional<Duration> crawlDelay() {
            long ms = rules.getCrawlDelay();
            return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
        }

        /** Whether the site is disallowed because its robots.txt could not be read (try again later). */
        public boolean deferred() {
            return rules.isDeferVisits();
        }
    }

    private record Entry(Rules rules, long expiresNanos) {}

    private final Loader loader;
    private final List<String> agentNames;
    private final HostGate.Ticker ticker;
    private final Duration ttl;
    private final Duration errorTtl;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    Robots(Loader loader, String userAgent, HostGate.Ticker ticker, Duration ttl, Duration errorTtl) {
        this.loader = loader;
        this.agentNames = List.of(productToken(userAgent));
        this.ticker = ticker;
        this.ttl = ttl;
        this.errorTtl = errorTtl;
    }

    /** The product token robots.txt groups are matched against: the user agent up to its first '/' or space. */
    static String productToken(String userAgent) {
        String t = userAgent.trim();
        int end = t.length();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '/' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The robots.txt address for the origin of {@code url}. */
    static URI robotsUrl(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        return URI.create(scheme + "://" + url.getRawAuthority() + "/robots.txt");
    }

    /**
     * The rules for the origin of {@code url}, from the cache or fetched now (spaced by {@code delay}).
     *
     * @throws FetchException with reason DEFERRED when the host asked us to wait (Retry-After) and robots.txt could
     *     not be asked for
     * @throws InterruptedException when interrupted while waiting for the host
     */
    public Rules rules(URI url, Duration delay) throws FetchException, InterruptedException {
        String origin = HostGate.key(url);
        Entry e = cache.get(origin);
        if (e != null && ticker.nanoTime() - e.expiresNanos() < 0) {
            return e.rules();
        }
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            e = cache.get(origin);
            if (e != null && ticker.nanoTime() - e.expiresNanos() < 0) {
                return e.rules();
            }
            URI robotsUrl = robotsUrl(url);
            Outcome o = loader.load(robotsUrl, delay);
            Entry fresh = parse(origin, robotsUrl, o);
            cache.put(origin, fresh);
            return fresh.rules();
        }
    }

    /** Forgets every cached robots.txt. */
    public void clear() {
        cache.clear();
    }

    private Entry parse(String origin, URI robotsUrl, Outcome o) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        long now = ticker.nanoTime();
        if (o.status() >= 200 && o.status() < 300) {
            SimpleRobotRules r = parser.parseContent(robotsUrl.toString(), o.body(),
                    o.contentType() == null ? "text/plain" : o.contentType(), agentNames);
            return new Entry(new Rules(origin, "HTTP " + o.status(), r), now + ttl.toNanos());
        }
        if (o.status() == 429 || o.status() >= 500) {
            SimpleRobotRules r = parser.failedFetch(503);
            return new Entry(new Rules(origin, "HTTP " + o.status() + ": disallow all", r), now + errorTtl.toNanos());
        }
        if (o.status() >= 400) {
            SimpleRobotRules r = parser.failedFetch(o.status());
            return new Entry(new Rules(origin, "HTTP " + o.status() + ": allow all", r), now + ttl.toNanos());
        }
        if (o.status() >= 300) {
            // more than five redirects or a loop: RFC 9309 lets us treat the file as unavailable
            SimpleRobotRules r = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            return new Entry(new Rules(origin, o.failure() + ": allow all", r), now + ttl.toNanos());
        }
        SimpleRobotRules r = parser.failedFetch(503);
        return new Entry(new Rules(origin, "unreachable (" + o.failure() + "): disallow all", r),
                now + errorTtl.toNanos());
    }
}
