package org.ipradar.patent.read;

import static org.ipradar.patent.read.Xml.attr;
import static org.ipradar.patent.read.Xml.child;
import static org.ipradar.patent.read.Xml.children;
import static org.ipradar.patent.read.Xml.descendants;
import static org.ipradar.patent.read.Xml.text;

import java.util.ArrayList;
import java.util.List;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;
import org.w3c.dom.Element;

/**
 * EPO publication-server documents ({@code ep-patent-document}, DTD v1.0 to v1.5.1): applications (A1, A2) and
 * granted patents (B1, B2). Title, abstract and claims are taken in the language of the proceedings (the document's
 * {@code lang}), which is also the record's language; granted patents carry claims in all three languages.
 */
final class EpoDocuments {
    private EpoDocuments() {}

    static PatentRecord read(Element root) {
        Element biblio = child(root, "SDOBI");
        RecordBuilder r = new RecordBuilder();
        String lang = attr(root, "lang");
        Element b100 = child(biblio, "B100");
        String country = first(text(b100, "B190"), attr(root, "country"), "EP");
        String docNumber = first(text(b100, "B110"), attr(root, "doc-number"));
        String kind = first(text(b100, "B130"), attr(root, "kind"));
        if (docNumber.isEmpty()) {
            throw new IllegalArgumentException("no publication number (B110 or doc-number) in the document");
        }
        r.number(country, docNumber, kind);
        r.publicationDate = Dates.parse(first(text(b100, "B140"), attr(root, "date-publ")));
        Element b200 = child(biblio, "B200");
        r.applicationNumber = text(b200, "B210");
        r.filingDate = Dates.lenient(text(b200, "B220"));
        if (lang.isEmpty()) {
            lang = text(b200, "B260");
        }
        Element b300 = child(biblio, "B300");
        String priorityNumber = null;
        String priorityDate = null;
        for (Element e : children(b300)) {
            switch (Xml.name(e)) {
                case "B310" -> priorityNumber = text(e);
                case "B320" -> priorityDate = text(e);
                case "B330" -> {
                    if (priorityNumber != null) {
                        r.priorities.add(new Priority(text(e), priorityNumber, Dates.lenient(priorityDate)));
                    }
                    priorityNumber = null;
                    priorityDate = null;
                }
                default -> {
                    // B340 and others are not kept
                }
            }
        }
        Element b400 = child(biblio, "B400");
        if (r.kind.startsWith("B")) {
            r.grantDate = Dates.lenient(text(b400, "B450", "date"));
            if (r.grantDate == null) {
                r.grantDate = r.publicationDate;
            }
        }
        Element b500 = child(biblio, "B500");
        for (Element ipcr : descendants(child(b500, "B510EP"), "classification-ipcr")) {
            r.addIpc(text(ipcr, "text"));
        }
        for (Element e : children(child(b500, "B510"))) {
            String name = Xml.name(e);
            if (name.equals("B511") || name.equals("B512")) {
                r.addIpc(e.getTextContent());
            }
        }
        r.title = inLanguage(child(b500, "B540"), lang);
        Element b700 = child(biblio, "B700");
        for (Element applicant : descendants(child(b700, "B710"), "B711")) {
            r.applicants.add(text(applicant, "snm"));
        }
        for (Element inventor : descendants(child(b700, "B720"), "B721")) {
            r.inventors.add(Texts.givenFirst(text(inventor, "snm")));
        }
        for (Element proprietor : descendants(child(b700, "B730"), "B731")) {
            r.assignees.add(text(proprietor, "snm"));
        }
        Element b800 = child(biblio, "B800");
        for (Element wo : descendants(child(b800, "B870"), "pnum")) {
            PatentNumbers.tryParse(text(wo), "").ifPresent(n -> r.addFamily(n.id()));
        }
        Element abstractElement = pick(children(root, "abstract"), lang);
        r.abstractText = Xml.textWithoutHeadings(abstractElement);
        Element claims = pick(children(root, "claims"), lang);
        List<String> texts = new ArrayList<>();
        for (Element claim : children(claims, "claim")) {
            texts.add(text(claim));
        }
        r.claims = Claims.of(texts);
        if (claims != null && !attr(claims, "lang").isEmpty()) {
            lang = attr(claims, "lang");
        }
        r.lang = lang;
        r.type = "utility";
        String dtd = attr(root, "dtd-version").replace("ep-patent-document-v", "").replace('-', '.');
        r.format = dtd.isEmpty() ? "epo-xml" : "epo-xml-" + dtd;
        return r.build();
    }

    /** The B542 title that follows the B541 naming the language (or the first title). */
    private static String inLanguage(Element b540, String lang) {
        String first = "";
        String currentLang = "";
        for (Element e : children(b540)) {
            if (Xml.name(e).equals("B541")) {
                currentLang = text(e);
            } else if (Xml.name(e).equals("B542")) {
                if (currentLang.equalsIgnoreCase(lang)) {
                    return text(e);
                }
                if (first.isEmpty()) {
                    first = text(e);
                }
            }
        }
        return first;
    }

    /** The element in the language, else the first, else null. */
    static Element pick(List<Element> elements, String lang) {
        for (Element e : elements) {
            if (attr(e, "lang").equalsIgnoreCase(lang)) {
                return e;
            }
        }
        return elements.isEmpty() ? null : elements.get(0);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
