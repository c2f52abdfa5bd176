package org.ipradar.risk;

import java.time.Instant;

/**
 * One version of a saved risk list or report, with who made it and when.
 *
 * @param id the object's id
 * @param kind what it is
 * @param enterpriseId the firm it belongs to
 * @param title its title
 * @param version this version's number, from 1
 * @param latestVersion the newest version's number
 * @param created when version 1 was saved
 * @param createdBy who saved version 1
 * @param saved when this version was saved
 * @param savedBy who saved this version
 * @param body the content
 * @param <T> the content's type
 */
public record Saved<T>(
        long id,
        RiskStore.Kind kind,
        String enterpriseId,
        String title,
        int version,
        int latestVersion,
        Instant created,
        String createdBy,
        Instant saved,
        String savedBy,
        T body) {}
