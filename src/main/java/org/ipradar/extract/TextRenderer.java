package org.ipradar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders elements as plain text the way a reader sees them: one paragraph per block, a blank line between. */
final class TextRenderer {
    /** Elements a browser lays out as blocks: each starts and ends a paragraph. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "caption", "ul", "noscript",
            "iframe", "video", "audio", "canvas", "option", "select", "textarea", "picture");
    /** Table cells: laid out side by side, so their texts are joined by a space on one line. */
    static final Set<String> CELLS = Set.of("td", "th");
    /** Elements whose content is never text a reader sees. */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head", "title",
            "meta", "link", "iframe", "object", "embed", "select", "option", "textarea", "button", "input", "canvas",
            "video", "audio", "math");

    private TextRenderer() {}

    /** The text of one element. */
    static String text(Element root) {
        return text(List.of(root));
    }

    /** The text of several elements in order, each of them starting a new paragraph. */
    static String text(List<Element> roots) {
        return join(paragraphs(roots));
    }

    /** Paragraphs joined by a blank line. */
    static String join(List<Paragraph> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append(p.text());
        }
        return b.toString();
    }

    /** One paragraph of rendered text, with how much of it is link text (both as {@link Chars#weight}). */
    record Paragraph(String text, int weight, int linkWeight, String block, boolean endsInLink) {
        double linkDensity() {
            return weight == 0 ? 0 : Math.min(1.0, (double) linkWeight / weight);
        }
    }

    /** The paragraphs of several elements in order: lines inside a paragraph are kept, spaces collapsed. */
    static List<Paragraph> paragraphs(List<Element> roots) {
        Collector c = new Collector();
        for (Element root : roots) {
            c.flush();
            NodeTraversor.traverse(c, root);
            c.flush();
        }
        return c.paragraphs;
    }

    /** Walks the tree once, appending text to the current paragraph and closing it at block boundaries. */
    private static final class Collector implements NodeVisitor {
        final List<Paragraph> paragraphs = new ArrayList<>();
        final StringBuilder para = new StringBuilder();
        int skipDepth;
        int preDepth;
        int linkDepth;
        int linkWeight;
        /** Whether the last visible text of the current paragraph was link text. */
        boolean lastInLink;
        final java.util.ArrayDeque<String> blocks = new java.util.ArrayDeque<>();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (skipDepth > 0 || SKIPPED.contains(name)) {
                    skipDepth++;
                    return;
                }
                if (name.equals("br")) {
                    para.append('\n');
                } else if (name.equals("a")) {
                    linkDepth++;
                } else if (BLOCKS.contains(name)) {
                    flush();
                    blocks.push(name);
                    if (name.equals("pre")) {
                        preDepth++;
                    }
                } else if (CELLS.contains(name)) {
                    para.append(' ');
                }
            } else if (node instanceof TextNode t && skipDepth == 0) {
                String s = t.getWholeText();
                if (linkDepth > 0) {
                    linkWeight += Chars.weight(s);
                }
                if (!s.isBlank()) {
                    lastInLink = linkDepth > 0;
                }
                if (preDepth > 0) {
                    para.append(s);
                } else {
                    appendCollapsed(s);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (skipDepth > 0) {
                    skipDepth--;
                    return;
                }
                String name = e.normalName();
                if (name.equals("a")) {
                    linkDepth--;
                } else if (BLOCKS.contains(name)) {
                    flush();
                    blocks.poll();
                    if (name.equals("pre")) {
                        preDepth--;
                    }
                } else if (CELLS.contains(name)) {
                    para.append(' ');
                }
            }
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Chars.isSpace(cp)) {
                    if (para.length() > 0 && para.charAt(para.length() - 1) != ' ') {
                        para.append(' ');
                    }
                } else {
                    para.appendCodePoint(cp);
                }
            }
        }

        /** Ends the current paragraph: trims each line, drops empty lines, keeps it when anything is left. */
        void flush() {
            if (para.isEmpty()) {
                linkWeight = 0;
                lastInLink = false;
                return;
            }
            StringBuilder out = new StringBuilder(para.length());
            for (String line : para.toString().split("\n", -1)) {
                String l = collapse(line);
                if (!l.isEmpty()) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    out.append(l);
                }
            }
            para.setLength(0);
            int links = linkWeight;
            boolean endsInLink = lastInLink;
            linkWeight = 0;
            lastInLink = false;
            if (!out.isEmpty()) {
                String text = out.toString();
                int weight = Chars.weight(text);
                paragraphs.add(new Paragraph(text, weight, Math.min(links, weight),
                        blocks.isEmpty() ? "" : blocks.peek(), endsInLink));
            }
        }
    }

    /** Collapses runs of white space (including no-break and ideographic spaces) to one space, and trims. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Chars.isSpace(cp)) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.appendCodePoint(cp);
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') {
            b.setLength(end - 1);
        }
        return b.toString();
    }
}
