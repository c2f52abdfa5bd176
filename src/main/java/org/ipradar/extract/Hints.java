package org.ipradar.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class and id names say about an element: article content, page furniture to drop before scoring, or
 * furniture inside the article. The word lists are the common vocabulary of site templates (WordPress, Drupal,
 * news CMSs, Chinese government sites), not rules for particular sites.
 */
final class Hints {
    /** The kinds of page furniture that class and id names reveal inside an article. */
    enum Furniture {
        /** Share bars, related links, ads, comments, newsletters: removed unless they hold much of the article. */
        WIDGET,
        /** Captions, bylines, dates, tags, author boxes: short, so removed only when small. */
        METADATA
    }

    private static final Words UNLIKELY = Words.of("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment",
            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "copyright", "newsletter",
            "subscribe", "cookie", "consent", "outbrain", "taboola", "navbar", "topbar", "toolbar", "share");
    private static final Words MAYBE = Words.of("article", "body", "column", "content", "main", "mathjax", "shadow",
            "entry", "story", "post-", "text");
    private static final Words POSITIVE = Words.of("article", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "pagination", "post", "text", "blog", "story", "detail", "trs_editor", "zhengwen");
    private static final Words NEGATIVE = Words.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
            "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
            "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "breadcrumb", "copyright",
            "recommend", "newsletter", "subscribe", "social", "taboola", "navbar", "menu").and("hid");

    private static final Words WIDGET = Words.of("related", "recommend", "newsletter", "subscri", "signup",
            "sign-up", "promo", "advert", "sponsor", "gallery", "slideshow", "carousel", "comment", "disqus", "social",
            "share", "sharing", "outbrain", "taboola", "readmore", "read-more", "more-stories", "trending", "popular",
            "most-read", "mostread", "cookie", "consent", "paywall", "donate", "toolbar", "breadcrumb", "sr-only",
            "visually-hidden", "screen-reader-text").and("ad", "ads", "adv", "adslot", "widget", "nav", "menu",
            "sidebar", "pager", "pagination", "print", "email", "follow");
    private static final Words METADATA = Words.of("caption", "credit", "byline", "dateline", "timestamp", "author",
            "disclaimer", "copyright", "rating", "keywords", "categories", "category", "pubdate", "published",
            "posted").and("tag", "tags", "meta", "bio", "date", "time", "topics", "source", "updated", "info");
    /** Names of the article body container itself, which may carry furniture words too ("post-content share"). */
    private static final Words CONTENT = Words.of("articlebody", "article-body", "postbody", "post-body",
            "entry-content", "post-content", "storybody", "story-body", "article-content", "articletext",
            "article-text", "main-content", "trs_editor");

    /**
     * A word list for class and id names: words that may occur anywhere in a name, and words that must stand
     * alone between non-letters ("ad" in "ad-slot", not in "head").
     */
    private record Words(String[] anywhere, Set<String> alone) {
        static Words of(String... anywhere) {
            return new Words(anywhere, Set.of());
        }

        Words and(String... alone) {
            return new Words(anywhere, Set.of(alone));
        }

        /** Whether the lower-cased names contain one of the words. */
        boolean in(String names) {
            for (String w : anywhere) {
                if (names.contains(w)) {
                    return true;
                }
            }
            if (alone.isEmpty()) {
                return false;
            }
            int start = -1;
            for (int i = 0; i <= names.length(); i++) {
                boolean letter = i < names.length() && names.charAt(i) >= 'a' && names.charAt(i) <= 'z';
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    if (alone.contains(names.substring(start, i))) {
                        return true;
                    }
                    start = -1;
                }
            }
            return false;
        }
    }

    /** WordPress-style taxonomy classes on a post's own container ({@code category-news}, {@code tag-patent}). */
    private static final Pattern TAXONOMY_CLASS = Pattern.compile("(category|tag|post_tag|status|format|type"
            + "|post_format)-.*");

    private Hints() {}

    /**
     * Remembers the answers per distinct class and id, which repeat across a page's elements; matching the word
     * lists is the costliest part of extraction otherwise. Not thread-safe: one per extraction.
     */
    static final class Cache {
        private final Map<String, Boolean> unlikely = new HashMap<>();
        private final Map<String, Double> weights = new HashMap<>();
        private final Map<String, Furniture> furniture = new HashMap<>();

        boolean unlikely(Element e) {
            String key = of(e);
            return !key.isEmpty() && unlikely.computeIfAbsent(key, k -> Hints.unlikely(e));
        }

        double classWeight(Element e) {
            String key = of(e) + "|" + e.attr("itemprop");
            return weights.computeIfAbsent(key, k -> Hints.classWeight(e));
        }

        Furniture furniture(Element e) {
            String key = of(e) + "|" + e.attr("itemprop") + "|" + e.attr("rel");
            if (key.length() == 2) {
                return null; // no class, id, itemprop or rel
            }
            if (furniture.containsKey(key)) {
                return furniture.get(key);
            }
            Furniture f = Hints.furniture(e);
            furniture.put(key, f);
            return f;
        }
    }

    /** The class and id of an element, lower-cased; empty when it has neither. */
    static String of(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether class or id name page furniture outside any article (navigation, sidebars, comments...). */
    static boolean unlikely(Element e) {
        String h = of(e);
        return !h.isEmpty() && UNLIKELY.in(h) && !MAYBE.in(h);
    }

    /** Plus or minus 25 for each of class and id that names article content or page furniture. */
    static double classWeight(Element e) {
        double w = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            String n = name.toLowerCase(Locale.ROOT);
            if (NEGATIVE.in(n)) {
                w -= 25;
            }
            if (POSITIVE.in(n)) {
                w += 25;
            }
        }
        if (e.attr("itemprop").equals("articleBody")) {
            w += 25;
        }
        return w;
    }

    /** What kind of furniture an element's class, id, itemprop or rel names, or null when none. */
    static Furniture furniture(Element e) {
        String h = furnitureNames(e);
        if (!h.isEmpty()) {
            if (CONTENT.in(h)) {
                return null;
            }
            if (WIDGET.in(h)) {
                return Furniture.WIDGET;
            }
            if (METADATA.in(h)) {
                return Furniture.METADATA;
            }
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equals("author") || itemprop.startsWith("date") || e.attr("rel").equals("author")) {
            return Furniture.METADATA;
        }
        return null;
    }

    /** Class and id, leaving out the taxonomy classes a blog puts on the post itself; empty for a blog entry. */
    private static String furnitureNames(Element e) {
        StringBuilder b = new StringBuilder();
        for (String c : e.classNames()) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (lc.equals("hentry") || lc.equals("h-entry")) {
                return ""; // a microformats blog entry: the post itself, whatever its other classes say
            }
            if (!TAXONOMY_CLASS.matcher(lc).matches()) {
                b.append(lc).append(' ');
            }
        }
        b.append(e.id().toLowerCase(Locale.ROOT));
        return b.toString().strip();
    }
}
