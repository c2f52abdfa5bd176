package org.ipradar.web;

import java.util.List;

/**
 * The model of the firm list: the firms the viewer works on.
 *
 * @param frame the layout around it
 * @param t the firm pages' text
 * @param heading the heading (my firms, or all firms for an admin)
 * @param rows the firms, most recently saved first
 * @param newUrl the form for a new firm
 * @param jsonUrl the same list in the API
 */
public record FirmListPage(PageFrame frame, FirmLabels t, String heading, List<Row> rows, String newUrl,
        String jsonUrl) {
    /**
     * One firm.
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
}
