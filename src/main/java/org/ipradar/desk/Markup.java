package org.ipradar.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.ipradar.ingest.HtmlText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Editors' text, Markdown or HTML, made safe to show: Markdown is rendered by commonmark with raw HTML escaped and
 * unsafe link schemes dropped, and either way the HTML goes through one jsoup {@link Safelist} (text formatting,
 * headings, lists, tables and http(s)/mailto links; no images, scripts, styles, frames or event handlers).
 */
public final class Markup {
    /** The largest text accepted, in UTF-16 chars: more is refused before it is parsed. */
    public static final int MAX_CHARS = 512 * 1024;

    /** How a text is written. */
    public enum Format {
        MARKDOWN,
        HTML;

        /** The wire name, as in {@code "markdown"}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads a wire name, or throws with the allowed values. */
        public static Format parse(String value) {
            for (Format f : values()) {
                if (f.wire().equals(value)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("must be one of: markdown, html (got \"" + value + "\")");
        }
    }

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markup() {}

    /** HTML reduced to the safelist; applying it twice gives the same result as once. */
    public static String sanitize(String html) {
        return html == null ? "" : Jsoup.clean(html, "", SAFELIST, OUTPUT);
    }

    /** Markdown rendered to safe HTML: raw HTML in it shows as text, and the result is sanitised as well. */
    public static String markdownToHtml(String markdown) {
        return markdown == null ? "" : sanitize(RENDERER.render(MARKDOWN.parse(markdown)));
    }

    /** Safe HTML for a text in the given format. */
    public static String toHtml(Format format, String body) {
        return format == Format.MARKDOWN ? markdownToHtml(body) : sanitize(body);
    }

    /** The plain text of safe HTML: paragraphs separated by a blank line. */
    public static String text(String safeHtml) {
        return HtmlText.toText(safeHtml);
    }

    /** The plain-text paragraphs of a text in the given format. */
    public static List<String> paragraphs(Format format, String body) {
        String text = text(toHtml(format, body));
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
