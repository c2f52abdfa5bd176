package org.ipradar.enterprise;

/**
 * A patent or application the firm owns, which its risk-patent lists leave out.
 *
 * @param number the publication or application number as written, such as {@code CN112345678A}
 * @param jurisdiction where it was filed: a country code, {@code EU} or {@code WO}
 */
public record OwnPatent(String number, String jurisdiction) {}
