package org.ipradar.web;

import java.util.List;

/**
 * The model of the bulletin editor: one form holding the title, the introduction and the articles in order with
 * their summaries, whose buttons (move, remove, add, save, publish, withdraw) all post it, so no button loses an edit.
 *
 * @param frame the layout around it
 * @param id the bulletin's number
 * @param heading the page heading
 * @param quarter the quarter by name
 * @param status its status word, used as a CSS class
 * @param statusLabel its status for people
 * @param editable whether it may be edited (not while published)
 * @param action where the form posts
 * @param version the version the form edits
 * @param versionLabel the version for people
 * @param title the title in the form
 * @param intro the introduction in the form, Markdown
 * @param items the articles in the form, in order
 * @param add the text of the add-a-document field
 * @param notice what the last action did, or null
 * @param error why the last action was refused, or null
 * @param errorField the field it concerns ({@code title}, {@code intro}, {@code add}, {@code items}), or null
 * @param problems why it cannot be published as saved
 * @param found the search results to add from, or null when there was no search
 * @param foundHeading the heading of the search results, or null
 * @param saved for a save conflict, the version now stored, else null
 * @param pageUrl its page on the site
 * @param deskUrl the desk
 */
public record BulletinEditorPage(PageFrame frame, long id, String heading, String quarter, String status,
        String statusLabel, boolean editable, String action, long version, String versionLabel, String title,
        String intro, List<Item> items, String add, String notice, String error, String errorField,
        List<String> problems, List<Found> found, String foundHeading, Saved saved, String pageUrl, String deskUrl) {
    /**
     * One article in the form.
     *
     * @param index its place from 0, for the move and remove buttons
     * @param documentId the document's id
     * @param heading its number and title
     * @param meta its kind, date and countries
     * @param summary the summary in the form
     * @param pageUrl the document's page
     * @param first whether it is the first (no move up)
     * @param last whether it is the last (no move down)
     */
    public record Item(int index, String documentId, String heading, String meta, String summary, String pageUrl,
            boolean first, boolean last) {}

    /**
     * A search result that can be added.
     *
     * @param documentId its id
     * @param title its title
     * @param meta its kind, date and countries
     * @param inBulletin whether it is in the bulletin already
     */
    public record Found(String documentId, String title, String meta, boolean inBulletin) {}

    /**
     * The bulletin as now stored, shown beside the form after a save conflict.
     *
     * @param heading what it is, with its version
     * @param title its title
     * @param intro its introduction
     * @param articles its articles' titles, in order
     */
    public record Saved(String heading, String title, String intro, List<String> articles) {}

    /** Whether the last refusal concerns this field. */
    public boolean errorOn(String field) {
        return error != null && field.equals(errorField);
    }
}
