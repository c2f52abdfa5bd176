package org.ipradar.extract;

/** How a source writes all-numeric dates such as {@code 12/03/2026}: day first (most of the world) or month first. */
public enum DayMonthOrder {
    /** {@code 12/03/2026} is 12 March 2026. */
    DMY,
    /** {@code 12/03/2026} is December 3, 2026. */
    MDY
}
