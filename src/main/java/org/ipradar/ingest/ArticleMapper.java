package org.ipradar.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.ipradar.config.Source;
import org.ipradar.store.Article;
import org.ipradar.store.RawStore;

/** Turns feed items into documents: canonical link and id, language, the source's defaults, a content hash. */
public final class ArticleMapper {
    private ArticleMapper() {}

    /** The documents for a parsed feed from a source; items with neither title nor text are left out. */
    public static List<Article> map(ParsedFeed feed, Source source, String rawHash, Instant fetched) {
        // Items that share a canonical link (posts on one archive page, a feed proxy's single link) are told
        // apart by their guid, so none of them is lost.
        Map<String, Integer> linkCounts = new HashMap<>();
        for (FeedItem item : feed.items()) {
            if (item.link() != null) {
                linkCounts.merge(canonical(item.link()), 1, Integer::sum);
            }
        }
        List<Article> out = new ArrayList<>(feed.items().size());
        for (FeedItem item : feed.items()) {
            if (item.title().isBlank() && item.text().isBlank()) {
                continue;
            }
            boolean shared = item.link() != null && linkCounts.get(canonical(item.link())) > 1;
            out.add(map(item, source, feed.language(), rawHash, fetched, shared));
        }
        return out;
    }

    /** The document for one item whose link no other item of its feed shares. */
    public static Article map(FeedItem item, Source source, String feedLanguage, String rawHash, Instant fetched) {
        return map(item, source, feedLanguage, rawHash, fetched, false);
    }

    private static Article map(FeedItem item, Source source, String feedLanguage, String rawHash, Instant fetched,
            boolean sharedLink) {
        String url = item.link() == null ? null : canonical(item.link());
        String itemKey = item.guid() != null
                ? "guid:" + source.id() + ":" + item.guid()
                : "item:" + source.id() + ":" + item.title() + ":" + item.published();
        String id = url == null
                ? hashId(itemKey)
                : sharedLink
                        ? hashId("url:" + url + "\n" + itemKey + "\n" + item.title() + "\n" + item.published())
                        : hashId("url:" + url);
        if (sharedLink) {
            url = item.link(); // keep the #fragment that tells these items apart
        }
        String title = item.title().isBlank() ? firstWords(item.text()) : item.title();
        String lang = source.lang().orElseGet(() -> LanguageGuesser.guess(title + "\n" + opening(item.text()),
                feedLanguage));
        List<String> countries = source.country().map(List::of).orElse(List.of());
        String contentHash = RawStore.sha256((title + "\u0000" + item.text() + "\u0000" + url + "\u0000"
                        + item.published() + "\u0000" + lang + "\u0000" + source.kind().wire() + "\u0000" + countries)
                .getBytes(StandardCharsets.UTF_8));
        return new Article(id, url, item.guid(), title, item.text(), source.id(), lang, source.kind().wire(),
                countries, item.published(), fetched, contentHash, rawHash, 0);
    }

    /** A link in canonical form: lower-case scheme and host, no default port, no fragment. */
    public static String canonical(String link) {
        try {
            URI u = new URI(link);
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if (scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + query;
        } catch (URISyntaxException | NullPointerException e) {
            return link; // FeedReader only hands over absolute http(s) links, so this is the link as given
        }
    }

    // The first few thousand characters tell the language as well as the whole text does, at a fraction of the cost.
    private static String opening(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    /** A stable 24-character id from a key. */
    static String hashId(String key) {
        return RawStore.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    private static String firstWords(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
