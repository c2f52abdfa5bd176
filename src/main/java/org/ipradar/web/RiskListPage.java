package org.ipradar.web;

import java.util.List;

/**
 * The model of a risk-patent list's page: the rows with the consultant's marks in a form that saves a new version,
 * the export links and the versions.
 *
 * @param frame the layout around it
 * @param t the risk pages' text
 * @param title the list's title
 * @param firmName the firm's name
 * @param deskUrl the firm's risk page
 * @param notice a confirmation to show, or null
 * @param error what was wrong with the save, or null
 * @param versionLine which version this is, of how many
 * @param version this version's number
 * @param editable whether this is the newest version, which the form saves over
 * @param request what the list was searched for, in one line
 * @param asOf the date legal status was judged on
 * @param rows the rows
 * @param action where the form posts
 * @param exports the export links
 * @param history the versions, newest first
 */
public record RiskListPage(PageFrame frame, RiskLabels t, String title, String firmName, String deskUrl,
        String notice, String error, String versionLine, int version, boolean editable, String request, String asOf,
        List<Row> rows, String action, List<RiskDeskPage.Link> exports, List<RiskDeskPage.Link> history) {

    /**
     * One row as shown.
     *
     * @param index its position in the form, from 0
     * @param rank its rank
     * @param number the publication number
     * @param title the patent's title
     * @param assignees applicants or proprietors
     * @param status the legal status in words
     * @param expiry the expiry date, or empty
     * @param estimated whether the expiry is estimated
     * @param riskCode high, medium or low
     * @param risk the risk level in words
     * @param reason why
     * @param claim the matched claim, or empty
     * @param relevant "yes", "no" or "" (not judged)
     * @param note the consultant's note
     */
    public record Row(int index, int rank, String number, String title, String assignees, String status,
            String expiry, boolean estimated, String riskCode, String risk, String reason, String claim,
            String relevant, String note) {}
}
