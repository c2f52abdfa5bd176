package org.ipradar.patent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A priority claim.
 *
 * @param country the office of the earlier filing (ST.3 code such as {@code US}, {@code EP}, {@code WO})
 * @param number the earlier application number as given
 * @param date the earlier filing date, or null when not given
 */
public record Priority(String country, String number, LocalDate date) {
    /** Checks the fields. */
    public Priority {
        Objects.requireNonNull(country, "priority country");
        Objects.requireNonNull(number, "priority number");
    }
}
