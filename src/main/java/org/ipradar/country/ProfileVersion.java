package org.ipradar.country;

import java.time.Instant;

/**
 * One version of a profile in its history.
 *
 * @param code the profile's code
 * @param version its number: 1 is the shipped file, later ones editors' saves
 * @param saved when it was saved; null for the shipped file
 * @param savedBy who saved it; null for the shipped file
 * @param summary what changed, such as {@code changed pct; added customs_recordation}
 */
public record ProfileVersion(String code, long version, Instant saved, String savedBy, String summary) {}
