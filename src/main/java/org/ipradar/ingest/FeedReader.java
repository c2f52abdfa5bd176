package org.ipradar.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom payloads with ROME into {@link ParsedFeed}s. No DOCTYPE or external entity is
 * ever processed: the DOCTYPE is cut out before parsing, and ROME refuses any that remains.
 */
public final class FeedReader {
    private static final Pattern XML_DECL = Pattern.compile("^[\\s\\S]{0,512}?(<\\?xml\\s[^>]*\\?>)");
    // An internal subset may hold entity declarations, so the whole [...] goes with the DOCTYPE.
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*(\\[[\\s\\S]*?\\])?\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private FeedReader() {}

    /** Reads a payload; {@code contentType} is the HTTP header (or null), {@code base} resolves relative links. */
    public static ParsedFeed read(byte[] payload, String contentType, URI base) throws UnreadableFeedException {
        if (payload.length == 0) {
            throw new UnreadableFeedException("not a feed: the payload is empty", -1, -1, null);
        }
        FeedDecoder.Decoded decoded = FeedDecoder.decode(payload, contentType);
        String xml = prepare(decoded.text());
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true); // maps HTML entities such as &nbsp; that RSS 0.91 feeds use
            feed = input.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            throw new UnreadableFeedException("not well-formed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + rootMessage(e), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnreadableFeedException("not a feed: " + rootMessage(e), -1, -1, e);
        } catch (RuntimeException e) {
            throw new UnreadableFeedException("not a readable feed: " + rootMessage(e), -1, -1, e);
        }
        URI linkBase = base;
        URI feedLink = absolute(feed.getLink(), base);
        if (feedLink != null) {
            linkBase = feedLink;
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            items.add(item(e, linkBase, base));
        }
        return new ParsedFeed(feed.getFeedType(), plain(feed.getTitle()), feed.getLanguage(), decoded.charset(),
                List.copyOf(items));
    }

    /** The decoded text made safe and parseable: no BOM, no XML declaration (the text is decoded), no DOCTYPE. */
    static String prepare(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var decl = XML_DECL.matcher(s);
        if (decl.find()) {
            // Dropping the whole prefix before it also mends a comment placed before the declaration.
            s = s.substring(0, decl.start(1)) + s.substring(decl.end(1));
        }
        s = DOCTYPE.matcher(s).replaceFirst("");
        s = INVALID_XML_CHARS.matcher(s).replaceAll("");
        return s.stripLeading();
    }

    private static FeedItem item(SyndEntry e, URI linkBase, URI fetchUrl) {
        String link = e.getLink();
        if ((link == null || link.isBlank()) && e.getLinks() != null) {
            for (SyndLink l : e.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    link = l.getHref();
                    break;
                }
            }
        }
        String guid = e.getUri();
        if ((link == null || link.isBlank()) && guid != null && guid.matches("(?i)https?://\\S+")) {
            link = guid;
        }
        URI abs = absolute(link, linkBase);
        if (abs == null && link != null) {
            abs = absolute(link, fetchUrl);
        }
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        Instant published = date == null ? null : date.toInstant();
        return new FeedItem(blankToNull(guid), abs == null ? null : abs.toString(), plain(e.getTitle()), body(e),
                published);
    }

    private static String body(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        if (e.getContents() != null) {
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null) {
                    html.append(c.getValue()).append('\n');
                }
            }
        }
        String text = HtmlText.toText(html.toString());
        if (text.isEmpty() && e.getDescription() != null) {
            text = HtmlText.toText(e.getDescription().getValue());
        }
        return text;
    }

    /** Plain text of a title that may carry markup or entities. */
    private static String plain(String s) {
        if (s == null) {
            return "";
        }
        return HtmlText.toText(s).replace('\n', ' ');
    }

    private static URI absolute(String link, URI base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(link.strip().replace(" ", "%20"));
            if (!u.isAbsolute() && base != null) {
                u = base.resolve(u);
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException ex) {
            return null; // an unusable link: the item is kept, identified by its guid instead
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        String m = r.getMessage() == null ? r.getClass().getSimpleName() : r.getMessage();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
