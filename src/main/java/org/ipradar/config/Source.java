package org.ipradar.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.ipradar.vocab.Kind;

/**
 * One source from feeds.yml: where to fetch it, how to read it, how politely, and the defaults its documents take.
 *
 * @param id stable id: letters, digits and '-'
 * @param name a human name, or the id when none is given
 * @param url http(s) address of the feed or of the first list page
 * @param type how the payload is read
 * @param lang the language of its documents, or empty to detect per document
 * @param country the default country code of its documents, or empty
 * @param kind the default kind of its documents
 * @param every how often it is polled
 * @param timeout the whole-request time limit for one fetch
 * @param maxBytes the cap on decoded payload bytes
 * @param delay the least time between two requests to its host
 * @param articles when the article pages its items link to are fetched
 * @param html how list and article pages are read, for {@link Type#HTML} sources
 */
public record Source(
        String id,
        String name,
        URI url,
        Type type,
        Optional<String> lang,
        Optional<String> country,
        Kind kind,
        Duration every,
        Duration timeout,
        long maxBytes,
        Duration delay,
        ArticlePages articles,
        Optional<Html> html) {

    /** The delay between two requests to one host when neither the source nor the defaults set one. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    /** A feed source with the default delay, article pages fetched for summary-only items, and no selectors. */
    public Source(String id, String name, URI url, Type type, Optional<String> lang, Optional<String> country,
            Kind kind, Duration every, Duration timeout, long maxBytes) {
        this(id, name, url, type, lang, country, kind, every, timeout, maxBytes, DEFAULT_DELAY, ArticlePages.AUTO,
                Optional.empty());
    }

    /** A copy with another delay between requests to its host. */
    public Source withDelay(Duration d) {
        return new Source(id, name, url, type, lang, country, kind, every, timeout, maxBytes, d, articles, html);
    }

    /** A copy with another rule for fetching article pages. */
    public Source withArticles(ArticlePages a) {
        return new Source(id, name, url, type, lang, country, kind, every, timeout, maxBytes, delay, a, html);
    }

    /** How a source's payload is read. */
    public enum Type {
        /** RSS 0.9x, 1.0, 2.0 or Atom, detected from the payload. */
        FEED,
        /** An HTML list page read with CSS selectors, each item's article page read by the extractor. */
        HTML
    }

    /** When the article page an item links to is fetched to get its full text. */
    public enum ArticlePages {
        /** Only when the item carries no more than a summary (always for HTML list items). */
        AUTO,
        /** For every item. */
        ALWAYS,
        /** Never: the item's own text is kept as it is. */
        NEVER
    }

    /** Day and month order of all-numeric dates such as 12/03/2026. */
    public enum DateOrder {
        /** Day first: 12/03/2026 is 12 March. */
        DMY,
        /** Month first: 03/12/2026 is 12 March. */
        MDY
    }

    /**
     * How an HTML source's pages are read.
     *
     * @param item CSS selector of one item on the list page
     * @param title within the item: the element whose text is the title
     * @param link within the item: the element whose href is the article's address
     * @param date within the item: the element whose text or datetime attribute is the date, or null
     * @param next the link to the next list page, or null
     * @param maxPages how many list pages are read at most
     * @param dateOrder how all-numeric dates are read
     * @param articleTitle on the article page: the title element, or null for the general extractor
     * @param articleBody on the article page: the body element, or null for the general extractor
     * @param articleDate on the article page: the date element, or null for the general extractor
     */
    public record Html(String item, String title, String link, String date, String next, int maxPages,
            DateOrder dateOrder, String articleTitle, String articleBody, String articleDate) {
        /** List pages read when {@code max_pages} is not set. */
        public static final int DEFAULT_MAX_PAGES = 3;
    }
}
