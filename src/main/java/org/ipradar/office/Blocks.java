package org.ipradar.office;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown read into the few block and inline kinds Word and PDF writers lay out: headings, paragraphs and list
 * items made of runs (plain, bold, italic, linked). Raw HTML in the Markdown is dropped, not rendered.
 */
public final class Blocks {
    /**
     * A stretch of text with one format.
     *
     * @param text the text
     * @param bold whether bold
     * @param italic whether italic
     * @param link the link's address, or null
     */
    public record Run(String text, boolean bold, boolean italic, String link) {}

    /**
     * A block.
     *
     * @param kind what it is
     * @param level a heading's level (1–6), or a list item's nesting depth (1 for the outer list)
     * @param marker a list item's marker ({@code •} or {@code 3.}), or empty
     * @param runs its text
     */
    public record Block(Kind kind, int level, String marker, List<Run> runs) {
        /** The block's text without formatting. */
        public String text() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    /** The kinds of block. */
    public enum Kind {
        /** A heading. */
        HEADING,
        /** A paragraph. */
        PARAGRAPH,
        /** A list item's first paragraph. */
        ITEM
    }

    private static final Parser PARSER = Parser.builder().build();

    private Blocks() {}

    /** The Markdown's blocks in order. */
    public static List<Block> parse(String markdown) {
        Node doc = PARSER.parse(markdown);
        List<Block> out = new ArrayList<>();
        collect(doc, out, 0);
        return out;
    }

    private static void collect(Node parent, List<Block> out, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                out.add(new Block(Kind.HEADING, h.getLevel(), "", runs(h)));
            } else if (n instanceof Paragraph p) {
                out.add(new Block(Kind.PARAGRAPH, 0, "", runs(p)));
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                items(n, out, depth + 1);
            }
        }
    }

    // A list's items at this depth; a list inside an item goes one level deeper.
    private static void items(Node list, List<Block> out, int depth) {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? number++ + "." : "•";
            boolean first = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p) {
                    out.add(new Block(first ? Kind.ITEM : Kind.PARAGRAPH, depth, first ? marker : "", runs(p)));
                    first = false;
                } else if (c instanceof BulletList || c instanceof OrderedList) {
                    items(c, out, depth + 1);
                }
            }
        }
    }

    private static List<Run> runs(Node block) {
        List<Run> runs = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            private boolean bold;
            private boolean italic;
            private String link;

            @Override
            public void visit(Text text) {
                add(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                add(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                add(" ");
            }

            @Override
            public void visit(HardLineBreak b) {
                add("\n");
            }

            @Override
            public void visit(StrongEmphasis e) {
                boolean was = bold;
                bold = true;
                visitChildren(e);
                bold = was;
            }

            @Override
            public void visit(Emphasis e) {
                boolean was = italic;
                italic = true;
                visitChildren(e);
                italic = was;
            }

            @Override
            public void visit(Link l) {
                String was = link;
                link = l.getDestination();
                visitChildren(l);
                link = was;
            }

            private void add(String text) {
                if (!runs.isEmpty()) {
                    Run last = runs.getLast();
                    if (last.bold() == bold && last.italic() == italic && java.util.Objects.equals(last.link(), link)) {
                        runs.set(runs.size() - 1, new Run(last.text() + text, bold, italic, link));
                        return;
                    }
                }
                runs.add(new Run(text, bold, italic, link));
            }
        });
        return runs;
    }
}
