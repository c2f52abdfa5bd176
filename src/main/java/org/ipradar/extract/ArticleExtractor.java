package org.ipradar.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Extracts an article page's headline, main text, publication date and language without per-site rules, using a
 * source's CSS selectors for the parts they cover; a selector that matches nothing falls back to the general
 * method and leaves a warning, so the crawler can flag the source.
 *
 * <p>The main text is found by {@link ContentFinder}'s block scoring, which counts CJK characters by weight and
 * Chinese clause punctuation, so Chinese pages are read as well as English ones. The page passed in is not
 * modified. Instances are immutable and thread-safe.
 */
public final class ArticleExtractor {
    /** How far after the headline (in characters of page text) a printed date is looked for. */
    private static final int DATE_SEARCH_CHARS = 200;

    private final ZoneId zone;
    private final DayMonthOrder order;

    /** An extractor that reads dates without an offset as UTC, and 03/04/2026 as 3 April. */
    public ArticleExtractor() {
        this(ZoneId.of("UTC"), DayMonthOrder.DMY);
    }

    /** An extractor that reads dates without an offset in {@code zone} and numeric dates in {@code order}. */
    public ArticleExtractor(ZoneId zone, DayMonthOrder order) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.order = Objects.requireNonNull(order, "order");
    }

    /** Extracts the article from HTML, resolving relative links against {@code baseUri}. */
    public ExtractedArticle extract(String html, String baseUri, ArticleSelectors selectors) {
        return extract(Jsoup.parse(html == null ? "" : html, baseUri == null ? "" : baseUri), selectors);
    }

    /** Extracts the article from a parsed page with the general method only. */
    public ExtractedArticle extract(Document page) {
        return extract(page, ArticleSelectors.NONE);
    }

    /** Extracts the article from a parsed page; {@code selectors} (or null) override the general method. */
    public ExtractedArticle extract(Document page, ArticleSelectors selectors) {
        Objects.requireNonNull(page, "page");
        ArticleSelectors sel = selectors == null ? ArticleSelectors.NONE : selectors;
        List<String> warnings = new ArrayList<>();
        PageMetadata meta = PageMetadata.read(page);

        String selectedTitle = selectedTitle(page, sel.title(), warnings);
        String title = selectedTitle != null ? selectedTitle : meta.title(null);
        String text = selectedBody(page, sel.body(), warnings);
        if (text == null) {
            ContentFinder.Found found = ContentFinder.find(page, title);
            text = found.text();
            String declared = declaredBody(meta);
            if (Chars.weight(declared) >= 200 && found.weight() < 0.3 * Chars.weight(declared)) {
                text = declared; // the markup holds little of the story (drawn by script): trust the JSON-LD
            }
            if (text.isEmpty()) {
                warnings.add("no main text found");
            }
            if (selectedTitle == null) {
                title = meta.title(found.heading());
            }
        }
        Instant published = selectedDate(page, sel.date(), warnings);
        if (published == null) {
            String headline = title;
            published = meta.published(page, zone, order).or(() -> dateNearTitle(page, headline))
                    .or(() -> meta.modified(zone, order)).orElse(null);
        }
        return new ExtractedArticle(title, text, published, meta.lang, warnings);
    }

    private static String selectedTitle(Document page, String css, List<String> warnings) {
        Elements found = select(page, "title", css, warnings);
        if (found == null) {
            return null;
        }
        String title = TextRenderer.collapse(found.first().text());
        if (title.isEmpty()) {
            warnings.add("title selector \"" + css + "\" matched only empty elements; used the general extractor");
            return null;
        }
        return title;
    }

    private static String selectedBody(Document page, String css, List<String> warnings) {
        Elements found = select(page, "body", css, warnings);
        if (found == null) {
            return null;
        }
        // the source's own selector is trusted; only label lines and link lists inside it are dropped
        String text = TextRenderer.join(ParagraphFilter.dropFurniture(TextRenderer.paragraphs(outermost(found))));
        if (text.isEmpty()) {
            warnings.add("body selector \"" + css + "\" matched only empty elements; used the general extractor");
            return null;
        }
        return text;
    }

    private Instant selectedDate(Document page, String css, List<String> warnings) {
        Elements found = select(page, "date", css, warnings);
        if (found == null) {
            return null;
        }
        Element e = found.first();
        String raw = !e.attr("datetime").isBlank() ? e.attr("datetime")
                : !e.attr("content").isBlank() ? e.attr("content") : e.text();
        Optional<Instant> date = Dates.parse(raw, zone, order);
        if (date.isEmpty()) {
            warnings.add("date selector \"" + css + "\" matched \"" + clip(raw)
                    + "\", which holds no readable date; used the general extractor");
        }
        return date.orElse(null);
    }

    /** The JSON-LD {@code articleBody} as plain text with paragraphs, or empty. */
    private static String declaredBody(PageMetadata meta) {
        String body = meta.jsonLd("articleBody");
        if (body == null) {
            return "";
        }
        Element root = Jsoup.parseBodyFragment(body.replace("\n", "<br>")).body();
        List<String> paragraphs = new ArrayList<>();
        for (String p : TextRenderer.text(root).split("\n+")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** The selector's matches; null when it is absent, and (with a warning) when it is not CSS or matches nothing. */
    private static Elements select(Document page, String part, String css, List<String> warnings) {
        if (ArticleSelectors.blank(css)) {
            return null;
        }
        Elements found;
        try {
            found = page.select(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            warnings.add(part + " selector \"" + css + "\" is not valid CSS (" + e.getMessage()
                    + "); used the general extractor");
            return null;
        }
        if (found.isEmpty()) {
            warnings.add(part + " selector \"" + css + "\" no longer matches; used the general extractor");
            return null;
        }
        return found;
    }

    /** The matches that are not inside another match, so that no text is taken twice. */
    private static List<Element> outermost(Elements found) {
        List<Element> out = new ArrayList<>();
        for (Element e : found) {
            boolean nested = false;
            for (Element p = e.parent(); p != null && !nested; p = p.parent()) {
                nested = found.contains(p);
            }
            if (!nested) {
                out.add(e);
            }
        }
        return out;
    }

    /** A date printed just after the headline, as on pages with no date in their markup. */
    private Optional<Instant> dateNearTitle(Document page, String title) {
        String want = ContentFinder.comparable(title);
        if (want.length() < 4) {
            return Optional.empty();
        }
        for (Element h : page.select("h1, h2, h3, h4, h5, h6, [class*=title], [id*=title]")) {
            String got = ContentFinder.comparable(h.text());
            if (got.equals(want) || got.length() < want.length() * 2 && got.contains(want)) {
                return Dates.parse(textAfter(h, DATE_SEARCH_CHARS), zone, order);
            }
        }
        return Optional.empty();
    }

    /**
     * The short lines of text that follow an element (up to {@code limit} characters), stopping at the first long
     * one: the byline and dateline under a headline, not the article's prose.
     */
    static String textAfter(Element e, int limit) {
        StringBuilder b = new StringBuilder();
        Node n = nextOutside(e);
        while (n != null && b.length() < limit) {
            if (n instanceof Element el && TextRenderer.SKIPPED.contains(el.normalName())) {
                n = nextOutside(el);
                continue;
            }
            if (n instanceof Element el && el.normalName().equals("table")) {
                break; // an infobox, not the line under a headline
            }
            if (n instanceof TextNode t) {
                String s = t.text().strip();
                if (s.length() > 150) {
                    break; // prose: the article has begun
                }
                if (!s.isEmpty()) {
                    b.append(s).append(' ');
                }
            }
            n = n.childNodeSize() > 0 ? n.childNode(0) : nextOutside(n);
        }
        return b.length() > limit ? b.substring(0, limit) : b.toString();
    }

    /** The node after {@code n} and its subtree in document order, or null at the end. */
    private static Node nextOutside(Node n) {
        for (Node c = n; c != null; c = c.parent()) {
            Node s = c.nextSibling();
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String clip(String s) {
        String c = TextRenderer.collapse(s);
        return c.length() > 80 ? c.substring(0, 80) + "…" : c;
    }
}
