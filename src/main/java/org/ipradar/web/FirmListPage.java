package org.ipradar.web;

import java.util.List;

/**
 * The model of the firm list: the firms the viewer works on as consultant, and for an admin every firm by name, id
 * and consultants, with the forms that assign and unassign them.
 *
 * @param frame the layout around it
 * @param t the firm pages' text
 * @param heading the heading (my firms, or firms and their consultants for an admin who is not a consultant)
 * @param rows the viewer's firms as consultant, most recently saved first, or null when the viewer is no consultant
 * @param assignRows every firm for assigning consultants, most recently saved first, or null when the viewer is no
 *     admin
 * @param notice a confirmation to show, or null
 * @param newUrl the form for a new firm, or null when the viewer may not create one
 * @param jsonUrl the same list in the API
 */
public record FirmListPage(PageFrame frame, FirmLabels t, String heading, List<Row> rows, List<AssignRow> assignRows,
        String notice, String newUrl, String jsonUrl) {
    /**
     * One firm the viewer is assigned to.
     *
     * @param id its id, also the row's anchor
     * @param name its name
     * @param url its page
     * @param industry its industry for people
     * @param markets its target markets for people
     * @param products how many products it has
     * @param consultants the consultants assigned
     * @param updated when it was last saved
     */
    public record Row(String id, String name, String url, String industry, String markets, int products,
            String consultants, String updated) {}

    /**
     * One firm as an admin assigns consultants to it: nothing of its profile.
     *
     * @param id its id, also the row's anchor ({@code assign-<id>})
     * @param name its name
     * @param url its page when the admin is also assigned to it as consultant, else null (the page would be 403)
     * @param consultants the consultants assigned, each with its unassign button
     * @param updated when it was last saved
     * @param action where the assign and unassign forms post
     * @param error what was wrong with the last assignment to this firm, or null
     */
    public record AssignRow(String id, String name, String url, List<String> consultants, String updated,
            String action, String error) {}
}
