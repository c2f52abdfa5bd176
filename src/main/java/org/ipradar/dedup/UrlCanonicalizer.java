package org.ipradar.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Puts http(s) links in canonical form, so that one page reached by links that differ only in tracking parameters,
 * case, ports, fragments or encoding is recognised as one page.
 *
 * <p>{@link #canonical} is the link to store and show: it still names the same resource on the same host by the same
 * scheme. Parsing is OkHttp's {@link HttpUrl} (WHATWG URL rules: host lower-cased and, for international names,
 * converted to ASCII by IDNA; default port dropped; {@code .} and {@code ..} segments resolved; characters that must
 * be escaped escaped). On top of it: percent-escapes normalised (RFC 3986 section 6.2.2.2: unreserved characters
 * decoded, hex digits upper case), a trailing dot of the host and the user info dropped, empty path segments ({@code
 * //}) and a trailing slash removed (the root keeps its slash), tracking parameters removed and the other parameters
 * sorted by name (parameters of one name keep their order), the fragment dropped unless it is a route of a
 * single-page site ({@code #!/...} or {@code #/...}).
 *
 * <p>{@link #key} is the identity of the page: the canonical link with {@code http} taken as {@code https}, a
 * leading {@code www.} or {@code m.} label dropped (mobile and desktop hosts of news sites serve one article; the
 * label is dropped only when at least two labels remain, so {@code m.tv} stays), and a final {@code index.html},
 * {@code index.htm}, {@code index.php}, {@code default.aspx} or {@code default.asp} segment dropped. Those three can
 * change what a server answers, so they belong to the key only, not to the stored link. Links that are not http(s)
 * or cannot be parsed are returned trimmed and otherwise unchanged.
 */
public final class UrlCanonicalizer {
    /** Query parameters that only track where a click came from; compared case-insensitively. */
    static final Set<String> TRACKING = Set.of(
            "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid", "twclid", "ttclid",
            "li_fat_id", "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "__hstc", "__hssc",
            "__hsfp", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ncid", "ocid",
            "icid", "cmpid", "cmp", "xtor", "wt.mc_id", "sr_share", "spm", "scm", "from", "share", "ref", "ref_src",
            "ref_url", "isappinstalled", "share_source", "share_medium", "utm");
    /** Prefixes of tracking parameter names: {@code utm_source}, {@code utm_medium}, {@code pk_campaign}. */
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_", "at_");
    private static final Set<String> INDEX_FILES = Set.of("index.html", "index.htm", "index.php", "index.shtml",
            "default.aspx", "default.asp");

    private UrlCanonicalizer() {}

    /** The link to store and show for {@code url}; unchanged (trimmed) when it is not an http(s) URL. */
    public static String canonical(String url) {
        HttpUrl u = parse(url);
        return u == null ? url.strip() : build(u.scheme(), host(u.host()), u, false);
    }

    /** The identity of the page {@code url} names: equal keys, one page. */
    public static String key(String url) {
        HttpUrl u = parse(url);
        if (u == null) {
            return url.strip();
        }
        String host = host(u.host());
        for (String prefix : List.of("www.", "m.")) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                host = host.substring(prefix.length());
                break;
            }
        }
        return build("https", host, u, true);
    }

    private static HttpUrl parse(String url) {
        if (url == null) {
            throw new IllegalArgumentException("url must not be null");
        }
        return HttpUrl.parse(url.strip());
    }

    private static String host(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return h.indexOf(':') >= 0 ? "[" + h + "]" : h; // IPv6 literal
    }

    private static String build(String scheme, String host, HttpUrl u, boolean forKey) {
        StringBuilder b = new StringBuilder(64).append(scheme).append("://").append(host);
        int port = u.port();
        if (port != HttpUrl.defaultPort(scheme) && !(forKey && port == HttpUrl.defaultPort(u.scheme()))) {
            b.append(':').append(port);
        }
        List<String> segments = new ArrayList<>();
        for (String s : u.encodedPathSegments()) {
            if (!s.isEmpty()) {
                segments.add(normaliseEscapes(s));
            }
        }
        if (forKey && !segments.isEmpty() && INDEX_FILES.contains(segments.get(segments.size() - 1)
                .toLowerCase(Locale.ROOT))) {
            segments.remove(segments.size() - 1);
        }
        if (segments.isEmpty()) {
            b.append('/');
        }
        for (String s : segments) {
            b.append('/').append(s);
        }
        String query = query(u.encodedQuery());
        if (!query.isEmpty()) {
            b.append('?').append(query);
        }
        String fragment = u.encodedFragment();
        if (fragment != null && (fragment.startsWith("!") || fragment.startsWith("/"))) {
            b.append('#').append(normaliseEscapes(fragment));
        }
        return b.toString();
    }

    private record Param(String name, String pair) {}

    private static String query(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return "";
        }
        List<Param> kept = new ArrayList<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String normalised = normaliseEscapes(pair);
            int eq = normalised.indexOf('=');
            String name = eq < 0 ? normalised : normalised.substring(0, eq);
            if (!tracking(name)) {
                kept.add(new Param(name, normalised));
            }
        }
        kept.sort(Comparator.comparing(Param::name)); // stable: repeated names keep their order
        StringBuilder b = new StringBuilder();
        for (Param p : kept) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(p.pair());
        }
        return b.toString();
    }

    private static boolean tracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (TRACKING.contains(n)) {
            return true;
        }
        for (String prefix : TRACKING_PREFIXES) {
            if (n.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes escapes of unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) and upper-cases the hex digits of the
     * others (RFC 3986, sections 2.3 and 6.2.2.2); a {@code %} not followed by two hex digits is escaped as {@code
     * %25}. Escapes of reserved characters ({@code %3D}, {@code %26}, {@code %2B}, {@code %2F}) stay escapes: they
     * mean something else than the character itself.
     */
    static String normaliseEscapes(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                b.append("%25");
                continue;
            }
            char decoded = (char) (hi * 16 + lo);
            if (unreserved(decoded)) {
                b.append(decoded);
            } else {
                b.append('%').append(Character.toUpperCase(s.charAt(i + 1))).append(Character.toUpperCase(
                        s.charAt(i + 2)));
            }
            i += 2;
        }
        return b.toString();
    }

    private static boolean unreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }
}
