package org.ipradar.web;

import java.util.List;

/**
 * The model of the sources page: each source's health for the editors who keep feeds.yml.
 *
 * @param frame the layout around it
 * @param summary one line: how many sources are healthy, failing, blocked or stale
 * @param rows one row per source, in feeds.yml order
 */
public record SourcesPage(PageFrame frame, String summary, List<Row> rows) {
    /**
     * One source.
     *
     * @param id the source id, also the row's anchor
     * @param name its human name
     * @param url its address
     * @param type feed or html
     * @param health the health word, used as a CSS class: ok, new, failing, blocked, stale
     * @param healthLabel the health in the interface language
     * @param lastSuccess when it was last read, or a dash
     * @param errors failures in a row, with the HTTP status if any
     * @param lastError the last failure's reason, or empty
     * @param items items in the last payload, and the most ever
     * @param lastCrawl what the last crawl did with them, or empty
     * @param documents how many documents it has
     * @param quarantined payloads kept that could not be read, 0 when none
     * @param warnings warnings to show
     */
    public record Row(String id, String name, String url, String type, String health, String healthLabel,
            String lastSuccess, String errors, String lastError, String items, String lastCrawl, long documents,
            int quarantined, List<String> warnings) {}
}
