package org.ipradar.desk;

import java.util.List;

/**
 * What an editor submits when creating or saving a document: everything they may set, and nothing they may not
 * (author, status and version are the service's).
 *
 * @param kind {@code guide}, {@code law} or {@code case}
 * @param title plain-text title
 * @param lang ISO 639-1 language code of the text, {@code zh} or {@code en} usually
 * @param format {@code markdown} or {@code html}
 * @param body the text in that format
 * @param countries country and region codes
 * @param ipTypes IP type wire names
 * @param industries industry wire names
 * @param caseRecord the case's facts; required for a case, absent otherwise
 */
public record DeskDraft(String kind, String title, String lang, String format, String body, List<String> countries,
        List<String> ipTypes, List<String> industries, CaseRecord caseRecord) {
    public DeskDraft {
        countries = countries == null ? List.of() : List.copyOf(countries);
        ipTypes = ipTypes == null ? List.of() : List.copyOf(ipTypes);
        industries = industries == null ? List.of() : List.copyOf(industries);
    }
}
