package org.ipradar.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns an HTML fragment into plain text that keeps its paragraphs, dropping scripts, styles and markup. */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "table", "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt",
            "figure", "figcaption", "hr");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "iframe", "object", "template");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");

    private HtmlText() {}

    /** The plain text of an HTML fragment: paragraphs separated by a blank line, spaces collapsed. */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideSkipped(t)) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, body);
        return normalise(out.toString());
    }

    private static boolean insideSkipped(Node node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && SKIP.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Collapses runs of spaces within lines and runs of blank lines to one, and trims. */
    public static String normalise(String text) {
        String[] lines = text.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder b = new StringBuilder(text.length());
        boolean blank = false;
        for (String line : lines) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (l.isEmpty()) {
                blank = b.length() > 0;
                continue;
            }
            if (b.length() > 0) {
                b.append(blank ? "\n\n" : "\n");
            }
            b.append(l);
            blank = false;
        }
        return b.toString();
    }
}
