package org.ipradar.bulletin;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * The Atom feed of published bulletins (ROME), newest first: each entry links to the bulletin's page and, as
 * enclosures, to its PDF and DOCX files; its content lists the articles with their summaries as escaped HTML.
 */
public final class BulletinFeed {
    private BulletinFeed() {}

    /** The feed as Atom 1.0 XML; {@code base} is the site's address without a trailing slash. */
    public static String atom(List<Bulletin> published, String base, Function<String, String> sourceName) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(Bulletin.SERIES);
        feed.setDescription(Bulletin.SERIES_EN + " · " + Bulletin.PUBLISHER);
        feed.setUri(base + "/bulletins.atom");
        feed.setLanguage("zh-CN");
        feed.setLinks(List.of(link(base + "/bulletins", "alternate", "text/html"),
                link(base + "/bulletins.atom", "self", "application/atom+xml")));
        Instant newest = published.stream().map(Bulletin::published).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(newest));
        List<SyndEntry> entries = new ArrayList<>();
        for (Bulletin b : published) {
            Edition e = Edition.of(b, sourceName);
            String page = base + "/bulletins/" + b.id();
            String files = base + "/api/bulletins/" + b.id() + "/export?format=";
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("urn:ipradar:bulletin:" + b.id());
            entry.setTitle(b.title());
            entry.setLink(page);
            entry.setLinks(List.of(link(page, "alternate", "text/html"),
                    link(files + "pdf", "enclosure", "application/pdf"),
                    link(files + "docx", "enclosure",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
            entry.setPublishedDate(Date.from(b.published()));
            entry.setUpdatedDate(Date.from(b.published()));
            entry.setAuthor(Bulletin.PUBLISHER);
            SyndCategory quarter = new SyndCategoryImpl();
            quarter.setName(b.quarter());
            entry.setCategories(List.of(quarter));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(String.join("\n\n", e.intro()));
            entry.setDescription(summary);
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(html(e));
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException ex) {
            throw new IllegalStateException("cannot write the bulletins feed: " + ex.getMessage(), ex);
        }
    }

    // Every value is escaped: the content is HTML built from plain text only.
    private static String html(Edition e) {
        StringBuilder s = new StringBuilder();
        for (String p : e.intro()) {
            s.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        s.append("<ol>");
        for (Edition.Article a : e.articles()) {
            s.append("<li><strong>");
            if (a.url() != null) {
                s.append("<a href=\"").append(Entities.escape(a.url())).append("\">")
                        .append(Entities.escape(a.title())).append("</a>");
            } else {
                s.append(Entities.escape(a.title()));
            }
            s.append("</strong><br>").append(Entities.escape(a.meta()));
            for (String p : a.summary()) {
                s.append("<p>").append(Entities.escape(p)).append("</p>");
            }
            s.append("</li>");
        }
        return s.append("</ol>").toString();
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink l = new SyndLinkImpl();
        l.setHref(href);
        l.setRel(rel);
        l.setType(type);
        return l;
    }
}
