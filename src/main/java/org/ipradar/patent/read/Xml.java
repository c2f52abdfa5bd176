package org.ipradar.patent.read;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses patent XML safely and walks it. Patent documents name DTDs that are not at hand and use the ISO entity
 * names of those DTDs ({@code &ldquo;}, {@code &lsqb;}); the parser never loads a DTD or any external entity (so
 * no document can make it read a file or a URL), and the entity names HTML also defines are turned into characters
 * before parsing.
 */
final class Xml {
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    /** Elements whose boundaries separate words; the others (b, i, sub, claim-ref...) run into their neighbours. */
    private static final Set<String> BLOCKS = Set.of("p", "br", "claim-text", "claim", "heading", "li", "ul", "ol",
            "dl", "dt", "dd", "row", "entry", "tr", "td", "th", "table", "tables", "paragraph", "PARA", "CLMSTEP",
            "PTEXT", "H", "BTEXT", "STEXT", "CLM", "name", "text", "title", "abstract", "description");

    private static final DocumentBuilderFactory FACTORY = factory();

    private Xml() {}

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK XML parser cannot be made safe: " + e.getMessage(), e);
        }
        return f;
    }

    /**
     * The parsed document.
     *
     * @throws SAXException when the text is not well-formed XML (the message says where)
     */
    static Document parse(String xml) throws SAXException {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            // belt and braces: whatever asks for an external entity gets nothing
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {}

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(replaceNamedEntities(xml))));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new SAXException("cannot read the XML: " + e.getMessage(), e);
        }
    }

    /** The text with entity references that only a DTD defines replaced by the characters HTML gives them. */
    static String replaceNamedEntities(String xml) {
        if (xml.indexOf('&') < 0) {
            return xml;
        }
        Matcher m = NAMED_ENTITY.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (!XML_ENTITIES.contains(name) && Entities.isNamedEntity(name)) {
                StringBuilder refs = new StringBuilder();
                Entities.getByName(name).codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
                replacement = refs.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The element's name without a namespace prefix. */
    static String name(Node node) {
        String local = node.getLocalName();
        if (local != null) {
            return local;
        }
        String name = node.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The child elements with the given local name (any namespace), in order. */
    static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(name(e)))) {
                found.add(e);
            }
        }
        return found;
    }

    /** All child elements, in order. */
    static List<Element> children(Node parent) {
        return children(parent, null);
    }

    /** The first element along the path of child names, or null. */
    static Element child(Node parent, String... path) {
        Node at = parent;
        for (String step : path) {
            List<Element> next = children(at, step);
            if (next.isEmpty()) {
                return null;
            }
            at = next.get(0);
        }
        return (Element) at;
    }

    /** The descendant elements with the given local name, in document order. */
    static List<Element> descendants(Node root, String name) {
        List<Element> found = new ArrayList<>();
        if (root != null) {
            collect(root, name, found);
        }
        return found;
    }

    private static void collect(Node node, String name, List<Element> found) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name.equals(name(e))) {
                    found.add(e);
                }
                collect(e, name, found);
            }
        }
    }

    /** The first descendant with the given local name, or null. */
    static Element first(Node root, String name) {
        List<Element> found = descendants(root, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text of the element along the path, whitespace collapsed, or empty. */
    static String text(Node parent, String... path) {
        Element e = path.length == 0 ? (Element) parent : child(parent, path);
        return e == null ? "" : text(e);
    }

    /**
     * The text of a node, whitespace collapsed; block elements (paragraphs, claim-text, table cells) are separated by
     * a space, inline ones (bold, subscript, claim-ref) are not, so "H<sub>2</sub>O" stays "H2O".
     */
    static String text(Node node) {
        if (node == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        append(node, b);
        return Texts.collapse(b.toString());
    }

    /** Like {@link #text(Node)}, leaving out headings ("Abstract of Disclosure") printed inside a section. */
    static String textWithoutHeadings(Node node) {
        if (node == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name(e).equals("heading")) {
                continue;
            }
            b.append(' ');
            if (n instanceof Element e) {
                append(e, b);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return Texts.collapse(b.toString());
    }

    private static void append(Node node, StringBuilder b) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> b.append(n.getNodeValue());
                case Node.ELEMENT_NODE, Node.ENTITY_REFERENCE_NODE -> {
                    boolean block = n.getNodeType() == Node.ELEMENT_NODE && BLOCKS.contains(name(n));
                    if (block) {
                        b.append(' ');
                    }
                    append(n, b);
                    if (block) {
                        b.append(' ');
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    /** The attribute's value, or empty. */
    static String attr(Element e, String name) {
        return e == null ? "" : e.getAttribute(name).strip();
    }
}
