package org.ipradar.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ipradar.config.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads one list page of an HTML source with its CSS selectors: the items it links to and the next page. */
public final class HtmlListReader {
    private HtmlListReader() {}

    /**
     * One list page as read.
     *
     * @param items the items with a usable link, in page order (text empty: the article page gives it)
     * @param matched how many elements the item selector matched, usable or not
     * @param next the next list page, or null
     * @param skipped why matched elements were left out, one line each
     */
    public record ListPage(List<FeedItem> items, int matched, URI next, List<String> skipped) {}

    /**
     * Reads a decoded list page.
     *
     * @param html the page's text
     * @param base the page's address, against which links are resolved
     * @param sel the source's selectors
     * @param dates reads the date text of an item, null when it cannot
     */
    public static ListPage read(String html, URI base, Source.Html sel, Function<String, Instant> dates) {
        Document doc = Jsoup.parse(html, base.toString());
        Elements found = doc.select(sel.item());
        List<FeedItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Element el = found.get(i);
            Element linkEl = first(el, sel.link());
            String href = linkEl == null ? "" : linkEl.absUrl("href");
            if (href.isEmpty()) {
                skipped.add("item " + (i + 1) + ": no link matched \"" + sel.link() + "\"");
                continue;
            }
            if (!isHttp(href)) {
                skipped.add("item " + (i + 1) + ": link is not http(s): " + href);
                continue;
            }
            Element titleEl = first(el, sel.title());
            String title = titleEl == null ? "" : HtmlText.normalise(titleEl.text());
            Instant published = null;
            if (sel.date() != null) {
                Element dateEl = first(el, sel.date());
                if (dateEl != null) {
                    String dt = dateEl.hasAttr("datetime") ? dateEl.attr("datetime") : dateEl.text();
                    published = dates.apply(dt.strip());
                }
            }
            items.add(new FeedItem(null, href, title, "", published));
        }
        URI next = null;
        if (sel.next() != null) {
            Element n = doc.selectFirst(sel.next());
            String href = n == null ? "" : n.absUrl("href");
            if (!href.isEmpty() && isHttp(href)) {
                try {
                    next = new URI(href);
                } catch (URISyntaxException e) {
                    skipped.add("next page link is not a valid address: " + href);
                }
            }
        }
        return new ListPage(List.copyOf(items), found.size(), next, List.copyOf(skipped));
    }

    // The element itself when it matches (an item that is the link), else its first matching descendant.
    private static Element first(Element el, String selector) {
        if (el.is(selector)) {
            return el;
        }
        return el.selectFirst(selector);
    }

    private static boolean isHttp(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://");
    }
}
