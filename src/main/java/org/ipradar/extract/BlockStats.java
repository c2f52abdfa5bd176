package org.ipradar.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of one element's subtree (weights as {@link Chars#weight}), gathered for every element of a tree
 * bottom-up in a single pass, so that no decision has to count a subtree again.
 */
final class BlockStats {
    int weight;
    double linkWeight;
    int puncts;
    int paragraphs;
    int images;
    int listItems;
    int links;
    /** Weight inside headings, lists and block quotes, and inside {@code <p>}s that are not mostly links. */
    int headingWeight;
    int listWeight;
    int quoteWeight;
    int paragraphWeight;

    /** The share of the text that is link text, from 0 to 1. */
    double linkDensity() {
        return weight == 0 ? 0 : Math.min(1.0, linkWeight / weight);
    }

    /** Whether most of the text is quoted: an embedded post or tweet that the article cites. */
    boolean mostlyQuoted() {
        return weight > 0 && quoteWeight >= 0.7 * weight;
    }

    private void add(BlockStats c, String childTag) {
        weight += c.weight;
        linkWeight += c.linkWeight;
        puncts += c.puncts;
        paragraphs += c.paragraphs;
        images += c.images;
        listItems += c.listItems;
        links += c.links;
        headingWeight += isHeading(childTag) ? c.weight : c.headingWeight;
        listWeight += childTag.equals("ul") || childTag.equals("ol") ? c.weight : c.listWeight;
        quoteWeight += childTag.equals("blockquote") ? c.weight : c.quoteWeight;
        paragraphWeight += childTag.equals("p") ? (c.linkDensity() < 0.5 ? c.weight : 0) : c.paragraphWeight;
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Gathers the statistics of every element under (and including) {@code root} into {@code into}. */
    static BlockStats gather(Element root, Map<Element, BlockStats> into) {
        return gather(root, into, e -> false, (e, s) -> false);
    }

    /**
     * Gathers statistics bottom-up, asking {@code drop} about each element once its children are done; an element
     * it drops does not count toward its ancestors (the caller removes it). Nothing inside an element that
     * {@code shield} accepts is asked about.
     */
    static BlockStats gather(Element root, Map<Element, BlockStats> into, Predicate<Element> shield,
            BiPredicate<Element, BlockStats> drop) {
        Deque<BlockStats> stack = new ArrayDeque<>();
        BlockStats[] result = new BlockStats[1];
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;
            double linkFactor = 1;
            Element shielded;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stack.push(new BlockStats());
                    if (shielded == null && shield.test(e)) {
                        shielded = e;
                    }
                    if (e.normalName().equals("a") && linkDepth++ == 0) {
                        linkFactor = e.attr("href").startsWith("#") ? 0.3 : 1; // in-page links weigh less
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    String s = t.getWholeText();
                    BlockStats c = stack.peek();
                    int w = Chars.weight(s);
                    c.weight += w;
                    c.puncts += Chars.clausePuncts(s);
                    if (linkDepth > 0) {
                        c.linkWeight += w * linkFactor;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                BlockStats c = stack.pop();
                String tag = e.normalName();
                switch (tag) {
                    case "p" -> c.paragraphs++;
                    case "img" -> c.images++;
                    case "li" -> c.listItems++;
                    case "a" -> {
                        linkDepth--;
                        c.links++;
                    }
                    default -> { }
                }
                if (into != null) {
                    into.put(e, c);
                }
                boolean dropped = shielded == null && e != root && drop.test(e, c);
                if (shielded == e) {
                    shielded = null;
                }
                if (stack.isEmpty()) {
                    result[0] = c;
                } else if (!dropped) {
                    stack.peek().add(c, tag);
                }
            }
        }, root);
        return result[0] == null ? new BlockStats() : result[0];
    }
}
