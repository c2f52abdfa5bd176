package org.ipradar.country;

/**
 * A jurisdiction's standing in one treaty, carried by the facts of the treaties section.
 *
 * @param treaty the treaty
 * @param member whether the jurisdiction is bound by it
 * @param since the year membership took effect, or null when not a member or not stated
 */
public record Membership(Treaty treaty, boolean member, Integer since) {}
