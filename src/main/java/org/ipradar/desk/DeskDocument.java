package org.ipradar.desk;

import java.time.Instant;
import java.util.List;

/**
 * A document an editor wrote, as the desk keeps it: the text as written, its safe HTML and plain text, its tags,
 * its case record for a case, and where it stands.
 *
 * @param id stable id, {@code desk-} and 16 hex digits; also its id among the public documents once published
 * @param kind {@code guide}, {@code law} or {@code case}
 * @param status {@code draft}, {@code published} or {@code withdrawn}
 * @param version starts at 1 and grows by one with every change: the optimistic lock
 * @param author who created it, the only editor who may change it
 * @param title plain-text title
 * @param lang ISO 639-1 code
 * @param format {@code markdown} or {@code html}
 * @param body the text as written (HTML is kept sanitised; Markdown as typed, never shown unescaped)
 * @param bodyHtml the text as safe HTML, for pages
 * @param text the plain text the public document carries: the body, then the case record's facts
 * @param countries country and region codes
 * @param ipTypes IP type wire names
 * @param industries industry wire names
 * @param caseRecord the case's facts, or null
 * @param created when it was created
 * @param updated when it last changed
 * @param updatedBy who last changed it
 * @param published when it was first published, or null; kept across withdrawal and republication
 * @param withdrawn when it was last withdrawn, or null
 */
public record DeskDocument(String id, String kind, String status, long version, String author, String title,
        String lang, String format, String body, String bodyHtml, String text, List<String> countries,
        List<String> ipTypes, List<String> industries, CaseRecord caseRecord, Instant created, Instant updated,
        String updatedBy, Instant published, Instant withdrawn) {
    /** The status of a document not yet published. */
    public static final String DRAFT = "draft";
    /** The status of a document in search. */
    public static final String PUBLISHED = "published";
    /** The status of a document taken out of search. */
    public static final String WITHDRAWN = "withdrawn";
    /** The source id desk documents carry among the public documents. */
    public static final String SOURCE = "desk";

    public DeskDocument {
        countries = List.copyOf(countries);
        ipTypes = List.copyOf(ipTypes);
        industries = List.copyOf(industries);
    }
}
