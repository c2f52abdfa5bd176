package org.ipradar.patent.read;

import static org.ipradar.patent.read.Xml.attr;
import static org.ipradar.patent.read.Xml.child;
import static org.ipradar.patent.read.Xml.children;
import static org.ipradar.patent.read.Xml.descendants;
import static org.ipradar.patent.read.Xml.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ipradar.patent.LegalEvent;
import org.ipradar.patent.LegalStatus;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;
import org.w3c.dom.Element;

/**
 * EPO Open Patent Services (OPS v3.2) XML responses: bibliographic data and abstracts ({@code exchange-document},
 * one response may hold several), claims ({@code fulltext-document}), INPADOC families and legal status
 * ({@code patent-family} / {@code family-member} with {@code legal} events) and EP Register bibliographic data.
 * What one response says about a publication is put together into one record; responses that hold no field of a
 * record (number conversion, equivalents, search results, descriptions, classification schemes, errors) are reported
 * as problems, not read.
 */
final class EpoOps {
    /** The outcome for one response: records and notes about what was not read. */
    record Result(List<PatentRecord> records, List<String[]> problems) {}

    private EpoOps() {}

    static Result read(Element root) {
        List<String[]> problems = new ArrayList<>();
        if (Xml.name(root).equals("fault")) {
            problems.add(new String[] {"response", "OPS error response " + text(root, "code") + ": "
                    + Texts.join(" - ", text(root, "message"), text(root, "description"))});
            return new Result(List.of(), problems);
        }
        Map<String, RecordBuilder> byId = new LinkedHashMap<>();
        int position = 0;
        for (Element doc : descendants(root, "exchange-document")) {
            position++;
            String where = "document " + position;
            if (!attr(doc, "status").isEmpty()) {
                problems.add(new String[] {where, "OPS says " + attr(doc, "status") + " for " + attr(doc, "country")
                        + attr(doc, "doc-number") + attr(doc, "kind")});
                continue;
            }
            collect(byId, problems, where, () -> PatentNumbers.normalize(attr(doc, "country"),
                    attr(doc, "doc-number"), attr(doc, "kind")), r -> biblio(r, doc));
        }
        for (Element doc : descendants(root, "fulltext-document")) {
            position++;
            Element claims = child(doc, "claims");
            if (claims == null) {
                continue;
            }
            Element id = docdb(child(doc, "bibliographic-data", "publication-reference"));
            collect(byId, problems, "document " + position, () -> PatentNumbers.normalize(text(id, "country"),
                    text(id, "doc-number"), text(id, "kind")), r -> claims(r, doc));
        }
        for (Element family : descendants(root, "patent-family")) {
            List<Element> members = children(family, "family-member");
            List<String> ids = new ArrayList<>();
            int memberPosition = 0;
            for (Element member : members) {
                memberPosition++;
                Element id = docdb(child(member, "publication-reference"));
                String where = "family member " + memberPosition;
                RecordBuilder r = collect(byId, problems, where, () -> PatentNumbers.normalize(text(id, "country"),
                        text(id, "doc-number"), text(id, "kind")), b -> member(b, member));
                if (r != null) {
                    ids.add(r.jurisdiction + r.number + r.kind);
                }
            }
            for (String id : ids) {
                RecordBuilder r = byId.get(id);
                ids.forEach(r::addFamily);
            }
        }
        for (Element register : descendants(root, "register-document")) {
            position++;
            register(byId, problems, "document " + position, register);
        }
        if (byId.isEmpty() && problems.isEmpty()) {
            problems.add(new String[] {"response", "an OPS " + kindOfResponse(root)
                    + " response holds no patent record (only bibliographic, abstract, claims, family, legal and"
                    + " register responses are read)"});
        }
        List<PatentRecord> records = new ArrayList<>();
        for (RecordBuilder r : byId.values()) {
            if (!r.events.isEmpty()) {
                LegalStatuses.Derived derived = LegalStatuses.derive(r.events);
                if (derived.status() != LegalStatus.UNKNOWN) {
                    r.status = derived.status();
                }
                if (r.grantDate == null) {
                    r.grantDate = derived.grantDate();
                }
                if (r.expiry == null) {
                    r.expiry = derived.expiry();
                }
            }
            r.format = "epo-ops";
            records.add(r.build());
        }
        return new Result(records, problems);
    }

    /** Fills the builder for the publication (creating it), or records a problem and returns null. */
    private static RecordBuilder collect(Map<String, RecordBuilder> byId, List<String[]> problems, String where,
            Supplier<PublicationNumber> number, Consumer<RecordBuilder> fill) {
        try {
            PublicationNumber n = number.get();
            if (n.jurisdiction().isEmpty() || n.number().isEmpty()) {
                throw new IllegalArgumentException("no publication number");
            }
            RecordBuilder r = byId.computeIfAbsent(n.id(), k -> {
                RecordBuilder b = new RecordBuilder();
                b.jurisdiction = n.jurisdiction();
                b.number = n.number();
                b.kind = n.kind();
                return b;
            });
            fill.accept(r);
            return r;
        } catch (RuntimeException e) {
            problems.add(new String[] {where, String.valueOf(e.getMessage())});
            return null;
        }
    }

    private static void biblio(RecordBuilder r, Element doc) {
        if (!attr(doc, "family-id").isEmpty()) {
            r.familyId = attr(doc, "family-id");
        }
        Element biblio = child(doc, "bibliographic-data");
        Element pub = docdb(child(biblio, "publication-reference"));
        if (r.publicationDate == null) {
            r.publicationDate = Dates.lenient(text(pub, "date"));
        }
        if (r.grantDate == null && PatentTypes.isGrant(r.jurisdiction, r.kind)) {
            r.grantDate = r.publicationDate;
        }
        for (Element ipcr : descendants(child(biblio, "classifications-ipcr"), "classification-ipcr")) {
            r.addIpc(text(ipcr, "text"));
        }
        for (Element pc : descendants(child(biblio, "patent-classifications"), "patent-classification")) {
            String scheme = attr(child(pc, "classification-scheme"), "scheme");
            if (scheme.startsWith("CPC")) {
                Classifications.fromParts(text(pc, "section"), text(pc, "class"), text(pc, "subclass"),
                        text(pc, "main-group"), text(pc, "subgroup")).filter(s -> !r.cpc.contains(s))
                        .ifPresent(r.cpc::add);
            }
        }
        application(r, child(biblio, "application-reference"));
        for (Element p : descendants(child(biblio, "priority-claims"), "priority-claim")) {
            priority(r, p);
        }
        Element parties = child(biblio, "parties");
        r.applicants.addAll(names(descendants(child(parties, "applicants"), "applicant"), "applicant-name", false));
        r.inventors.addAll(names(descendants(child(parties, "inventors"), "inventor"), "inventor-name", true));
        Element title = preferEnglish(children(biblio, "invention-title"));
        if (title != null) {
            r.title = text(title);
            r.lang = attr(title, "lang");
        }
        Element abstractElement = preferEnglish(children(doc, "abstract"));
        if (abstractElement != null) {
            r.abstractText = text(abstractElement);
            r.lang = attr(abstractElement, "lang");
        }
    }

    private static void claims(RecordBuilder r, Element doc) {
        Element claims = preferEnglish(children(doc, "claims"));
        List<Element> texts = descendants(claims, "claim-text");
        if (texts.size() == 1) {
            r.claims = Claims.split(texts.get(0).getTextContent());
        } else {
            List<String> parts = new ArrayList<>();
            for (Element t : texts) {
                parts.add(text(t));
            }
            r.claims = Claims.of(parts);
        }
        if (r.lang.isEmpty()) {
            r.lang = attr(claims, "lang");
        }
    }

    private static void member(RecordBuilder r, Element member) {
        if (!attr(member, "family-id").isEmpty()) {
            r.familyId = attr(member, "family-id");
        }
        Element pub = docdb(child(member, "publication-reference"));
        if (r.publicationDate == null) {
            r.publicationDate = Dates.lenient(text(pub, "date"));
        }
        if (r.applicationNumber.isEmpty()) {
            application(r, child(member, "application-reference"));
        }
        if (r.priorities.isEmpty()) {
            for (Element p : children(member, "priority-claim")) {
                priority(r, p);
            }
        }
        for (Element legal : children(member, "legal")) {
            r.events.add(legalEvent(legal));
        }
    }

    /** One INPADOC event: its code, the gazette date, and its description with the details OPS prints after it. */
    static LegalEvent legalEvent(Element legal) {
        String code = attr(legal, "code");
        String desc = Texts.collapse(legal.getAttribute("desc"));
        List<String> details = new ArrayList<>();
        for (Element pre : children(legal, "pre")) {
            String line = Texts.collapse(pre.getTextContent());
            int at = desc.isEmpty() ? -1 : line.indexOf(desc);
            String detail = at < 0 ? "" : line.substring(at + desc.length()).strip();
            if (!detail.isEmpty()) {
                details.add(detail);
            }
        }
        String description = details.isEmpty() ? desc : desc + ": " + String.join("; ", details);
        String date = text(legal, "L007EP");
        return new LegalEvent(Dates.lenient(date), code, description);
    }

    private static void register(Map<String, RecordBuilder> byId, List<String[]> problems, String where,
            Element register) {
        Element biblio = child(register, "bibliographic-data");
        if (biblio == null) {
            problems.add(new String[] {where, "an EP Register document without bibliographic data (events or"
                    + " procedural steps only) holds no patent record"});
            return;
        }
        List<LegalEvent> statuses = new ArrayList<>();
        for (Element s : descendants(child(register, "ep-patent-statuses"), "ep-patent-status")) {
            statuses.add(new LegalEvent(Dates.lenient(attr(s, "change-date")), "EPSTATUS" + attr(s, "status-code"),
                    "STATUS: " + text(s)));
        }
        for (Element ref : children(biblio, "publication-reference")) {
            Element id = child(ref, "document-id");
            collect(byId, problems, where, () -> PatentNumbers.normalize(text(id, "country"), text(id, "doc-number"),
                    text(id, "kind")), r -> {
                        if (r.publicationDate == null) {
                            r.publicationDate = Dates.lenient(text(id, "date"));
                        }
                        if (r.title.isEmpty()) {
                            Element title = preferEnglish(descendants(biblio, "invention-title"));
                            r.title = text(title);
                            r.lang = attr(title, "lang");
                        }
                        if (r.ipc.isEmpty()) {
                            Element ipcr = child(biblio, "classifications-ipcr");
                            for (Element t : descendants(ipcr, "text")) {
                                for (String symbol : text(t).split(",")) {
                                    r.addIpc(symbol);
                                }
                            }
                        }
                        if (r.applicationNumber.isEmpty()) {
                            Element app = child(biblio, "application-reference", "document-id");
                            r.applicationNumber = text(app, "doc-number");
                            r.filingDate = Dates.lenient(text(app, "date"));
                        }
                        Element parties = child(biblio, "parties");
                        if (r.applicants.isEmpty()) {
                            for (Element a : descendants(child(parties, "applicants"), "applicant")) {
                                r.applicants.add(text(a, "addressbook", "name"));
                            }
                        }
                        if (r.inventors.isEmpty()) {
                            for (Element i : descendants(child(parties, "inventors"), "inventor")) {
                                r.inventors.add(Texts.givenFirst(text(i, "addressbook", "name")));
                            }
                        }
                        if (r.kind.startsWith("B") && r.grantDate == null) {
                            r.grantDate = r.publicationDate;
                        }
                        for (LegalEvent e : statuses) {
                            if (!r.events.contains(e)) {
                                r.events.add(e);
                            }
                        }
                    });
        }
    }

    private static void application(RecordBuilder r, Element reference) {
        if (reference == null) {
            return;
        }
        Element docdb = docdb(reference);
        r.applicationNumber = text(docdb, "doc-number");
        for (Element id : children(reference, "document-id")) {
            if (r.filingDate == null) {
                r.filingDate = Dates.lenient(text(id, "date"));
            }
        }
    }

    private static void priority(RecordBuilder r, Element claim) {
        Element id = docdb(claim);
        String country = text(id, "country");
        String number = text(id, "doc-number");
        if (country.isEmpty() && number.length() > 2) {
            country = number.substring(0, 2);
            number = number.substring(2);
        }
        Priority p = new Priority(country, number, Dates.lenient(text(id, "date")));
        if (!number.isEmpty() && !r.priorities.contains(p)) {
            r.priorities.add(p);
        }
    }

    /**
     * The names in the "original" data format (as filed, "Family, Given" turned round for persons), else the epodoc
     * ones without their country suffix.
     */
    private static List<String> names(List<Element> parties, String nameElement, boolean persons) {
        List<String> original = new ArrayList<>();
        List<String> epodoc = new ArrayList<>();
        for (Element p : parties) {
            String name = Texts.collapse(text(p, nameElement, "name")).replaceAll("[,;\\s]+$", "");
            if (name.isEmpty()) {
                continue;
            }
            if (attr(p, "data-format").equals("original")) {
                original.add(persons ? Texts.givenFirst(name) : name);
            } else {
                epodoc.add(name.replaceAll("\\s*\\[[A-Z]{2}]$", ""));
            }
        }
        return original.isEmpty() ? epodoc : original;
    }

    /** The DOCDB document-id inside a reference, else its first document-id, else null. */
    private static Element docdb(Element reference) {
        List<Element> ids = children(reference, "document-id");
        for (Element id : ids) {
            if (attr(id, "document-id-type").equals("docdb")) {
                return id;
            }
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static Element preferEnglish(List<Element> elements) {
        return EpoDocuments.pick(elements, "en");
    }

    private static String kindOfResponse(Element root) {
        for (Element e : children(root)) {
            String name = Xml.name(e);
            switch (name) {
                case "standardization" -> {
                    return "number-conversion";
                }
                case "equivalents-inquiry" -> {
                    return "published-equivalents";
                }
                case "biblio-search", "register-search" -> {
                    return "search";
                }
                case "classification-scheme" -> {
                    return "classification-scheme";
                }
                case "fulltext-documents" -> {
                    return "description";
                }
                default -> {
                    // keep looking
                }
            }
        }
        return "unrecognised";
    }
}
