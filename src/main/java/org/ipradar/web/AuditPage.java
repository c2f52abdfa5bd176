package org.ipradar.web;

import java.util.List;

/**
 * The model of the audit log page for administrators.
 *
 * @param frame the layout around it
 * @param count the number of matching entries, as a sentence
 * @param user the user filter as typed, or blank
 * @param action the action filter as typed, or blank
 * @param rows this page's entries, newest first
 * @param prev the newer page, or null
 * @param next the older page, or null
 */
public record AuditPage(PageFrame frame, String count, String user, String action, List<Row> rows, String prev,
        String next) {
    /** One entry as shown; every value is plain text, escaped by the template. */
    public record Row(long id, String at, String actor, String action, String object, String summary, String result,
            String address) {}
}
