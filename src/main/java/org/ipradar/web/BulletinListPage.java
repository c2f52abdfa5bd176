package org.ipradar.web;

import java.util.List;

/**
 * The model of the bulletins page: published bulletins, newest quarter first (editors also see the others).
 *
 * @param frame the layout around it
 * @param entries the bulletins
 * @param atomUrl the Atom feed
 * @param coverageUrl the coverage tracker, for editors; else null
 */
public record BulletinListPage(PageFrame frame, List<Entry> entries, String atomUrl, String coverageUrl) {
    /**
     * One bulletin.
     *
     * @param id its number, also the row's anchor
     * @param title its title
     * @param quarter its quarter by name
     * @param status its status word, used as a CSS class
     * @param statusLabel its status for people, or null when published
     * @param date when it was published, or last changed for the others
     * @param articles how many articles, as a phrase
     * @param pageUrl its page
     * @param pdfUrl its PDF
     * @param docxUrl its DOCX
     */
    public record Entry(long id, String title, String quarter, String status, String statusLabel, String date,
            String articles, String pageUrl, String pdfUrl, String docxUrl) {}
}
