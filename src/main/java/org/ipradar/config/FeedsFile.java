package org.ipradar.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Kind;

/**
 * Reads feeds.yml into sources, strictly: an unknown key or a bad value stops the program with the file, the entry
 * and the allowed values, because a typo there would otherwise silently drop a source.
 */
public final class FeedsFile {
    static final Duration DEFAULT_EVERY = Duration.ofHours(6);
    static final Duration MIN_EVERY = Duration.ofMinutes(1);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final Set<String> TOP_KEYS = Set.of("defaults", "sources");
    static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private static final Set<String> DEFAULT_KEYS = Set.of("every", "timeout", "max_bytes", "delay", "articles");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "name", "url", "type", "lang", "country", "kind",
            "every", "timeout", "max_bytes", "delay", "articles", "select", "article", "max_pages", "date_order");
    private static final Set<String> SELECT_KEYS = Set.of("item", "title", "link", "date", "next");
    private static final Set<String> ARTICLE_KEYS = Set.of("title", "body", "date");
    private static final Set<String> HTML_ONLY_KEYS = Set.of("select", "article", "max_pages", "date_order");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Set<String> LANGS = Set.of(Locale.getISOLanguages());
    private static final List<String> SOURCE_KINDS = List.of("news", "case", "law", "guide");

    private FeedsFile() {}

    /** Reads and validates the file. */
    public static List<Source> load(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(name + ": the sources file does not exist (set --feeds or IPRADAR_FEEDS)");
        }
        try {
            return parse(name, Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses and validates YAML text; {@code name} is used in error messages. */
    public static List<Source> parse(String name, String yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ConfigException(name + ": not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(name + ": is empty; it needs a 'sources:' list");
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": must be a mapping with 'defaults' and 'sources'");
        }
        checkKeys(root, TOP_KEYS, name + ":");
        JsonNode defaults = root.path("defaults");
        String dctx = name + ": defaults:";
        if (!defaults.isMissingNode() && !defaults.isNull()) {
            if (!defaults.isObject()) {
                throw new ConfigException(dctx + " must be a mapping");
            }
            checkKeys(defaults, DEFAULT_KEYS, dctx);
        }
        Duration every = duration(defaults, "every", DEFAULT_EVERY, dctx);
        Duration timeout = duration(defaults, "timeout", DEFAULT_TIMEOUT, dctx);
        long maxBytes = size(defaults, "max_bytes", DEFAULT_MAX_BYTES, dctx);
        Duration delay = duration(defaults, "delay", Source.DEFAULT_DELAY, dctx);
        Source.ArticlePages articles = articles(defaults, Source.ArticlePages.AUTO, dctx);

        JsonNode list = root.path("sources");
        if (!list.isArray()) {
            throw new ConfigException(name + ": 'sources' must be a list of sources");
        }
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String ctx = name + ": sources[" + i + "]";
            if (!node.isObject()) {
                throw new ConfigException(ctx + ": must be a mapping with at least id and url");
            }
            String id = text(node, "id", ctx);
            if (id == null) {
                throw new ConfigException(ctx + ": id is required (letters, digits and '-')");
            }
            if (!ID.matcher(id).matches()) {
                throw new ConfigException(ctx + ": id must be letters, digits and '-' (got \"" + id + "\")");
            }
            ctx = ctx + " (id \"" + id + "\"):";
            if (!ids.add(id)) {
                throw new ConfigException(ctx + " id is used by an earlier source; ids must be unique");
            }
            checkKeys(node, SOURCE_KEYS, ctx);
            sources.add(source(node, id, ctx, every, timeout, maxBytes, delay, articles));
        }
        return List.copyOf(sources);
    }

    private static Source source(JsonNode node, String id, String ctx, Duration every, Duration timeout,
            long maxBytes, Duration delay, Source.ArticlePages articles) {
        String urlText = text(node, "url", ctx);
        if (urlText == null) {
            throw new ConfigException(ctx + " url is required");
        }
        URI url;
        try {
            url = new URI(urlText.trim());
        } catch (URISyntaxException e) {
            throw new ConfigException(ctx + " url is not a valid address (got \"" + urlText + "\")");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new ConfigException(ctx + " url must be an http or https address (got \"" + urlText + "\")");
        }
        String type = Optional.ofNullable(text(node, "type", ctx)).orElse("feed");
        if (!type.equals("feed") && !type.equals("html")) {
            throw new ConfigException(ctx + " type must be one of: feed, html (got \"" + type + "\")");
        }
        Optional<Source.Html> html = Optional.empty();
        if (type.equals("html")) {
            html = Optional.of(html(node, ctx));
        } else {
            for (String key : HTML_ONLY_KEYS) {
                if (node.has(key)) {
                    throw new ConfigException(ctx + " " + key + " is only for sources of type: html");
                }
            }
        }
        Optional<String> lang = Optional.ofNullable(text(node, "lang", ctx));
        if (lang.isPresent() && !LANGS.contains(lang.get())) {
            throw new ConfigException(
                    ctx + " lang must be an ISO 639-1 code such as zh, en, vi, th (got \"" + lang.get() + "\")");
        }
        Optional<String> country = Optional.ofNullable(text(node, "country", ctx));
        if (country.isPresent()) {
            try {
                country = Optional.of(Countries.parse(country.get()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(ctx + " country " + e.getMessage());
            }
        }
        String kindText = Optional.ofNullable(text(node, "kind", ctx)).orElse("news");
        if (!SOURCE_KINDS.contains(kindText)) {
            throw new ConfigException(
                    ctx + " kind must be one of: " + String.join(", ", SOURCE_KINDS) + " (got \"" + kindText + "\")");
        }
        String name = Optional.ofNullable(text(node, "name", ctx)).orElse(id);
        return new Source(
                id,
                name,
                url,
                html.isPresent() ? Source.Type.HTML : Source.Type.FEED,
                lang,
                country,
                Kind.parse(kindText),
                duration(node, "every", every, ctx),
                duration(node, "timeout", timeout, ctx),
                size(node, "max_bytes", maxBytes, ctx),
                duration(node, "delay", delay, ctx),
                articles(node, articles, ctx),
                html);
    }

    private static Source.Html html(JsonNode node, String ctx) {
        JsonNode select = node.get("select");
        if (select == null || !select.isObject()) {
            throw new ConfigException(ctx + " select is required for type: html, a mapping with item and link"
                    + " (and optionally title, date, next)");
        }
        String sctx = ctx + " select:";
        checkKeys(select, SELECT_KEYS, sctx);
        String item = selector(select, "item", sctx, true);
        String link = selector(select, "link", sctx, true);
        String title = selector(select, "title", sctx, false);
        String date = selector(select, "date", sctx, false);
        String next = selector(select, "next", sctx, false);
        String aTitle = null;
        String aBody = null;
        String aDate = null;
        JsonNode article = node.get("article");
        if (article != null && !article.isNull()) {
            String actx = ctx + " article:";
            if (!article.isObject()) {
                throw new ConfigException(actx + " must be a mapping with title, body and date selectors");
            }
            checkKeys(article, ARTICLE_KEYS, actx);
            aTitle = selector(article, "title", actx, false);
            aBody = selector(article, "body", actx, false);
            aDate = selector(article, "date", actx, false);
        }
        int maxPages = Source.Html.DEFAULT_MAX_PAGES;
        String mp = text(node, "max_pages", ctx);
        if (mp != null) {
            try {
                maxPages = Integer.parseInt(mp);
            } catch (NumberFormatException e) {
                maxPages = -1;
            }
            if (maxPages < 1 || maxPages > 50) {
                throw new ConfigException(ctx + " max_pages must be a whole number from 1 to 50 (got \"" + mp + "\")");
            }
        }
        String order = Optional.ofNullable(text(node, "date_order", ctx)).orElse("dmy").toLowerCase(Locale.ROOT);
        Source.DateOrder dateOrder = switch (order) {
            case "dmy" -> Source.DateOrder.DMY;
            case "mdy" -> Source.DateOrder.MDY;
            default -> throw new ConfigException(ctx + " date_order must be one of: dmy, mdy (got \"" + order + "\")");
        };
        return new Source.Html(item, title == null ? link : title, link, date, next, maxPages, dateOrder, aTitle,
                aBody, aDate);
    }

    private static String selector(JsonNode node, String key, String ctx, boolean required) {
        String v = text(node, key, ctx);
        if (v == null) {
            if (required) {
                throw new ConfigException(ctx + " " + key + " is required (a CSS selector)");
            }
            return null;
        }
        try {
            org.jsoup.select.QueryParser.parse(v);
        } catch (org.jsoup.select.Selector.SelectorParseException e) {
            throw new ConfigException(ctx + " " + key + " is not a valid CSS selector (got \"" + v + "\"): "
                    + e.getMessage());
        }
        return v;
    }

    private static Source.ArticlePages articles(JsonNode node, Source.ArticlePages fallback, String ctx) {
        String v = text(node, "articles", ctx);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "auto" -> Source.ArticlePages.AUTO;
            case "always" -> Source.ArticlePages.ALWAYS;
            case "never" -> Source.ArticlePages.NEVER;
            default -> throw new ConfigException(ctx + " articles must be one of: auto, always, never (got \"" + v
                    + "\")");
        };
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String ctx) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new ConfigException(ctx + " unknown key '" + key + "'; allowed keys are: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String key, String ctx) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new ConfigException(ctx + " " + key + " must be a single value, not a list or mapping");
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    private static Duration duration(JsonNode node, String key, Duration fallback, String ctx) {
        String v = text(node, key, ctx);
        if (v == null) {
            return fallback;
        }
        try {
            Duration d = Durations.parseDuration(v);
            if (key.equals("every") && d.compareTo(MIN_EVERY) < 0) {
                throw new IllegalArgumentException("must be at least 1m (got \"" + v + "\")");
            }
            if (key.equals("timeout") && d.isZero()) {
                throw new IllegalArgumentException("must be more than 0 (got \"" + v + "\")");
            }
            if (key.equals("delay") && d.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("must be at most 10m (got \"" + v + "\")");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ctx + " " + key + " " + e.getMessage());
        }
    }

    private static long size(JsonNode node, String key, long fallback, String ctx) {
        String v = text(node, key, ctx);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Durations.parseSize(v);
            if (n < 1024) {
                throw new IllegalArgumentException("must be at least 1KB (got \"" + v + "\")");
            }
            return n;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ctx + " " + key + " " + e.getMessage());
        }
    }
}
