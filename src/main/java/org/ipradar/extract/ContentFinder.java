package org.ipradar.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element(s) holding a page's main text by scoring text blocks, in the manner of Readability: every
 * paragraph scores by its length and its clause punctuation (Chinese included), passes the score up to its
 * ancestors, ancestors are discounted by their link density and weighed by class and id hints, and the best one
 * plus its fitting siblings is the article, pruned of captions, share bars, link lists and other furniture.
 */
final class ContentFinder {
    /** The strictness switches; when the strict attempt yields too little text, the next drops one of them. */
    enum Flag { STRIP_UNLIKELY, WEIGHT_CLASSES, CLEAN_CONDITIONALLY }

    /**
     * What an attempt found: the text, its weight, and the heading just before the text (or at its top), which is
     * often the headline when the page's title is only the site's name; null when there is none.
     */
    record Found(String text, int weight, String heading) {}

    /** Below this text weight an attempt is retried with fewer flags (CJK characters weigh three). */
    static final int ENOUGH_WEIGHT = 500;

    private static final List<EnumSet<Flag>> ATTEMPTS = List.of(EnumSet.allOf(Flag.class),
            EnumSet.of(Flag.WEIGHT_CLASSES, Flag.CLEAN_CONDITIONALLY), EnumSet.of(Flag.CLEAN_CONDITIONALLY),
            EnumSet.noneOf(Flag.class));
    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "applet", "audio", "video", "source", "track", "map", "input",
            "select", "option", "textarea", "button", "link", "meta", "base", "dialog", "head", "title");
    /** Blocks whose text is a paragraph for scoring; their parent is the container that collects the score. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6",
            "address");
    /** Blocks whose own text never counts as article prose. */
    private static final Set<String> UNSCORED = Set.of("li", "dt", "dd", "ul", "ol", "dl", "menu", "table", "tr",
            "tbody", "thead", "tfoot", "caption", "h1", "nav", "figcaption", "legend", "option", "form", "label",
            "fieldset", "html");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");
    private static final Set<String> UNLIKELY_TAGS = Set.of("nav", "aside", "footer");
    /** Blocks that the last clean-up may remove when they look like furniture. */
    private static final Set<String> CONDITIONAL = Set.of("form", "fieldset", "table", "ul", "ol", "div",
            "section", "dl", "figure", "header");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"'”’)）]?(\\s|$)");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private ContentFinder() {}

    /** The page's main text: the strictest attempt that finds enough, else the one that found most. */
    static Found find(Document page, String title) {
        Found best = null;
        for (EnumSet<Flag> flags : ATTEMPTS) {
            Found f = new Attempt(page.clone(), title, flags).run();
            if (f.weight() >= ENOUGH_WEIGHT) {
                return f;
            }
            if (best == null || f.weight() > best.weight()) {
                best = f;
            }
        }
        return best;
    }

    /** One pass over a private copy of the page with a given strictness. */
    private static final class Attempt {
        final Element body;
        final String title;
        final EnumSet<Flag> flags;
        final Map<Element, BlockStats> stats = new IdentityHashMap<>();
        final Map<Element, double[]> scores = new IdentityHashMap<>();
        /** Per element, the weight of the prose paragraphs inside it (at any depth). */
        final Map<Element, double[]> prose = new IdentityHashMap<>();
        final List<Element> candidates = new ArrayList<>();
        final Hints.Cache hints = new Hints.Cache();
        /** The best container, once picked. */
        Element top;

        Attempt(Document doc, String title, EnumSet<Flag> flags) {
            this.body = doc.body();
            this.title = title == null ? "" : comparable(title);
            this.flags = flags;
        }

        Found run() {
            removeInvisible();
            BlockStats page = BlockStats.gather(body, stats);
            if (flags.contains(Flag.STRIP_UNLIKELY)) {
                removeUnlikely(page.weight);
                stats.clear();
                BlockStats.gather(body, stats);
            }
            scoreParagraphs();
            List<Element> content = pickContent();
            String heading = headingBefore(content.get(0));
            if (flags.contains(Flag.CLEAN_CONDITIONALLY)) {
                List<Element> kept = new ArrayList<>();
                for (Element e : content) {
                    removeFurniture(e);
                    removeTitleHeadings(e);
                    BlockStats s = cleanConditionally(e);
                    // a sibling taken in with the article must pass the same test as the blocks inside it
                    if (content.size() == 1 || e == top || !(Hints.furniture(e) != null || shouldRemove(e, s))) {
                        kept.add(e);
                    }
                }
                content = kept;
            }
            String text = TextRenderer.join(ParagraphFilter.filter(TextRenderer.paragraphs(content)));
            return new Found(text, Chars.weight(text), heading);
        }

        /** The last heading before the first prose of the content, if little text lies between them. */
        private String headingBefore(Element first) {
            Element[] heading = new Element[1];
            int[] since = new int[1];
            boolean[] inContent = new boolean[1];
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node == first) {
                        inContent[0] = true;
                    }
                    if (node instanceof Element e && isHeadline(e)) {
                        heading[0] = e;
                        since[0] = 0;
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (node instanceof TextNode t) {
                        int w = Chars.weight(t.getWholeText());
                        if (inContent[0] && w >= 50) {
                            return FilterResult.STOP; // the first real paragraph of the article
                        }
                        since[0] += w;
                    }
                    return FilterResult.CONTINUE;
                }
            }, body);
            if (heading[0] == null || since[0] > 600) {
                return null;
            }
            return TextRenderer.collapse(heading[0].text());
        }

        private static boolean isHeadline(Element e) {
            String tag = e.normalName();
            boolean named = BlockStats.isHeading(tag) || tag.equals("div") || tag.equals("p") || tag.equals("span");
            if (!named || !BlockStats.isHeading(tag) && !Hints.of(e).contains("title")
                    && !Hints.of(e).contains("headline")) {
                return false;
            }
            int w = Chars.weight(e.text());
            return w >= 8 && w <= 400;
        }

        private void removeInvisible() {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    return node instanceof Element e && e != body && isInvisible(e) ? FilterResult.REMOVE
                            : FilterResult.CONTINUE;
                }
            }, body);
        }

        private static boolean isInvisible(Element e) {
            if (INVISIBLE_TAGS.contains(e.normalName()) || e.hasAttr("hidden")) {
                return true;
            }
            String style = e.attr("style");
            if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
            return e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image");
        }

        /** Removes navigation, sidebars, comment threads and the like, unless one holds most of the page's text. */
        private void removeUnlikely(int pageWeight) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e) || e == body) {
                        return FilterResult.CONTINUE;
                    }
                    String tag = e.normalName();
                    if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (tag.equals("a")) {
                        return FilterResult.CONTINUE;
                    }
                    boolean unlikely = UNLIKELY_TAGS.contains(tag) || UNLIKELY_ROLES.contains(e.attr("role"))
                            || hints.unlikely(e);
                    if (!unlikely) {
                        return FilterResult.CONTINUE;
                    }
                    BlockStats s = stats.get(e);
                    boolean holdsThePage = s != null && s.weight > pageWeight / 2 && s.linkDensity() < 0.5;
                    return holdsThePage || s != null && s.mostlyQuoted() ? FilterResult.CONTINUE
                            : FilterResult.REMOVE;
                }
            }, body);
        }

        /** Scores every paragraph of prose and passes the score to the containers above it. */
        private void scoreParagraphs() {
            Deque<Element> blocks = new ArrayDeque<>();
            Deque<StringBuilder> texts = new ArrayDeque<>();
            Deque<double[]> links = new ArrayDeque<>();
            NodeTraversor.traverse(new NodeVisitor() {
                int linkDepth;

                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element e) {
                        String name = e.normalName();
                        if (TextRenderer.BLOCKS.contains(name) || TextRenderer.CELLS.contains(name) || e == body) {
                            flushTop();
                            blocks.push(e);
                            texts.push(new StringBuilder());
                            links.push(new double[1]);
                        } else if (name.equals("br")) {
                            flushTop();
                        } else if (name.equals("a")) {
                            linkDepth++;
                        }
                    } else if (node instanceof TextNode t && !texts.isEmpty()) {
                        String s = t.getWholeText();
                        texts.peek().append(s);
                        if (linkDepth > 0) {
                            links.peek()[0] += Chars.weight(s);
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        if (!blocks.isEmpty() && blocks.peek() == e) {
                            flushTop();
                            blocks.pop();
                            texts.pop();
                            links.pop();
                        } else if (e.normalName().equals("a")) {
                            linkDepth--;
                        }
                    }
                }

                private void flushTop() {
                    if (blocks.isEmpty() || texts.peek().isEmpty()) {
                        return;
                    }
                    scoreParagraph(blocks.peek(), texts.peek(), links.peek()[0]);
                    texts.peek().setLength(0);
                    links.peek()[0] = 0;
                }
            }, body);

            for (Element c : candidates) {
                BlockStats s = stats.get(c);
                scores.get(c)[0] *= 1 - (s == null ? 0 : s.linkDensity());
            }
        }

        private void scoreParagraph(Element owner, CharSequence text, double linkWeight) {
            String tag = owner.normalName();
            if (UNSCORED.contains(tag)) {
                return;
            }
            int weight = Chars.weight(text);
            if (weight < 25) {
                return;
            }
            double linkDensity = Math.min(1, linkWeight / weight);
            int puncts = Chars.clausePuncts(text);
            double score = (1 + puncts + Math.min(weight / 100, 3)) * (1 - linkDensity);
            Element level0 = PARAGRAPHS.contains(tag) ? owner.parent() : owner;
            if (linkDensity < 0.3 && (puncts > 0 || SENTENCE_END.matcher(text).find())) {
                for (Element a = level0; a != null && !(a instanceof Document); a = a.parent()) {
                    prose.computeIfAbsent(a, k -> new double[1])[0] += weight * (1 - linkDensity);
                    if (a == body) {
                        break;
                    }
                }
            }
            Element e = level0;
            for (int level = 0; e != null && level < 5; level++) {
                if (e.normalName().equals("html") || e instanceof Document) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scoreOf(e)[0] += score / divider;
                if (e == body) {
                    break;
                }
                e = e.parent();
            }
        }

        private double[] scoreOf(Element e) {
            double[] s = scores.get(e);
            if (s == null) {
                s = new double[] {initialScore(e)};
                scores.put(e, s);
                candidates.add(e);
            }
            return s;
        }

        private double initialScore(Element e) {
            double s = switch (e.normalName()) {
                case "div", "article", "section", "main" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            return s + classWeight(e);
        }

        private double classWeight(Element e) {
            return flags.contains(Flag.WEIGHT_CLASSES) ? hints.classWeight(e) : 0;
        }

        private double score(Element e) {
            double[] s = scores.get(e);
            return s == null ? 0 : s[0];
        }

        private double proseOf(Element e) {
            double[] p = prose.get(e);
            return p == null ? 0 : p[0];
        }

        /** The best-scoring container and those of its siblings that look like more of the same article. */
        private List<Element> pickContent() {
            List<Element> ranked = new ArrayList<>(candidates);
            ranked.sort(Comparator.comparingDouble((Element e) -> -score(e)));
            Element top = ranked.isEmpty() ? null : ranked.get(0);
            if (top == null || top == body) {
                this.top = body;
                return List.of(body);
            }
            double topScore = score(top);
            // several near-best candidates under one ancestor: the article is that ancestor
            List<List<Element>> alternatives = new ArrayList<>();
            for (int i = 1; i < Math.min(5, ranked.size()); i++) {
                if (score(ranked.get(i)) / topScore >= 0.75) {
                    alternatives.add(ranked.get(i).parents());
                }
            }
            if (alternatives.size() >= 3) {
                for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                    int containing = 0;
                    for (List<Element> a : alternatives) {
                        if (a.contains(p)) {
                            containing++;
                        }
                    }
                    if (containing >= 3) {
                        // several similar blocks: a list of teasers, unless they are parts of one article. When
                        // a block below holds the headline, that block is the article and the others are teasers
                        Element headed = headedCandidate(p, top);
                        top = headed != null ? headed : p;
                        break;
                    }
                }
            }
            // a parent that scores better than its best child is the article
            double last = score(top);
            double threshold = last / 3;
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                if (!scores.containsKey(p)) {
                    continue;
                }
                double ps = score(p);
                if (ps < threshold) {
                    break;
                }
                if (ps > last) {
                    top = p;
                    break;
                }
                last = ps;
            }
            while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
                top = top.parent();
            }
            this.top = top;
            return withSiblings(top);
        }

        /** The best candidate strictly inside {@code within} that holds the headline and is not above {@code top}. */
        private Element headedCandidate(Element within, Element top) {
            if (title.isEmpty()) {
                return null;
            }
            Element heading = null;
            for (Element h : within.select("h1, h2")) {
                if (comparable(h.text()).equals(title)) {
                    heading = h;
                    break;
                }
            }
            if (heading == null) {
                return null;
            }
            Element best = null;
            for (Element a = heading.parent(); a != null && a != within; a = a.parent()) {
                if (scores.containsKey(a) && !top.parents().contains(a) && (best == null || score(a) > score(best))) {
                    best = a;
                }
            }
            return best;
        }

        private List<Element> withSiblings(Element top) {
            Element parent = top.parent();
            if (parent == null) {
                return List.of(top);
            }
            double topScore = score(top);
            double threshold = Math.max(10, topScore * 0.2);
            double topProse = proseOf(top);
            String topClass = top.className();
            List<Element> out = new ArrayList<>();
            for (Element s : parent.children()) {
                if (s == top) {
                    out.add(s);
                } else if (top.normalName().equals("article") && s.normalName().equals("article")) {
                    continue; // sibling articles are other stories: teasers, the next post
                } else if (isMoreProse(s, topProse)) {
                    out.add(s); // more of the article's prose, split off by a figure or an ad slot
                } else {
                    double bonus = !topClass.isEmpty() && s.className().equals(topClass) ? topScore * 0.2 : 0;
                    if (scores.containsKey(s) && score(s) + bonus >= threshold || isLoneParagraph(s)) {
                        out.add(s);
                    }
                }
            }
            return out;
        }

        private boolean isMoreProse(Element s, double topProse) {
            BlockStats st = stats.get(s);
            double sp = proseOf(s);
            return st != null && sp >= 100 && sp >= 0.1 * topProse && sp >= 0.6 * st.weight
                    && st.linkDensity() < 0.1 && hints.classWeight(s) >= 0;
        }

        private boolean isLoneParagraph(Element s) {
            BlockStats st = stats.get(s);
            if (!s.normalName().equals("p") || st == null) {
                return false;
            }
            double ld = st.linkDensity();
            return st.weight > 80 && ld < 0.25
                    || st.weight > 0 && st.weight <= 80 && ld == 0 && SENTENCE_END.matcher(s.text()).find();
        }

        /**
         * Removes furniture inside the article by its names (share bars, galleries, captions, bylines), figures and
         * footers, unless it holds much of the article's paragraphs.
         */
        private void removeFurniture(Element root) {
            Map<Element, BlockStats> local = new IdentityHashMap<>();
            BlockStats all = BlockStats.gather(root, local);
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e) || e == root) {
                        return FilterResult.CONTINUE;
                    }
                    String tag = e.normalName();
                    if (tag.equals("pre") || tag.equals("code")) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                    if (tag.equals("footer") || tag.equals("aside") || tag.equals("h1") || tag.equals("figcaption")) {
                        return FilterResult.REMOVE;
                    }
                    BlockStats s = local.get(e);
                    if (!TextRenderer.BLOCKS.contains(tag) && s.links >= 3 && s.linkDensity() >= 0.8) {
                        return FilterResult.REMOVE; // a list of links inside running text: a hover card, a menu
                    }
                    Hints.Furniture kind = hints.furniture(e);
                    if (kind == null && !tag.equals("figure")) {
                        return FilterResult.CONTINUE;
                    }
                    boolean small = all.paragraphWeight > 0 ? s.paragraphWeight <= 0.4 * all.paragraphWeight
                            : s.weight <= 0.4 * all.weight;
                    if (kind == Hints.Furniture.METADATA) {
                        small &= s.weight <= 1500;
                    }
                    return small && !s.mostlyQuoted() && !tag.equals("blockquote") ? FilterResult.REMOVE
                            : FilterResult.CONTINUE;
                }
            }, root);
        }

        /** Removes headings that repeat the title, or whose names mark them as furniture. */
        private void removeTitleHeadings(Element root) {
            for (Element e : root.select("h2, h3, h4, h5, h6")) {
                if (e != root && (classWeight(e) < 0 || !title.isEmpty() && comparable(e.text()).equals(title))) {
                    e.remove();
                }
            }
        }

        /** Bottom-up: removes blocks that look like furniture by their links, images, lists and names. */
        private BlockStats cleanConditionally(Element root) {
            List<Element> doomed = new ArrayList<>();
            BlockStats all = BlockStats.gather(root, null,
                    e -> e.normalName().equals("pre") || e.normalName().equals("code")
                            || e.normalName().equals("table") && isDataTable(e),
                    (e, s) -> {
                        boolean drop = CONDITIONAL.contains(e.normalName()) && !s.mostlyQuoted() && shouldRemove(e, s);
                        if (drop) {
                            doomed.add(e);
                        }
                        return drop;
                    });
            doomed.forEach(Node::remove);
            return all;
        }

        private boolean shouldRemove(Element e, BlockStats s) {
            double weight = classWeight(e);
            if (weight < 0) {
                // a class name like "media" or "meta" does not make a block of plain paragraphs furniture
                return !(s.weight >= 25 && s.linkDensity() < 0.2 && hints.furniture(e) == null
                        && s.paragraphWeight >= 0.6 * s.weight);
            }
            if (s.puncts >= 10) {
                return false;
            }
            String tag = e.normalName();
            boolean isList = tag.equals("ul") || tag.equals("ol") || s.weight > 0 && s.listWeight > 0.9 * s.weight;
            int p = s.paragraphs;
            int img = s.images;
            int li = s.listItems - 100;
            double headingDensity = s.weight == 0 ? 0 : (double) s.headingWeight / s.weight;
            double linkDensity = s.linkDensity();
            boolean inFigure = e.parent() != null && e.parent().closest("figure") != null;
            if (!inFigure && img > 1 && (double) p / img < 0.5) {
                return true;
            }
            if (!isList && li > p) {
                return true;
            }
            if (!isList && !inFigure && headingDensity < 0.9 && s.weight < 25 && (img == 0 || img > 2)
                    && linkDensity > 0) {
                return true;
            }
            // paragraphs of prose with a few links in them are not a link list
            boolean prose = s.weight >= 50 && s.paragraphWeight >= 0.8 * s.weight;
            if (!isList && weight < 25 && linkDensity > (prose ? 0.35 : 0.2)) {
                return true;
            }
            if (weight >= 25 && linkDensity > 0.5) {
                return true;
            }
            return img == 0 && s.weight == 0;
        }
    }

    /** Whether a table holds data rather than page layout. */
    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (table.hasAttr("summary") || !table.getElementsByTag("caption").isEmpty()
                || !table.select("thead, tfoot, col, colgroup, th").isEmpty()) {
            return true;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int rows = 0;
        int cols = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            rows++;
            int c = 0;
            for (Element cell : tr.children()) {
                if (TextRenderer.CELLS.contains(cell.normalName())) {
                    c++;
                }
            }
            cols = Math.max(cols, c);
        }
        return rows >= 10 || cols > 4 || rows * cols > 10;
    }

    /** Letters and digits only, lower-cased: for comparing headings with the title. */
    static String comparable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
