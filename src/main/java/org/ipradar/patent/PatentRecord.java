package org.ipradar.patent;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One patent publication (an application or a grant), the shape every import format is read into.
 *
 * <p>The identity is {@link #id()}: jurisdiction, number and kind code, such as {@code US7654321B2} or
 * {@code EP1234567A1}; re-importing the same publication replaces the earlier record. Dates are calendar dates as
 * printed by the office; lists are never null (empty when the format does not carry the field) and strings are never
 * null (empty when absent).
 *
 * @param jurisdiction the publishing office, ST.3 code ({@code US}, {@code EP}, {@code WO}, {@code CN}, {@code VN}...)
 * @param number the publication number without jurisdiction and kind, leading zeros of US grants removed
 *     ({@code 7654321}, {@code 20130012345}, {@code D512345} for a US design)
 * @param kind the kind code ({@code B1}, {@code B2}, {@code A1}, {@code S}, {@code E}...), or empty when unknown
 * @param type {@code utility}, {@code design}, {@code plant}, {@code reissue} or empty when unknown
 * @param title the title of the invention
 * @param abstractText the abstract, plain text
 * @param claims the claims in order, independent ones marked
 * @param applicants applicants as printed (organisations or persons)
 * @param assignees assignees / proprietors as printed
 * @param inventors inventors as "Given Family"
 * @param ipc IPC symbols normalised like {@code H01L 21/02}
 * @param cpc CPC symbols normalised like {@code H01L 21/0237}
 * @param priorities priority claims
 * @param applicationNumber the application number as printed, or empty
 * @param filingDate the filing date of the application, or null
 * @param publicationDate the publication date of this document, or null
 * @param grantDate the grant date when this is (or is known to have become) a grant, or null
 * @param status the legal status as far as the data says ({@link LegalStatus#UNKNOWN} when nothing is said)
 * @param events the legal-status history when the format carries one
 * @param expiry the expiry date the data states, or null (estimates are made later, and said to be estimates)
 * @param familyId the patent family identifier (EPO DOCDB family id), or empty
 * @param family publication ids ({@link #id()} form) of family members the data names
 * @param lang the language of title, abstract and claims ({@code en}, {@code de}, {@code fr}, {@code zh}...)
 * @param format the import format it was read from, such as {@code uspto-xml-4.5} or {@code epo-ops}
 */
public record PatentRecord(
        String jurisdiction,
        String number,
        String kind,
        String type,
        String title,
        String abstractText,
        List<Claim> claims,
        List<String> applicants,
        List<String> assignees,
        List<String> inventors,
        List<String> ipc,
        List<String> cpc,
        List<Priority> priorities,
        String applicationNumber,
        LocalDate filingDate,
        LocalDate publicationDate,
        LocalDate grantDate,
        LegalStatus status,
        List<LegalEvent> events,
        LocalDate expiry,
        String familyId,
        List<String> family,
        String lang,
        String format) {

    /** Checks the fields and copies the lists. */
    public PatentRecord {
        jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(number, "number");
        if (jurisdiction.isBlank() || number.isBlank()) {
            throw new IllegalArgumentException("a patent record needs a jurisdiction and a number (got \""
                    + jurisdiction + "\", \"" + number + "\")");
        }
        kind = Objects.requireNonNullElse(kind, "").toUpperCase(Locale.ROOT);
        type = Objects.requireNonNullElse(type, "");
        title = Objects.requireNonNullElse(title, "");
        abstractText = Objects.requireNonNullElse(abstractText, "");
        claims = List.copyOf(claims);
        applicants = List.copyOf(applicants);
        assignees = List.copyOf(assignees);
        inventors = List.copyOf(inventors);
        ipc = List.copyOf(ipc);
        cpc = List.copyOf(cpc);
        priorities = List.copyOf(priorities);
        applicationNumber = Objects.requireNonNullElse(applicationNumber, "");
        status = Objects.requireNonNullElse(status, LegalStatus.UNKNOWN);
        events = List.copyOf(events);
        familyId = Objects.requireNonNullElse(familyId, "");
        family = List.copyOf(family);
        lang = Objects.requireNonNullElse(lang, "");
        format = Objects.requireNonNullElse(format, "");
    }

    /** The publication id: jurisdiction, number and kind, such as {@code US7654321B2}. */
    public String id() {
        return jurisdiction + number + kind;
    }

    /** The independent claims, in order. */
    public List<Claim> independentClaims() {
        return claims.stream().filter(Claim::independent).toList();
    }
}
