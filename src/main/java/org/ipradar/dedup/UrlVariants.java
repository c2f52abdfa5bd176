package org.ipradar.dedup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Generates variants of a URL as links in feeds, shares and mobile pages spell it, for measuring the canonicalizer. */
final class UrlVariants {
    private UrlVariants() {}

    /** Variants that name the same page as {@code url}, by what was changed. */
    static Map<String, String> of(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("utm parameters", param(url, "utm_source=twitter&utm_medium=social&utm_campaign=ip-weekly"));
        out.put("click ids (fbclid, gclid)", param(url, "fbclid=IwAR2xYz_0Ab&gclid=Cj0KCQiA"));
        out.put("www. added or removed", url.contains("://www.") ? url.replace("://www.", "://")
                : url.replaceFirst("://", "://www."));
        out.put("http / https", url.startsWith("https:") ? "http:" + url.substring(6) : "https:" + url.substring(5));
        out.put("trailing slash", slash(url));
        out.put("fragment", url + "#comments");
        out.put("host case and default port", upperHost(url));
        out.put("escaped unreserved characters", url.replaceFirst("(://[^/]+/[^?]*?)-", "$1%2d"));
        out.put("mobile host (m.)", url.replaceFirst("://(www\\.)?", "://m."));
        out.put("all of these at once", param(upperHost(url.startsWith("https:") ? "http:" + url.substring(6)
                : url), "utm_source=rss&spm=a2c4g.11186623") + "#top");
        return out;
    }

    /** Links that name other pages: another value of a meaningful parameter, another path. */
    static List<String> different(String url) {
        return List.of(param(url, "p=2"), param(url, "id=12345"), url.replaceFirst("(://[^/]+/)", "$1archive/"));
    }

    private static String slash(String url) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String rest = q < 0 ? "" : url.substring(q);
        return (path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/") + rest;
    }

    private static String param(String url, String params) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        return base + (base.contains("?") ? "&" : "?") + params;
    }

    private static String upperHost(String url) {
        int start = url.indexOf("://") + 3;
        int end = url.indexOf('/', start);
        String host = end < 0 ? url.substring(start) : url.substring(start, end);
        String port = url.startsWith("https:") ? ":443" : ":80";
        return url.substring(0, start) + host.toUpperCase(Locale.ROOT) + port + (end < 0 ? "" : url.substring(end));
    }
}
