package org.ipradar.web;

import java.util.List;

/**
 * The model of the editor's desk: the bulletins (drafts, published, withdrawn), the editor's own documents and case
 * records, and the forms that start new ones.
 *
 * @param frame the layout around it
 * @param bulletins every bulletin, newest quarter first
 * @param documents the editor's own documents, most recently changed first
 * @param proposeUrl where the new-bulletin form posts
 * @param quarter the quarter the new-bulletin form shows
 * @param quarterError why the quarter was refused, or null
 * @param newCaseUrl the form for a new case record
 * @param newGuideUrl the form for a new guide
 * @param newLawUrl the form for a new law and policy note
 * @param coverageUrl the coverage tracker
 */
public record DeskHomePage(PageFrame frame, List<BulletinRow> bulletins, List<DocumentRow> documents,
        String proposeUrl, String quarter, String quarterError, String newCaseUrl, String newGuideUrl,
        String newLawUrl, String coverageUrl) {
    /**
     * One bulletin.
     *
     * @param id its number, also the row's anchor
     * @param title its title
     * @param quarter its quarter by name
     * @param status its status word, used as a CSS class
     * @param statusLabel its status for people
     * @param articles how many articles
     * @param updated when it last changed
     * @param editUrl the bulletin editor
     * @param pageUrl its page on the site (for editors also while a draft)
     */
    public record BulletinRow(long id, String title, String quarter, String status, String statusLabel, int articles,
            String updated, String editUrl, String pageUrl) {}

    /**
     * One document.
     *
     * @param id its id, also the row's anchor
     * @param title its title
     * @param kind its kind by name
     * @param status its status word, used as a CSS class
     * @param statusLabel its status for people
     * @param version its version
     * @param updated when it last changed
     * @param editUrl the form
     * @param publicUrl its public page while published, else null
     */
    public record DocumentRow(String id, String title, String kind, String status, String statusLabel, long version,
            String updated, String editUrl, String publicUrl) {}
}
