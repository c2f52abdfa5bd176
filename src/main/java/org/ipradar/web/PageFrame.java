package org.ipradar.web;

/**
 * What every page's layout shows around its content: the title, the search box and the language switch.
 *
 * @param labels the interface text
 * @param title the document title
 * @param query the text to show in the search box, or blank
 * @param switchUrl this page in the other interface language
 */
public record PageFrame(Labels labels, String title, String query, String switchUrl) {
    /** The home page in the current interface language. */
    public String homeUrl() {
        return labels.english() ? "/?ui=en" : "/";
    }
}
