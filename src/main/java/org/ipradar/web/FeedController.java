package org.ipradar.web;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.search.SearchRequest;
import org.ipradar.search.SearchResult;
import org.jsoup.Jsoup;

/**
 * {@code GET /api/search.atom}: any search as an Atom 1.0 feed, so a saved search can be followed in a feed reader
 * or polled by the subcenter's own tools. It takes the parameters of {@code /api/search}; unless they say otherwise
 * it lists the newest {@value #DEFAULT_LIMIT} hits, so new documents come first.
 */
final class FeedController {
    /** Hits in a feed when the request does not set {@code limit}. */
    static final int DEFAULT_LIMIT = 20;
    /** The category scheme of each facet, under this prefix: {@code urn:ipradar:country} and so on. */
    static final String SCHEME = "urn:ipradar:";

    private final Services services;
    private final ApiController api;

    FeedController(Services services, ApiController api) {
        this.services = services;
        this.api = api;
    }

    /** {@code GET /api/search.atom}. */
    void search(Context ctx) {
        SearchRequest r = SearchParams.read(ctx, api.knownSources());
        boolean sortGiven = ctx.queryParam("sort") != null && !ctx.queryParam("sort").isBlank();
        boolean limitGiven = ctx.queryParam("limit") != null && !ctx.queryParam("limit").isBlank();
        SearchRequest feedRequest = new SearchRequest(r.query(), r.countries(), r.kinds(), r.langs(), r.sources(),
                r.ipTypes(), r.industries(), r.quarters(), r.from(), r.to(),
                sortGiven ? r.sort() : SearchRequest.Sort.DATE, limitGiven ? r.limit() : DEFAULT_LIMIT, r.offset());
        SearchResult res = services.search().search(feedRequest);
        Labels l = Labels.forUi(ctx.queryParam("ui"));
        String base = ctx.scheme() + "://" + ctx.host();
        SearchLinks page = SearchLinks.of(r, ctx.queryParam("from"), ctx.queryParam("to"), null, l.english());
        String self = base + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        String xml = write(res, l, base, base + page.at(0).url(), self, sourceNames(), Instant.now());
        ctx.contentType("application/atom+xml; charset=utf-8")
                .header("X-Content-Type-Options", "nosniff")
                .result(xml);
    }

    private Map<String, String> sourceNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        services.sources().forEach(s -> names.put(s.id(), s.name() == null || s.name().isBlank() ? s.id() : s.name()));
        return names;
    }

    /**
     * The feed of a result: its id and alternate link are the search page, each entry is a hit with its original
     * link (or its page here), its page here as id, the snippet as a plain-text summary, and a category per country,
     * IP type, industry and kind.
     *
     * @param base the site's address, as in {@code http://host:port}
     * @param pageUrl the search page, absolute
     * @param selfUrl the feed itself, absolute
     * @param now when the feed is written, its updated time when it has no entries
     */
    static String write(SearchResult res, Labels l, String base, String pageUrl, String selfUrl,
            Map<String, String> sourceNames, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(xml(selfUrl));
        feed.setTitle(xml("ipradar: " + (res.query().isBlank() ? l.get("latest") : res.query())));
        feed.setLanguage(l.htmlLang());
        feed.setAlternateLinks(List.of(link("alternate", xml(pageUrl), "text/html")));
        feed.setOtherLinks(List.of(link("self", xml(selfUrl), "application/atom+xml")));
        Person author = new Person();
        author.setName("ipradar");
        author.setUri(base + "/");
        feed.setAuthors(List.of(author));
        Generator generator = new Generator();
        generator.setValue("ipradar");
        generator.setVersion(Settings.VERSION);
        feed.setGenerator(generator);
        Instant newest = null;
        List<Entry> entries = new ArrayList<>();
        for (SearchResult.Hit h : res.hits()) {
            if (h.published() != null && (newest == null || h.published().isAfter(newest))) {
                newest = h.published();
            }
        }
        Instant updated = newest == null ? now : newest;
        feed.setUpdated(Date.from(updated));
        for (SearchResult.Hit h : res.hits()) {
            entries.add(entry(h, l, base, sourceNames, updated));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
    }

    private static Entry entry(SearchResult.Hit h, Labels l, String base, Map<String, String> sourceNames,
            Instant fallback) {
        Entry e = new Entry();
        String page = base + PageController.documentPath(h.id());
        e.setId(page);
        e.setTitle(xml(h.title() == null || h.title().isBlank() ? h.id() : h.title()));
        String original = PageController.webAddress(h.url());
        List<Link> alternate = new ArrayList<>();
        alternate.add(link("alternate", original != null ? original : page, "text/html"));
        e.setAlternateLinks(alternate);
        if (original != null) {
            e.setOtherLinks(List.of(link("related", page, "text/html")));
        }
        Date date = Date.from(h.published() != null ? h.published() : fallback);
        e.setUpdated(date);
        if (h.published() != null) {
            e.setPublished(date);
        }
        Person source = new Person();
        source.setName(xml(sourceNames.getOrDefault(h.source(), h.source())));
        e.setAuthors(List.of(source));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(xml(plain(h.snippet())));
        e.setSummary(summary);
        List<Category> categories = new ArrayList<>();
        h.countries().forEach(c -> categories.add(category("country", c, l.countryName(c))));
        h.ipTypes().forEach(t -> categories.add(category("ipType", t, l.ipType(t))));
        h.industries().forEach(t -> categories.add(category("industry", t, l.industry(t))));
        if (h.kind() != null) {
            categories.add(category("kind", h.kind(), l.kind(h.kind())));
        }
        e.setCategories(categories);
        return e;
    }

    // The text without the characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/FFFF),
    // which a query or a crawled title may contain.
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (legal) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    // The snippet's text: its <mark> tags dropped and its escapes undone.
    static String plain(String snippetHtml) {
        return snippetHtml == null ? "" : Jsoup.parseBodyFragment(snippetHtml).text();
    }

    private static Category category(String dim, String term, String label) {
        Category c = new Category();
        c.setScheme(SCHEME + dim);
        c.setTerm(term);
        c.setLabel(label);
        return c;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
