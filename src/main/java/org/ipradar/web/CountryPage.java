package org.ipradar.web;

import java.util.List;

/**
 * The model of one country profile's page.
 *
 * @param frame the layout around it
 * @param code the jurisdiction's code
 * @param heading the jurisdiction's name with its code
 * @param origin the version line: shipped, or edited when (and by whom, for editors)
 * @param summary how many facts, how many flagged, the oldest review date
 * @param shippedChanged for editors, a warning that the shipped file changed since the edit; else null
 * @param saved a notice after a save, else null
 * @param sections the sections in order
 * @param csrf for editors, the session's CSRF token for the forms; null for everyone else (no forms shown)
 * @param version the version the forms edit
 * @param listUrl the list of jurisdictions
 * @param jsonUrl the same profile in the API
 */
public record CountryPage(PageFrame frame, String code, String heading, String origin, String summary,
        String shippedChanged, String saved, List<Section> sections, String csrf, long version, String listUrl,
        String jsonUrl) {
    /** Whether the edit forms are shown. */
    public boolean editor() {
        return csrf != null;
    }

    /**
     * One section.
     *
     * @param id its element id, the section's wire name
     * @param heading its heading
     * @param facts its facts
     */
    public record Section(String id, String heading, List<FactView> facts) {}

    /**
     * One fact as shown.
     *
     * @param id the fact's id
     * @param text the statement in the reader's language
     * @param sourceName the source's name
     * @param sourceUrl the source's address (http or https)
     * @param lastReviewed the last-reviewed date
     * @param review whether it is flagged for review
     * @param note what to check, or null
     * @param membership for a treaty, the membership label; else null
     * @param membershipClass the membership label's CSS class ({@code ok} or {@code stale})
     * @param website for an office, its website; else null
     * @param ipTypes the IP types it concerns, by name, or empty
     * @param form the edit form's values, for editors; else null
     */
    public record FactView(String id, String text, String sourceName, String sourceUrl, String lastReviewed,
            boolean review, String note, String membership, String membershipClass, String website, String ipTypes,
            Form form) {
        /** The fact's element id. */
        public String anchor() {
            return "fact-" + id;
        }
    }

    /**
     * The values of a fact's edit form.
     *
     * @param action where it posts
     * @param zh the Chinese text
     * @param en the English text
     * @param sourceName the source's name
     * @param sourceUrl the source's address
     * @param lastReviewed the last-reviewed date
     * @param review whether flagged
     * @param noteZh the Chinese note
     * @param noteEn the English note
     * @param ipTypes the IP types, comma-separated wire names
     * @param website the website
     * @param treaty whether it is a treaty fact (with member and since fields)
     * @param member the membership
     * @param since the year membership took effect, or empty
     */
    public record Form(String action, String zh, String en, String sourceName, String sourceUrl, String lastReviewed,
            boolean review, String noteZh, String noteEn, String ipTypes, String website, boolean treaty,
            boolean member, String since) {}
}
