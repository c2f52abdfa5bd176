package org.ipradar.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipradar.config.Source;
import org.ipradar.dedup.UrlCanonicalizer;
import org.ipradar.store.Article;
import org.ipradar.store.RawStore;

/** Turns feed items into documents: canonical link and id, language, the source's defaults, a content hash. */
public final class ArticleMapper {
    private ArticleMapper() {}

    /** The documents for a parsed feed from a source; items with neither title nor text are left out. */
    public static List<Article> map(ParsedFeed feed, Source source, String rawHash, Instant fetched) {
        boolean[] shared = sharedLinks(feed.items());
        List<Article> out = new ArrayList<>(feed.items().size());
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            if (item.title().isBlank() && item.text().isBlank()) {
                continue;
            }
            out.add(map(item, source, feed.language(), rawHash, fetched, shared[i]));
        }
        return out;
    }

    /**
     * Which items share their canonical link with another item of the same payload (posts on one archive page, a
     * feed proxy's single link): those are told apart by their guid, so none of them is lost.
     */
    static boolean[] sharedLinks(List<FeedItem> items) {
        Map<String, Integer> linkCounts = new HashMap<>();
        for (FeedItem item : items) {
            if (item.link() != null) {
                linkCounts.merge(UrlCanonicalizer.key(item.link()), 1, Integer::sum);
            }
        }
        boolean[] shared = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            FeedItem item = items.get(i);
            shared[i] = item.link() != null && linkCounts.get(UrlCanonicalizer.key(item.link())) > 1;
        }
        return shared;
    }

    /** The document for one item whose link no other item of its feed shares. */
    public static Article map(FeedItem item, Source source, String feedLanguage, String rawHash, Instant fetched) {
        return map(item, source, feedLanguage, rawHash, fetched, false);
    }

    static Article map(FeedItem item, Source source, String feedLanguage, String rawHash, Instant fetched,
            boolean sharedLink) {
        String url = item.link() == null ? null : canonical(item.link());
        String pageKey = item.link() == null ? null : UrlCanonicalizer.key(item.link());
        String itemKey = item.guid() != null
                ? "guid:" + source.id() + ":" + item.guid()
                : "item:" + source.id() + ":" + item.title() + ":" + item.published();
        String id = url == null
                ? hashId(itemKey)
                : sharedLink
                        ? hashId("url:" + pageKey + "\n" + itemKey + "\n" + item.title() + "\n" + item.published())
                        : hashId("url:" + pageKey);
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

    /**
     * A link in canonical form, as stored and shown: see {@link UrlCanonicalizer#canonical}; the document's id comes
     * from {@link UrlCanonicalizer#key}, so the same page under http and https, with or without {@code www.} or
     * tracking parameters, is one document.
     */
    public static String canonical(String link) {
        return UrlCanonicalizer.canonical(link);
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
