package org.ipradar.web;

import java.util.List;
import org.ipradar.risk.Citation;

/**
 * The model of a risk-warning report's page: the four parts, each in a text area beside its rendered preview, in a
 * form that saves a new version, with the export links and the versions.
 *
 * @param frame the layout around it
 * @param t the risk pages' text
 * @param title the report's title
 * @param firmName the firm's name
 * @param deskUrl the firm's risk page
 * @param notice a confirmation to show, or null
 * @param error what was wrong with the save, or null
 * @param versionLine which version this is, of how many
 * @param version this version's number
 * @param editable whether this is the newest version, which the form saves over
 * @param markets the target markets in words
 * @param listLink the risk-patent list it draws on, or null
 * @param parts the four parts
 * @param action where the form posts
 * @param exports the export links
 * @param history the versions, newest first
 */
public record ReportPage(PageFrame frame, RiskLabels t, String title, String firmName, String deskUrl, String notice,
        String error, String versionLine, int version, boolean editable, String markets, RiskDeskPage.Link listLink,
        List<Part> parts, String action, List<RiskDeskPage.Link> exports, List<RiskDeskPage.Link> history) {

    /**
     * One part.
     *
     * @param key its key ({@code profile}, {@code environment}, {@code diagnosis}, {@code countermeasures})
     * @param title its heading
     * @param text its Markdown, as edited
     * @param html its rendered, sanitised preview
     * @param citations the documents it cites
     */
    public record Part(String key, String title, String text, String html, List<Citation> citations) {}
}
