package org.ipradar.web;

import java.util.List;

/**
 * The model of the country list page: the jurisdictions with a profile, ASEAN members first.
 *
 * @param frame the layout around it
 * @param groups the jurisdictions by region
 * @param jsonUrl the same list in the API
 */
public record CountryListPage(PageFrame frame, List<Group> groups, String jsonUrl) {
    /**
     * A region's jurisdictions.
     *
     * @param id its element id
     * @param heading its heading
     * @param rows its jurisdictions
     */
    public record Group(String id, String heading, List<Row> rows) {}

    /**
     * One jurisdiction.
     *
     * @param code its code, also the row's anchor
     * @param name its name in the reader's language
     * @param url its profile page
     * @param facts how many facts it has
     * @param flagged how many are flagged for review
     * @param oldestReview the oldest last-reviewed date
     * @param version the version line (shipped or edited)
     */
    public record Row(String code, String name, String url, int facts, int flagged, String oldestReview,
            String version) {}
}
