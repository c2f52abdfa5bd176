package org.ipradar.patent.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;

/**
 * The USPTO's tagged text formats: Greenbook/APS (1976-2001 grants: a four-letter tag, a space, the value;
 * continuation lines indented; sections such as {@code PATN}, {@code INVT}, {@code CLMS}) and BRS exports (tags of two
 * to five letters, documents introduced by a summary line and a title and separated by
 * {@code *** BRS DOCUMENT BOUNDARY ***}).
 */
final class TaggedText {
    /** One tagged field: the section it is in (Greenbook), its tag and its value with continuations joined. */
    record Field(String section, String tag, String value) {}

    /** The lines of one document and the line number (1-based) where it starts. */
    record Chunk(int line, List<String> lines) {}

    static final String BRS_BOUNDARY = "*** BRS DOCUMENT BOUNDARY ***";
    private static final Pattern GREENBOOK_LINE = Pattern.compile("^([A-Z][A-Z0-9]{2,3})\\s?(?: (.*))?$");
    private static final Pattern BRS_LINE = Pattern.compile("^([A-Z][A-Z0-9]{1,4}) (.*)$");
    private static final Pattern BRS_SUMMARY = Pattern.compile("^[A-Z0-9]{5,12}\\t");

    private TaggedText() {}

    // ---- Greenbook ----

    /** The documents of a Greenbook file: each starts at a {@code PATN} line; a weekly header before is skipped. */
    static List<Chunk> greenbookDocuments(List<String> lines) {
        List<Chunk> chunks = new ArrayList<>();
        List<String> current = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.stripTrailing().equals("PATN")) {
                if (current != null) {
                    chunks.add(new Chunk(start, current));
                }
                current = new ArrayList<>();
                start = i + 1;
            }
            if (current != null) {
                current.add(line);
            }
        }
        if (current != null) {
            chunks.add(new Chunk(start, current));
        }
        return chunks;
    }

    static List<Field> greenbookFields(List<String> lines) {
        List<Field> fields = new ArrayList<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (line.isEmpty()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                appendContinuation(fields, line);
                continue;
            }
            Matcher m = GREENBOOK_LINE.matcher(line);
            if (!m.matches()) {
                appendContinuation(fields, line);
                continue;
            }
            String tag = m.group(1).strip();
            String value = m.group(2);
            if (value == null) {
                section = tag;
                continue;
            }
            fields.add(new Field(section, tag, value.strip()));
        }
        return fields;
    }

    static PatentRecord greenbook(List<String> lines) {
        List<Field> fields = greenbookFields(lines);
        RecordBuilder r = new RecordBuilder();
        String wku = "";
        String appType = "";
        List<String> claims = new ArrayList<>();
        StringBuilder claim = null;
        StringBuilder abstractText = new StringBuilder();
        String priorityCountry = "";
        String priorityNumber = "";
        String priorityDate = "";
        for (Field f : fields) {
            switch (f.section()) {
                case "PATN" -> {
                    switch (f.tag()) {
                        case "WKU" -> wku = f.value();
                        case "APT" -> appType = f.value();
                        case "APN" -> r.applicationNumber = f.value();
                        case "APD" -> r.filingDate = Dates.lenient(f.value());
                        case "TTL" -> r.title = f.value();
                        case "ISD" -> r.publicationDate = Dates.parse(f.value());
                        default -> {
                            // counts and examiner are not kept
                        }
                    }
                }
                case "INVT" -> {
                    if (f.tag().equals("NAM")) {
                        r.inventors.add(Texts.givenFirst(f.value()));
                    }
                }
                case "ASSG" -> {
                    if (f.tag().equals("NAM")) {
                        r.assignees.add(f.value());
                    }
                }
                case "PRIR" -> {
                    switch (f.tag()) {
                        case "CNT" -> priorityCountry = country(f.value());
                        case "APN" -> priorityNumber = f.value();
                        case "APD" -> priorityDate = f.value();
                        default -> {
                            // nothing else is kept
                        }
                    }
                }
                case "CLAS" -> {
                    if (f.tag().equals("ICL")) {
                        r.addIpc(f.value());
                    }
                }
                case "ABST" -> abstractText.append(' ').append(f.value());
                case "CLMS", "DCLM" -> {
                    if (f.tag().equals("NUM")) {
                        claim = new StringBuilder();
                        claims.add("");
                    } else if (!f.tag().equals("STM")) {
                        if (claim == null) {
                            claim = new StringBuilder();
                            claims.add("");
                        }
                        claim.append(' ').append(f.value());
                        claims.set(claims.size() - 1, claim.toString());
                    }
                }
                default -> {
                    // descriptions, references and the rest are not kept
                }
            }
            if (f.section().equals("PRIR") && !priorityNumber.isEmpty() && !priorityDate.isEmpty()
                    && !priorityCountry.isEmpty()) {
                r.priorities.add(new Priority(priorityCountry, priorityNumber, Dates.lenient(priorityDate)));
                priorityCountry = "";
                priorityNumber = "";
                priorityDate = "";
            }
        }
        if (wku.isEmpty()) {
            throw new IllegalArgumentException("no WKU (patent number) field");
        }
        // WKU is the number in eight places and a check digit
        String number = wku.length() == 9 ? wku.substring(0, 8) : wku;
        String kind = switch (appType) {
            case "2" -> "E";
            case "4" -> "S";
            case "5" -> "I";
            case "6" -> "P";
            case "7" -> "H";
            default -> "A";
        };
        r.type = switch (appType) {
            case "2" -> "reissue";
            case "4" -> "design";
            case "6" -> "plant";
            case "1" -> "utility";
            default -> "";
        };
        r.number("US", number, kind);
        r.grantDate = r.publicationDate;
        r.abstractText = abstractText.toString();
        r.claims = Claims.of(claims);
        r.lang = "en";
        r.format = "uspto-greenbook";
        return r.build();
    }

    /** APS writes countries in three letters, the ST.3 code and an X ({@code JPX}). */
    private static String country(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        return v.length() == 3 && v.endsWith("X") ? v.substring(0, 2) : v;
    }

    // ---- BRS ----

    /** The documents of a BRS file, each from its summary line up to the next document's summary line. */
    static List<Chunk> brsDocuments(List<String> lines) {
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(BRS_BOUNDARY)) {
                boundaries.add(i);
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int b = 0; b < boundaries.size(); b++) {
            int start = headerStart(lines, boundaries.get(b));
            int end = b + 1 < boundaries.size() ? headerStart(lines, boundaries.get(b + 1)) : lines.size();
            chunks.add(new Chunk(start + 1, new ArrayList<>(lines.subList(start, end))));
        }
        return chunks;
    }

    /** Where the summary line before a boundary is (the boundary itself when there is none). */
    private static int headerStart(List<String> lines, int boundary) {
        for (int i = boundary - 1; i >= Math.max(0, boundary - 3); i--) {
            if (BRS_SUMMARY.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return boundary;
    }

    static PatentRecord brs(List<String> lines) {
        List<Field> fields = new ArrayList<>();
        boolean body = false;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (!body) {
                body = line.strip().equals(BRS_BOUNDARY);
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = BRS_LINE.matcher(line);
            if (!Character.isWhitespace(line.charAt(0)) && m.matches()) {
                fields.add(new Field("", m.group(1), m.group(2).strip()));
            } else {
                appendContinuation(fields, line);
            }
        }
        RecordBuilder r = new RecordBuilder();
        String did = "";
        String wku = "";
        String kind = "";
        List<String> claims = new ArrayList<>();
        StringBuilder abstractText = new StringBuilder();
        String priorityCountry = "";
        String priorityNumber = "";
        for (Field f : fields) {
            String v = f.value();
            switch (f.tag()) {
                case "DID" -> did = v;
                case "WKU" -> wku = v;
                case "APT" -> kind = v;
                case "GISD" -> r.publicationDate = Dates.parse(v);
                case "APNR" -> r.applicationNumber = v;
                case "AFD" -> r.filingDate = Dates.lenient(v);
                case "TTL" -> r.title = v;
                case "ABPR" -> abstractText.append(' ').append(v);
                case "CLPR" -> claims.add(v);
                case "ASNM" -> r.assignees.add(v);
                case "AANM" -> r.applicants.add(v.contains(";") ? Texts.givenFirst(v) : v);
                case "INNM" -> r.inventors.add(Texts.givenFirst(v));
                case "IPCP", "IPCS", "IPCA" -> r.addIpc(v.split("\\s+")[0]);
                case "CPOI", "CPOA", "CPAI", "CPAA" -> r.addCpc(v.split("\\s+")[0]);
                case "PRCO" -> priorityCountry = v;
                case "PRAN" -> priorityNumber = v;
                case "PRAD" -> {
                    if (!priorityNumber.isEmpty()) {
                        r.priorities.add(new Priority(priorityCountry, priorityNumber, Dates.lenient(v)));
                    }
                    priorityCountry = "";
                    priorityNumber = "";
                }
                case "PDID" -> PatentNumbers.tryParse(v.replace(" ", ""), "").ifPresent(n -> r.family.add(n.id()));
                default -> {
                    // citations, descriptions and the rest are not kept
                }
            }
        }
        PublicationNumber n = did.isEmpty()
                ? PatentNumbers.normalize("US", wku, kind)
                : PatentNumbers.parse(did.replace(" ", ""), "US");
        if (n.number().isEmpty()) {
            throw new IllegalArgumentException("no DID or WKU (patent number) field");
        }
        r.jurisdiction = n.jurisdiction();
        r.number = n.number();
        r.kind = n.kind().isEmpty() ? kind : n.kind();
        r.grantDate = r.publicationDate;
        r.abstractText = abstractText.toString();
        r.claims = Claims.of(claims);
        r.lang = "en";
        r.format = "uspto-brs";
        return r.build();
    }

    private static void appendContinuation(List<Field> fields, String line) {
        if (fields.isEmpty()) {
            return;
        }
        Field last = fields.remove(fields.size() - 1);
        fields.add(new Field(last.section(), last.tag(), last.value() + " " + line.strip()));
    }
}
