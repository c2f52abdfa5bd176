package org.ipradar.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of a saved risk-patent list: the patent, why it was ranked, and the consultant's judgement.
 *
 * @param rank position in the list, from 1
 * @param patentId the publication id, such as {@code US7654321B2}
 * @param jurisdiction the publishing office ({@code US}, {@code EP}, {@code VN}...)
 * @param title the patent's title
 * @param assignees applicants or proprietors as printed
 * @param filingDate the application's filing date, or null
 * @param publicationDate the publication date, or null
 * @param status legal status code: {@code in_force}, {@code pending}, {@code expired}, {@code lapsed}, {@code unknown}
 * @param expiry the expiry date, or null when it cannot be told
 * @param expiryEstimated whether {@code expiry} is estimated from the filing date and the statutory term
 * @param ipc IPC symbols
 * @param risk the risk level
 * @param reason why: the rule that set the level and what matched, in one or two sentences
 * @param matchedClaim the best-matching claim as plain text (number first), or empty
 * @param relevant the consultant's mark: true relevant, false not relevant, null not yet judged
 * @param note the consultant's note, or empty
 */
public record RiskRow(
        int rank,
        String patentId,
        String jurisdiction,
        String title,
        List<String> assignees,
        LocalDate filingDate,
        LocalDate publicationDate,
        String status,
        LocalDate expiry,
        boolean expiryEstimated,
        List<String> ipc,
        RiskLevel risk,
        String reason,
        String matchedClaim,
        Boolean relevant,
        String note) {

    /** Checks the fields and copies the lists. */
    public RiskRow {
        Objects.requireNonNull(patentId, "patentId");
        Objects.requireNonNull(risk, "risk");
        jurisdiction = Objects.requireNonNullElse(jurisdiction, "");
        title = Objects.requireNonNullElse(title, "");
        assignees = List.copyOf(assignees);
        status = Objects.requireNonNullElse(status, "unknown");
        ipc = List.copyOf(ipc);
        reason = Objects.requireNonNullElse(reason, "");
        matchedClaim = Objects.requireNonNullElse(matchedClaim, "");
        note = Objects.requireNonNullElse(note, "");
    }

    /** This row with the consultant's mark and note. */
    public RiskRow judged(Boolean relevant, String note) {
        return new RiskRow(rank, patentId, jurisdiction, title, assignees, filingDate, publicationDate, status, expiry,
                expiryEstimated, ipc, risk, reason, matchedClaim, relevant, note);
    }
}
