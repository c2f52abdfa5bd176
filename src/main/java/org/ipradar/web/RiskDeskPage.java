package org.ipradar.web;

import java.util.List;

/**
 * The model of a firm's risk page: its risk-patent lists and reports, the form that compiles a new list and the form
 * that drafts a report.
 *
 * @param frame the layout around it
 * @param t the risk pages' text
 * @param firmName the firm's name
 * @param firmUrl the firm's page
 * @param lists the firm's lists, newest first
 * @param reports the firm's reports, newest first
 * @param products the firm's products, each a link that fills the compile form in
 * @param form the compile form's values
 * @param compileAction where the compile form posts
 * @param compileError what was wrong with the compile form, or null
 * @param draftMarkets the draft form's markets
 * @param draftAction where the draft form posts
 * @param draftError what was wrong with the draft form, or null
 */
public record RiskDeskPage(PageFrame frame, RiskLabels t, String firmName, String firmUrl, List<Item> lists,
        List<Item> reports, List<Link> products, Form form, String compileAction, String compileError,
        String draftMarkets, String draftAction, String draftError) {

    /**
     * A saved list or report in the firm's listing.
     *
     * @param id its id
     * @param title its title
     * @param url its page
     * @param version its newest version
     * @param saved when that version was saved
     * @param savedBy who saved it
     */
    public record Item(long id, String title, String url, int version, String saved, String savedBy) {}

    /**
     * A link.
     *
     * @param text its text
     * @param url where it goes
     */
    public record Link(String text, String url) {}

    /**
     * The compile form's values, as typed.
     *
     * @param product the product's name
     * @param description its technical description
     * @param features its key features, one per line
     * @param markets the target markets
     * @param ipc IPC/CPC classes, one per line
     * @param includeExpired whether expired patents are listed too
     */
    public record Form(String product, String description, String features, String markets, String ipc,
            boolean includeExpired) {}
}
