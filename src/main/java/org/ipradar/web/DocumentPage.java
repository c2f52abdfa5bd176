package org.ipradar.web;

import java.util.List;

/**
 * The model of a document's page: its text and tags, the original link, and the other reports of the same story.
 *
 * @param frame the layout around it
 * @param title the title as plain text
 * @param url the original article if it is an http(s) address, else null
 * @param meta source, date, language, kind, countries, IP types and industries, already labelled
 * @param paragraphs the plain text, one entry per paragraph
 * @param also the other members of its near-duplicate cluster
 * @param jsonUrl the same document in the API
 */
public record DocumentPage(PageFrame frame, String title, String url, List<Meta> meta, List<String> paragraphs,
        List<Also> also, String jsonUrl) {
    /**
     * One labelled fact about the document.
     *
     * @param label what it is, as in 来源
     * @param value its value
     */
    public record Meta(String label, String value) {}

    /**
     * Another report of the same story.
     *
     * @param title its title
     * @param source its source's name
     * @param pageUrl its page on this site
     * @param url its original, or null
     */
    public record Also(String title, String source, String pageUrl, String url) {}
}
