package org.ipradar.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * The tracker of the rule "at least {@value Bulletin#MIN_ITEMS} articles a quarter": per quarter of a year, what was
 * published and what could be, flagged early enough to act.
 *
 * @param year the year
 * @param today today in Asia/Shanghai
 * @param minimumArticles the articles a quarter needs ({@value Bulletin#MIN_ITEMS})
 * @param fewCandidates below this many candidate documents a quarter is flagged {@code few_candidates}
 * @param quarters the four quarters in order
 */
public record Coverage(int year, LocalDate today, int minimumArticles, int fewCandidates, List<Row> quarters) {
    /** The flag of a started quarter with fewer articles published than the minimum. */
    public static final String BELOW_MINIMUM = "below_minimum";
    /** The flag of a started quarter short of articles whose candidates are few too. */
    public static final String FEW_CANDIDATES = "few_candidates";

    /**
     * One quarter.
     *
     * @param quarter as in {@code 2026Q3}
     * @param firstDay its first day
     * @param lastDay its last day
     * @param state {@code past}, {@code current} or {@code upcoming}
     * @param daysLeft for the current quarter, the days left including today; else null
     * @param bulletins how many bulletins of it are published
     * @param drafts how many are drafts
     * @param articles how many distinct documents its published bulletins carry
     * @param candidates how many public documents were published in it
     * @param flags {@link #BELOW_MINIMUM} and {@link #FEW_CANDIDATES}, when they apply; upcoming quarters have none
     */
    public record Row(String quarter, LocalDate firstDay, LocalDate lastDay, String state, Integer daysLeft,
            int bulletins, int drafts, int articles, int candidates, List<String> flags) {}
}
