package org.ipradar.patent;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a risk-patent list as the matcher ranks it, explaining itself: the patent, where it stands, how well it
 * matched and why. The saved list (with the consultant's marks) is built from these.
 *
 * @param rank 1-based position in the list
 * @param id the publication id, such as {@code US7654321B2}
 * @param number the publication number without office and kind, such as {@code 7654321}
 * @param jurisdiction the publishing office
 * @param kind the kind code
 * @param type the record's type ({@code utility}, {@code design}...), or empty
 * @param title the title
 * @param assignees the assignees, or the applicants when the data names no assignee
 * @param status the legal status on the query's day: the data's status, or {@code expired} when the (estimated)
 *     term ended before that day ({@link LegalStatus#code()} spelling)
 * @param expiry the stated or estimated expiry, or null when neither is known
 * @param expiryEstimated whether {@code expiry} is an estimate ({@link PatentTerms})
 * @param expiryBasis where the expiry comes from, in words
 * @param expired whether the right has ended (expired or lapsed); such rows appear only when asked for
 * @param score the ranking score: text similarity (best independent claim, all claims, abstract, title) times the
 *     class and competitor boosts; comparable within one list only
 * @param risk the risk level
 * @param riskRule the rule that set the level, in words, such as "high: independent claim 1 matches 4 of 5 features
 *     and the patent is in force in VN"
 * @param reason what matched, in a few sentences
 * @param matchedClaim the claim the rule is about, highlighted; null when the data has no claims
 * @param featuresTouched for every feature of the query, in order, the claims it touches
 * @param filingDate the filing date, or null
 * @param publicationDate the publication date, or null
 * @param ipc the IPC symbols
 * @param cpc the CPC symbols
 * @param competitor whether an applicant or assignee is one of the query's competitors
 */
public record RiskMatch(
        int rank,
        String id,
        String number,
        String jurisdiction,
        String kind,
        String type,
        String title,
        List<String> assignees,
        String status,
        LocalDate expiry,
        boolean expiryEstimated,
        String expiryBasis,
        boolean expired,
        double score,
        RiskLevel risk,
        String riskRule,
        String reason,
        MatchedClaim matchedClaim,
        List<FeatureHit> featuresTouched,
        LocalDate filingDate,
        LocalDate publicationDate,
        List<String> ipc,
        List<String> cpc,
        boolean competitor) {
    /** Copies the lists. */
    public RiskMatch {
        assignees = List.copyOf(assignees);
        featuresTouched = List.copyOf(featuresTouched);
        ipc = List.copyOf(ipc);
        cpc = List.copyOf(cpc);
    }
}
