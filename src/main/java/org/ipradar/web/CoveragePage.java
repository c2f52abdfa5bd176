package org.ipradar.web;

import java.util.List;

/**
 * The model of the coverage tracker: per quarter of a year, articles published against the minimum.
 *
 * @param frame the layout around it
 * @param heading the page heading with the year
 * @param rule the rule and the thresholds, in a sentence
 * @param today today's date
 * @param rows the four quarters
 * @param prevUrl the year before
 * @param nextUrl the year after
 * @param jsonUrl the same in the API
 */
public record CoveragePage(PageFrame frame, String heading, String rule, String today, List<Row> rows,
        String prevUrl, String nextUrl, String jsonUrl) {
    /**
     * One quarter.
     *
     * @param quarter as in {@code 2026Q3}, also the row's anchor
     * @param label its name
     * @param range its first and last day
     * @param state {@code past}, {@code current} or {@code upcoming}, used as a CSS class
     * @param stateLabel the state for people, with the days left for the current quarter
     * @param bulletins published bulletins
     * @param drafts drafts
     * @param articles distinct articles published
     * @param candidates candidate documents
     * @param flags what to act on
     */
    public record Row(String quarter, String label, String range, String state, String stateLabel, int bulletins,
            int drafts, int articles, int candidates, List<Flag> flags) {}

    /**
     * A flag or the all-clear.
     *
     * @param code the flag's code, or {@code ok}
     * @param label what it says
     * @param css the badge's CSS class
     */
    public record Flag(String code, String label, String css) {}
}
