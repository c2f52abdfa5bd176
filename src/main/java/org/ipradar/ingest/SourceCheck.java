package org.ipradar.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.config.Source;
import org.ipradar.net.FetchException;
import org.ipradar.net.FetchRequest;
import org.ipradar.net.FetchResponse;
import org.ipradar.net.Purpose;

/**
 * Tries a source without storing anything, so an editor can test a new entry of feeds.yml: fetch it once, read its
 * items, and read the first article page the way a crawl would.
 */
public final class SourceCheck {
    private SourceCheck() {}

    /**
     * What the check found.
     *
     * @param id the source id
     * @param status ok, blocked (refused by the site, robots.txt or the address policy), failed, or unreadable
     * @param httpStatus the HTTP status, or null
     * @param items items found on the feed or first list page
     * @param warnings what an editor should look at
     * @param error why it failed, or null
     * @param sample the first article as a crawl would store it: title, characters of text and date, or null
     */
    public record Result(String id, String status, Integer httpStatus, int items, List<String> warnings,
            String error, String sample) {}

    /** Checks one source: one fetch of the source, and one of its first article page when items need it. */
    public static Result check(Web web, Source s) throws InterruptedException {
        List<String> warnings = new ArrayList<>();
        FetchResponse fr;
        try {
            fr = web.fetch(new FetchRequest(s.url(), s.type() == Source.Type.HTML ? Purpose.HTML : Purpose.FEED,
                    null, null, s.timeout(), s.maxBytes(), s.delay()));
        } catch (FetchException e) {
            boolean blocked = e.reason() == FetchException.Reason.BLOCKED
                    || e.reason() == FetchException.Reason.ROBOTS_DISALLOWED
                    || e.status().map(st -> st == 401 || st == 403 || st == 451).orElse(false);
            return new Result(s.id(), blocked ? "blocked" : "failed", e.status().orElse(null), 0, warnings,
                    e.getMessage(), null);
        }
        if (!fr.redirects().isEmpty()) {
            warnings.add("redirected to " + fr.finalUrl() + "; consider putting that address in feeds.yml");
        }
        List<FeedItem> items;
        try {
            if (s.type() == Source.Type.FEED) {
                ParsedFeed feed = FeedReader.read(fr.body(), fr.contentType(), fr.finalUrl());
                items = feed.items();
                long summaries = items.stream().filter(i -> i.text().length() < Crawler.SUMMARY_CHARS).count();
                if (summaries > 0 && s.articles() != Source.ArticlePages.NEVER) {
                    warnings.add(summaries + " of " + items.size() + " items carry only a summary; their article"
                            + " pages will be fetched (articles: never turns this off)");
                }
            } else {
                HtmlListReader.ListPage page = HtmlPages.readList(s, fr.body(), fr.contentType(), fr.finalUrl());
                items = page.items();
                warnings.addAll(page.skipped());
                if (page.matched() == 0) {
                    warnings.add("the item selector \"" + s.html().orElseThrow().item() + "\" matched nothing");
                }
                if (page.next() != null) {
                    warnings.add("next list page: " + page.next() + " (up to " + s.html().orElseThrow().maxPages()
                            + " pages are read)");
                } else if (s.html().orElseThrow().next() != null) {
                    warnings.add("the next-page selector \"" + s.html().orElseThrow().next() + "\" matched nothing");
                }
                if (s.html().orElseThrow().date() != null && !items.isEmpty()
                        && items.stream().allMatch(i -> i.published() == null)) {
                    warnings.add("no item date could be read with \"" + s.html().orElseThrow().date()
                            + "\" (check date_order and the format)");
                }
            }
        } catch (UnreadableFeedException | UnreadablePageException e) {
            return new Result(s.id(), "unreadable", fr.status(), 0, warnings, e.getMessage(), null);
        }
        if (items.isEmpty()) {
            warnings.add("no items found");
        }
        String sample = null;
        FeedItem first = items.stream().filter(i -> i.link() != null).findFirst().orElse(null);
        boolean needsPage = first != null && (s.type() == Source.Type.HTML
                || s.articles() == Source.ArticlePages.ALWAYS
                || s.articles() == Source.ArticlePages.AUTO && first.text().length() < Crawler.SUMMARY_CHARS);
        if (needsPage) {
            try {
                FetchResponse page = web.fetch(new FetchRequest(URI.create(first.link()), Purpose.HTML, null, null,
                        s.timeout(), s.maxBytes(), s.delay()));
                ArticleText.Result ex = ArticleText.extract(page, s);
                ex.warnings().forEach(w -> warnings.add("article page: " + w));
                sample = sample(first.title().isBlank() ? ex.title() : first.title(), ex.text().length(),
                        first.published() != null ? first.published() : ex.published(), first.link());
            } catch (FetchException e) {
                warnings.add("first article page could not be fetched: " + e.getMessage());
            } catch (UnreadablePageException e) {
                warnings.add("first article page " + first.link() + ": " + e.getMessage());
            }
        } else if (!items.isEmpty()) {
            FeedItem i = items.get(0);
            sample = sample(i.title(), i.text().length(), i.published(), i.link());
        }
        return new Result(s.id(), "ok", fr.status(), items.size(), List.copyOf(warnings), null, sample);
    }

    private static String sample(String title, int chars, java.time.Instant published, String link) {
        return "\"" + (title.length() > 80 ? title.substring(0, 80) + "…" : title) + "\", " + chars
                + " characters, " + (published == null ? "no date" : "dated " + published) + (link == null ? ""
                : ", " + link);
    }
}
