package org.ipradar.patent;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A rough reader of the shared corpus's patent samples (USPTO v4 grant and application XML, EPO publication-server
 * XML, the US independent-claims TSV) for measuring ranking in tests until the real readers
 * ({@code org.ipradar.patent.read.PatentFiles}) are merged; it reads only what ranking needs and is not shipped.
 */
public final class SampleCorpus {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private SampleCorpus() {}

    /** Every record the samples under {@code patents/} yield, with the count of documents that could not be read. */
    public static PatentBatch read(Path patents) throws IOException {
        List<PatentRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        List<Path> usFiles = new ArrayList<>();
        for (String dir : List.of("uspto_bulk", "uspto_formats/xml2004", "uspto_formats/xml2006",
                "uspto_formats/xml2014", "uspto_formats/xmlApp2004")) {
            try (Stream<Path> s = Files.list(patents.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(usFiles::add);
            }
        }
        for (Path f : usFiles) {
            String all = Files.readString(f, StandardCharsets.UTF_8);
            String[] docs = all.split("(?=<\\?xml )");
            for (int i = 0; i < docs.length; i++) {
                if (docs[i].isBlank()) {
                    continue;
                }
                try {
                    Element root = parse(docs[i]);
                    if (root.getTagName().startsWith("us-patent-")) {
                        records.add(us(root));
                    }
                } catch (Exception e) {
                    problems.add(new RecordProblem(f.toString(), "document " + (i + 1), e.toString()));
                }
            }
        }
        for (String dir : List.of("epo_publication_server/grant", "epo_publication_server/application")) {
            try (Stream<Path> s = Files.list(patents.resolve(dir))) {
                for (Path f : s.sorted().toList()) {
                    try {
                        records.add(ep(parse(Files.readString(f, StandardCharsets.UTF_8))));
                    } catch (Exception e) {
                        problems.add(new RecordProblem(f.toString(), "document 1", e.toString()));
                    }
                }
            }
        }
        Path tsv = patents.resolve("us_app_independent_claims/single_claim.tsv");
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t", 2);
            if (cols.length < 2 || !cols[0].matches("\\d+")) {
                problems.add(new RecordProblem(tsv.toString(), "line " + (i + 1), "no application number and tab"));
                continue;
            }
            records.add(new PatentRecord("US", cols[0], "", "utility", "", "",
                    List.of(new Claim(1, cols[1].strip(), true, List.of())), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), cols[0], null, null, null, LegalStatus.UNKNOWN, List.of(), null,
                    "", List.of(), "en", "tsv"));
        }
        return new PatentBatch(records, problems);
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        Document d = b.parse(new InputSource(new StringReader(xml.strip())));
        return d.getDocumentElement();
    }

    private static PatentRecord us(Element root) {
        Element pub = first(first(root, "publication-reference"), "document-id");
        Element appRef = first(root, "application-reference");
        Element app = first(appRef, "document-id");
        String number = text(first(pub, "doc-number")).replaceFirst("^([A-Z]*)0+", "$1");
        String type = appRef.getAttribute("appl-type");
        boolean grant = root.getTagName().equals("us-patent-grant");
        LocalDate published = date(text(first(pub, "date")));
        List<Claim> claims = new ArrayList<>();
        Element claimsEl = first(root, "claims");
        if (claimsEl != null) {
            for (Element c : children(claimsEl, "claim")) {
                boolean dependent = c.getElementsByTagName("claim-ref").getLength() > 0;
                String t = c.getTextContent().replaceAll("\\s+", " ").strip().replaceFirst("^\\d+\\s*\\.\\s*", "");
                claims.add(new Claim(claims.size() + 1, t, !dependent, List.of()));
            }
        }
        List<String> assignees = names(root, "assignee");
        List<String> applicants = names(root, "applicant");
        List<String> ipc = new ArrayList<>();
        for (Element c : all(root, "classification-ipcr")) {
            ipc.add(text(first(c, "section")) + text(first(c, "class")) + text(first(c, "subclass")) + " "
                    + text(first(c, "main-group")) + "/" + text(first(c, "subgroup")));
        }
        for (Element c : all(root, "classification-ipc")) {
            for (String tag : List.of("main-classification", "further-classification")) {
                for (Element m : children(c, tag)) {
                    String s = text(m);
                    if (s.length() >= 7) {
                        ipc.add(s.substring(0, 4) + " " + s.substring(4, 7).strip() + "/" + s.substring(7).strip());
                    }
                }
            }
        }
        List<String> cpc = new ArrayList<>();
        for (Element c : all(root, "classification-cpc")) {
            cpc.add(text(first(c, "section")) + text(first(c, "class")) + text(first(c, "subclass")) + " "
                    + text(first(c, "main-group")) + "/" + text(first(c, "subgroup")));
        }
        return new PatentRecord("US", number, text(first(pub, "kind")), type, text(first(root, "invention-title")),
                textOf(first(root, "abstract")), claims, applicants, assignees, List.of(), ipc, cpc, List.of(),
                text(first(app, "doc-number")), date(text(first(app, "date"))), published, grant ? published : null,
                LegalStatus.UNKNOWN, List.of(), null, "", List.of(), "en", "uspto-xml");
    }

    private static PatentRecord ep(Element root) {
        String lang = root.getAttribute("lang");
        String title = "";
        NodeList b541 = root.getElementsByTagName("B541");
        for (int i = 0; i < b541.getLength(); i++) {
            if (text((Element) b541.item(i)).equals("en")) {
                Node next = b541.item(i).getNextSibling();
                while (next != null && !(next instanceof Element)) {
                    next = next.getNextSibling();
                }
                title = next == null ? "" : text((Element) next);
            }
        }
        Element claimsEl = null;
        for (Element c : all(root, "claims")) {
            if (claimsEl == null || c.getAttribute("lang").equals("en")) {
                claimsEl = c;
            }
        }
        List<Claim> claims = new ArrayList<>();
        if (claimsEl != null) {
            for (Element c : children(claimsEl, "claim")) {
                boolean dependent = c.getElementsByTagName("claim-ref").getLength() > 0;
                claims.add(new Claim(claims.size() + 1, textOf(c), !dependent, List.of()));
            }
        }
        String kind = root.getAttribute("kind");
        LocalDate published = date(root.getAttribute("date-publ"));
        Element filing = first(first(root, "B220"), "date");
        return new PatentRecord("EP", root.getAttribute("doc-number"), kind, "utility", title,
                textOf(first(root, "abstract")), claims, names(root, "B711"), List.of(), List.of(), List.of(),
                List.of(), List.of(), text(first(root, "B210")), filing == null ? null : date(text(filing)),
                published, kind.startsWith("B") ? published : null, LegalStatus.UNKNOWN, List.of(), null, "",
                List.of(), claimsEl != null ? claimsEl.getAttribute("lang") : lang, "ep-xml");
    }

    private static List<String> names(Element root, String tag) {
        List<String> out = new ArrayList<>();
        for (Element e : all(root, tag)) {
            Element org = first(e, "orgname");
            if (org == null) {
                org = first(e, "snm");
            }
            if (org != null) {
                out.add(text(org));
            } else if (first(e, "last-name") != null) {
                out.add((text(first(e, "first-name")) + " " + text(first(e, "last-name"))).strip());
            }
        }
        return out;
    }

    private static LocalDate date(String s) {
        try {
            return s.length() == 8 && !s.endsWith("00") ? LocalDate.parse(s, BASIC) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Element first(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        NodeList l = parent.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static List<Element> all(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList l = parent.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    private static String textOf(Element e) {
        return e == null ? "" : e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
