package org.ipradar.patent.read;

import java.util.Objects;

/**
 * A publication number split into its parts.
 *
 * @param jurisdiction the office code ({@code US}, {@code CN}, {@code EP}...), or empty when the text named none
 * @param number the number, normalised as {@link org.ipradar.patent.PatentRecord#number()} describes
 * @param kind the kind code ({@code A1}, {@code B}, {@code S1}...), or empty when the text named none
 */
public record PublicationNumber(String jurisdiction, String number, String kind) {
    /** Checks the fields. */
    public PublicationNumber {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
    }

    /** The publication id, jurisdiction + number + kind, such as {@code CN112345678B}. */
    public String id() {
        return jurisdiction + number + kind;
    }
}
