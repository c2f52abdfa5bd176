package org.ipradar.patent.read;

import static org.ipradar.patent.read.Xml.attr;
import static org.ipradar.patent.read.Xml.child;
import static org.ipradar.patent.read.Xml.children;
import static org.ipradar.patent.read.Xml.descendants;
import static org.ipradar.patent.read.Xml.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;
import org.w3c.dom.Element;

/**
 * The USPTO full-text XML formats: the ICE XML of grants and applications since 2005 ({@code us-patent-grant},
 * {@code us-patent-application}, DTD v4.0 to v4.7), the 2001-2004 pre-grant applications ({@code
 * patent-application-publication}, PAP v1.5/v1.6) and the 2001-2004 grants in the SGML-derived ST.32 tags
 * ({@code PATDOC}).
 */
final class UsptoXml {
    private static final Pattern DTD_VERSION = Pattern.compile("v?([0-9])\\.?([0-9]+)");

    private UsptoXml() {}

    /** A grant or application in ICE XML. */
    static PatentRecord ice(Element root) {
        boolean grant = Xml.name(root).equals("us-patent-grant");
        Element biblio = child(root, grant ? "us-bibliographic-data-grant" : "us-bibliographic-data-application");
        if (biblio == null) {
            throw new IllegalArgumentException("no <" + (grant ? "us-bibliographic-data-grant"
                    : "us-bibliographic-data-application") + "> in the document");
        }
        RecordBuilder r = new RecordBuilder();
        Element pub = child(biblio, "publication-reference", "document-id");
        if (pub == null) {
            throw new IllegalArgumentException("no <publication-reference> in the document");
        }
        String country = text(pub, "country");
        r.number(country.isEmpty() ? "US" : country, text(pub, "doc-number"), text(pub, "kind"));
        r.publicationDate = Dates.parse(text(pub, "date"));
        if (grant) {
            r.grantDate = r.publicationDate;
        }
        Element application = child(biblio, "application-reference");
        if (application != null) {
            r.type = PatentTypes.fromWord(attr(application, "appl-type"));
            r.applicationNumber = text(application, "document-id", "doc-number");
            r.filingDate = Dates.lenient(text(application, "document-id", "date"));
        }
        r.title = text(biblio, "invention-title");
        for (Element ipcr : descendants(child(biblio, "classifications-ipcr"), "classification-ipcr")) {
            Classifications.fromParts(text(ipcr, "section"), text(ipcr, "class"), text(ipcr, "subclass"),
                    text(ipcr, "main-group"), text(ipcr, "subgroup")).filter(s -> !r.ipc.contains(s))
                    .ifPresent(r.ipc::add);
        }
        for (Element ipc : children(biblio, "classification-ipc")) {
            for (Element e : children(ipc)) {
                if (Xml.name(e).endsWith("-classification")) {
                    // fixed-width symbols ("A45F  504") need their spaces: no collapsing
                    r.addIpc(e.getTextContent());
                }
            }
        }
        for (Element cpc : descendants(child(biblio, "classifications-cpc"), "classification-cpc")) {
            Classifications.fromParts(text(cpc, "section"), text(cpc, "class"), text(cpc, "subclass"),
                    text(cpc, "main-group"), text(cpc, "subgroup")).filter(s -> !r.cpc.contains(s))
                    .ifPresent(r.cpc::add);
        }
        for (Element p : descendants(child(biblio, "priority-claims"), "priority-claim")) {
            r.priorities.add(new Priority(text(p, "country"), text(p, "doc-number"), Dates.lenient(text(p, "date"))));
        }
        Element parties = child(biblio, "us-parties");
        if (parties == null) {
            parties = child(biblio, "parties");
        }
        List<Element> applicants = new ArrayList<>();
        applicants.addAll(descendants(parties, "applicant"));
        applicants.addAll(descendants(parties, "us-applicant"));
        List<Element> inventors = descendants(parties, "inventor");
        for (Element a : applicants) {
            r.applicants.add(partyName(a));
            if (inventors.isEmpty() && attr(a, "app-type").contains("inventor")) {
                r.inventors.add(partyName(a));
            }
        }
        for (Element i : inventors) {
            r.inventors.add(partyName(i));
        }
        for (Element a : descendants(biblio, "assignee")) {
            r.assignees.add(partyName(a));
        }
        r.abstractText = Xml.textWithoutHeadings(child(root, "abstract"));
        List<String> claims = new ArrayList<>();
        for (Element claim : children(child(root, "claims"), "claim")) {
            claims.add(text(claim));
        }
        r.claims = Claims.of(claims);
        r.lang = attr(root, "lang");
        r.format = "uspto-xml-" + version(attr(root, "dtd-version"));
        return r.build();
    }

    /** A 2001-2004 pre-grant application publication (PAP). */
    static PatentRecord pap(Element root) {
        Element biblio = child(root, "subdoc-bibliographic-information");
        if (biblio == null) {
            throw new IllegalArgumentException("no <subdoc-bibliographic-information> in the document");
        }
        RecordBuilder r = new RecordBuilder();
        Element id = child(biblio, "document-id");
        if (id == null) {
            throw new IllegalArgumentException("no <document-id> in the document");
        }
        String country = text(id, "country-code");
        r.number(country.isEmpty() ? "US" : country, text(id, "doc-number"), text(id, "kind-code"));
        r.publicationDate = Dates.parse(text(id, "document-date"));
        Element filing = child(biblio, "domestic-filing-data");
        r.applicationNumber = text(filing, "application-number", "doc-number");
        r.filingDate = Dates.lenient(text(filing, "filing-date"));
        Element technical = child(biblio, "technical-information");
        r.title = text(technical, "title-of-invention");
        for (Element ipc : descendants(child(technical, "classification-ipc"), "ipc")) {
            r.addIpc(text(ipc));
        }
        for (Element p : descendants(biblio, "foreign-priority-data")) {
            r.priorities.add(new Priority(text(p, "country-code"), text(p, "priority-application-number",
                    "doc-number"), Dates.lenient(text(p, "filing-date"))));
        }
        Element inventors = child(biblio, "inventors");
        for (Element inventor : children(inventors)) {
            Element name = child(inventor, "name");
            if (name != null) {
                r.inventors.add(Texts.join(" ", text(name, "given-name"), text(name, "middle-name"),
                        text(name, "family-name"), text(name, "name-suffix")));
            }
        }
        for (Element assignee : descendants(biblio, "assignee")) {
            String org = text(assignee, "organization-name");
            if (org.isEmpty()) {
                Element name = child(assignee, "name");
                org = Texts.join(" ", text(name, "given-name"), text(name, "family-name"));
            }
            r.assignees.add(org);
        }
        r.abstractText = Xml.textWithoutHeadings(child(root, "subdoc-abstract"));
        List<String> claims = new ArrayList<>();
        for (Element claim : children(child(root, "subdoc-claims"), "claim")) {
            claims.add(text(claim));
        }
        r.claims = Claims.of(claims);
        r.lang = "en";
        r.format = "uspto-pap";
        return r.build();
    }

    /** A 2001-2004 grant in the ST.32 tags of the SGML DTD ({@code PATDOC}, read as XML). */
    static PatentRecord sgml(Element root) {
        Element biblio = child(root, "SDOBI");
        if (biblio == null) {
            throw new IllegalArgumentException("no <SDOBI> in the document");
        }
        RecordBuilder r = new RecordBuilder();
        Element b100 = child(biblio, "B100");
        String country = text(b100, "B190");
        r.number(country.isEmpty() ? "US" : country, text(b100, "B110"), text(b100, "B130"));
        r.publicationDate = Dates.parse(text(b100, "B140"));
        r.grantDate = r.publicationDate;
        Element b200 = child(biblio, "B200");
        r.applicationNumber = text(b200, "B210");
        r.filingDate = Dates.lenient(text(b200, "B220"));
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
                    // other priority details are not kept
                }
            }
        }
        Element b500 = child(biblio, "B500");
        Element b510 = child(b500, "B510");
        for (Element e : children(b510)) {
            if (Xml.name(e).equals("B511") || Xml.name(e).equals("B512")) {
                r.addIpc(e.getTextContent());
            }
        }
        r.title = text(b500, "B540");
        Element b700 = child(biblio, "B700");
        for (Element inventor : descendants(child(b700, "B720"), "NAM")) {
            r.inventors.add(sgmlName(inventor));
        }
        for (Element assignee : descendants(child(b700, "B730"), "NAM")) {
            r.assignees.add(sgmlName(assignee));
        }
        r.abstractText = text(child(root, "SDOAB"));
        List<String> claims = new ArrayList<>();
        for (Element claim : descendants(child(root, "SDOCL"), "CLM")) {
            claims.add(text(claim));
        }
        r.claims = Claims.of(claims);
        r.lang = "en";
        String dtd = attr(root, "DTD");
        r.format = dtd.isEmpty() ? "uspto-sgml" : "uspto-sgml-" + dtd;
        return r.build();
    }

    private static String sgmlName(Element nam) {
        String org = text(nam, "ONM");
        if (!org.isEmpty()) {
            return org;
        }
        return Texts.join(" ", text(nam, "FNM"), text(nam, "SNM"), text(nam, "SFX"));
    }

    /** A party's name: the organisation, or "first-name last-name" (in an addressbook or not). */
    private static String partyName(Element party) {
        Element book = child(party, "addressbook");
        Element source = book != null ? book : party;
        String org = text(source, "orgname");
        if (!org.isEmpty()) {
            return org;
        }
        return Texts.join(" ", text(source, "first-name"), text(source, "middle-name"), text(source, "last-name"),
                text(source, "suffix"));
    }

    /** "4.2" from {@code v4.2 2006-08-23}, "4.0" from {@code v40 2004-12-02}. */
    static String version(String dtdVersion) {
        Matcher m = DTD_VERSION.matcher(dtdVersion.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) + "." + m.group(2) : "4";
    }
}
