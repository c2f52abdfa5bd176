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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.input.JDOMParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom payloads with ROME into {@link ParsedFeed}s. No DOCTYPE or external entity is
 * ever processed: the DOCTYPE is cut out before parsing, and ROME refuses any that remains.
 */
public final class FeedReader {
    private static final Logger log = LoggerFactory.getLogger(FeedReader.class);
    private static final Pattern XML_DECL = Pattern.compile("^[\\s\\S]{0,512}?(<\\?xml\\s[^>]*\\?>)");
    // An internal subset may hold entity declarations, so the whole [...] goes with the DOCTYPE.
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*(\\[[\\s\\S]*?\\])?\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern COMMENTS_AND_PIS = Pattern.compile("<!--[\\s\\S]*?(-->|$)|<\\?[\\s\\S]*?(\\?>|$)");
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>([\\s\\S]{0,400}?)</title>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNBOUND_PREFIX = Pattern.compile("The prefix \"([A-Za-z_][\\w.-]*)\" for .* is not bound");
    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf", "feed");
    private static final int MAX_DECLARED_PREFIXES = 8;
    /** Namespaces of prefixes that feeds commonly use undeclared, so that ROME's modules still read them. */
    private static final Map<String, String> KNOWN_PREFIXES = Map.of(
            "dc", "http://purl.org/dc/elements/1.1/",
            "content", "http://purl.org/rss/1.0/modules/content/",
            "media", "http://search.yahoo.com/mrss/",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "atom", "http://www.w3.org/2005/Atom");

    private FeedReader() {}

    /** Reads a payload; {@code contentType} is the HTTP header (or null), {@code base} resolves relative links. */
    public static ParsedFeed read(byte[] payload, String contentType, URI base) throws UnreadableFeedException {
        if (payload.length == 0) {
            throw new UnreadableFeedException("not a feed: the payload is empty", -1, -1, null);
        }
        FeedDecoder.Decoded decoded = FeedDecoder.decode(payload, contentType);
        String xml = prepare(decoded.text());
        refuseNonFeeds(xml);
        SyndFeed feed = parse(xml);
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

    /**
     * Parses prepared text with ROME. A prefix used without a namespace declaration (a common slip in real feeds,
     * such as {@code itunes:} or {@code media:}) is declared on the root element and the parse is tried again.
     */
    private static SyndFeed parse(String prepared) throws UnreadableFeedException {
        String xml = prepared;
        // ROME's healer drops leading whitespace and comments, so its line numbers start after them.
        int trimmedLines = leadingLineBreaks(prepared);
        List<String> declared = new ArrayList<>();
        while (true) {
            try {
                SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
                input.setAllowDoctypes(false);
                input.setXmlHealerOn(true); // maps HTML entities such as &nbsp; that RSS 0.91 feeds use
                SyndFeed feed = input.build(new StringReader(xml));
                if (!declared.isEmpty()) {
                    log.warn("feed used undeclared namespace prefixes={}; declared them to read it", declared);
                }
                return feed;
            } catch (ParsingFeedException e) {
                JDOMParseException xmlError = xmlError(e);
                if (xmlError == null) {
                    throw new UnreadableFeedException(structureMessage(xml, e), -1, -1, e);
                }
                Matcher unbound = UNBOUND_PREFIX.matcher(rootMessage(e));
                String healed = unbound.find() && declared.size() < MAX_DECLARED_PREFIXES
                        ? declarePrefix(xml, unbound.group(1))
                        : null;
                if (healed == null) {
                    int line = xmlError.getLineNumber() > 0 ? xmlError.getLineNumber() + trimmedLines : -1;
                    throw new UnreadableFeedException("not well-formed XML at line " + line + ", column "
                            + xmlError.getColumnNumber() + ": " + xmlMessage(e), line, xmlError.getColumnNumber(), e);
                }
                declared.add(unbound.group(1));
                xml = healed;
            } catch (FeedException | IllegalArgumentException e) {
                throw new UnreadableFeedException(structureMessage(xml, e), -1, -1, e);
            } catch (RuntimeException e) {
                throw new UnreadableFeedException("not a readable feed: " + rootMessage(e), -1, -1, e);
            }
        }
    }

    /** Refuses, with a message that says what it is, a payload that is plainly not a feed: no XML, or HTML. */
    private static void refuseNonFeeds(String xml) throws UnreadableFeedException {
        String root = rootName(xml);
        if (root != null) {
            String local = root.toLowerCase(Locale.ROOT);
            if (local.equals("html") || local.equals("head") || local.equals("body")) {
                Matcher title = HTML_TITLE.matcher(xml);
                String what = title.find() ? " titled \"" + clip(HtmlText.toText(title.group(1)), 80) + "\"" : "";
                throw new UnreadableFeedException("not a feed: an HTML page" + what + " (root element <" + root
                        + ">)", -1, -1, null);
            }
            return;
        }
        String rest = COMMENTS_AND_PIS.matcher(xml).replaceAll("").strip();
        if (rest.isEmpty()) {
            throw new UnreadableFeedException(
                    "not a feed: the document has no root element (only comments or whitespace)", -1, -1, null);
        }
        if (!rest.startsWith("<")) {
            throw new UnreadableFeedException("not a feed: the payload is not XML (it starts with \""
                    + clip(rest, 40) + "\")", -1, -1, null);
        }
    }

    /** The qualified name of the first element, skipping comments and processing instructions; null when none. */
    static String rootName(String xml) {
        int start = rootStart(xml);
        return start < 0 ? null : xml.substring(start, nameEnd(xml, start));
    }

    /** Where the first element's name starts, after whitespace, comments and processing instructions; -1 if none. */
    private static int rootStart(String xml) {
        int i = prologEnd(xml);
        boolean element = i >= 0 && i + 1 < xml.length() && xml.charAt(i) == '<'
                && (Character.isLetter(xml.charAt(i + 1)) || xml.charAt(i + 1) == '_');
        return element ? i + 1 : -1;
    }

    /** Where the first thing other than whitespace, a comment or a processing instruction starts; -1 if unclosed. */
    private static int prologEnd(String xml) {
        int i = 0;
        while (i < xml.length()) {
            if (Character.isWhitespace(xml.charAt(i))) {
                i++;
            } else if (xml.startsWith("<!--", i) || xml.startsWith("<?", i)) {
                String close = xml.startsWith("<!--", i) ? "-->" : "?>";
                int end = xml.indexOf(close, i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + close.length();
            } else {
                return i;
            }
        }
        return i;
    }

    /** Line breaks in the whitespace and comments before anything else in the text. */
    private static int leadingLineBreaks(String xml) {
        int end = 0;
        while (end < xml.length()) {
            if (Character.isWhitespace(xml.charAt(end))) {
                end++;
            } else if (xml.startsWith("<!--", end) && xml.indexOf("-->", end + 4) >= 0) {
                end = xml.indexOf("-->", end + 4) + 3;
            } else {
                break;
            }
        }
        int breaks = 0;
        for (int i = 0; i < end; i++) {
            char c = xml.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == xml.length() || xml.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    private static int nameEnd(String xml, int start) {
        int i = start;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':')) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The message for well-formed XML that ROME cannot read as a feed. */
    private static String structureMessage(String xml, Exception e) {
        String root = rootName(xml);
        if (root != null && root.equalsIgnoreCase("rss") && !xml.contains("<channel")) {
            return "not a feed: <rss> has no <channel> element";
        }
        if (root != null && !FEED_ROOTS.contains(root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT))) {
            return "not a feed: the root element is <" + root + ">, not <rss>, <rdf:RDF> or <feed>";
        }
        return "not a readable feed: " + rootMessage(e);
    }

    private static JDOMParseException xmlError(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof JDOMParseException j) {
                return j;
            }
        }
        return null;
    }

    /** Xerces' message, with the one for a cut-off document said plainly. */
    private static String xmlMessage(Exception e) {
        String m = rootMessage(e);
        return m.startsWith("XML document structures must start and end within the same entity")
                ? "the document ends before its elements are closed (cut off?)"
                : m;
    }

    /** The text with {@code prefix} declared on the root element, or null when there is no root start tag. */
    private static String declarePrefix(String xml, String prefix) {
        int start = rootStart(xml);
        if (start < 0) {
            return null;
        }
        int end = nameEnd(xml, start);
        String uri = KNOWN_PREFIXES.getOrDefault(prefix, "urn:ipradar:undeclared:" + prefix);
        return xml.substring(0, end) + " xmlns:" + prefix + "=\"" + uri + "\"" + xml.substring(end);
    }

    private static String clip(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > max ? one.substring(0, max) + "…" : one;
    }

    /** The decoded text made safe and parseable: no BOM, no XML declaration (the text is decoded), no DOCTYPE. */
    static String prepare(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var decl = XML_DECL.matcher(s);
        if (decl.find()) {
            // What stands before it (a comment, say) stays; ROME's healer drops leading comments.
            s = s.substring(0, decl.start(1)) + s.substring(decl.end(1));
        }
        // Only where a DOCTYPE may stand, before the root element: the same text inside an item is content.
        int prologEnd = prologEnd(s);
        var doctype = DOCTYPE.matcher(s);
        if (prologEnd >= 0 && doctype.region(prologEnd, s.length()).lookingAt()) {
            // Its line breaks stay, so that error lines still count from the top of the payload.
            String breaks = doctype.group().replaceAll("[^\n]", "");
            s = s.substring(0, doctype.start()) + breaks + s.substring(doctype.end());
        }
        return withoutInvalidXmlChars(s);
    }

    // The characters XML 1.0 forbids are rare: scan once, and copy only when one is there.
    private static String withoutInvalidXmlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return INVALID_XML_CHARS.matcher(s).replaceAll("");
            }
        }
        return s;
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
