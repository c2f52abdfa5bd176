package org.ipradar.bulletin;

import java.time.Instant;
import java.util.List;

/**
 * A quarterly bulletin and where it stands.
 *
 * @param id its number, 0 before it is stored
 * @param quarter the quarter it covers, as in {@code 2026Q3}
 * @param status {@code draft}, {@code published} or {@code withdrawn}
 * @param version starts at 1 and grows by one with every change: the optimistic lock
 * @param title plain-text title
 * @param intro the introduction, in Markdown
 * @param items the articles, in order
 * @param candidates how many documents were published in the quarter when it was proposed
 * @param createdBy who proposed it
 * @param created when
 * @param updatedBy who last changed it
 * @param updated when
 * @param published when it was last published, or null
 * @param publishedBy who published it, or null
 * @param withdrawn when it was last withdrawn, or null
 */
public record Bulletin(long id, String quarter, String status, long version, String title, String intro,
        List<BulletinItem> items, int candidates, String createdBy, Instant created, String updatedBy, Instant updated,
        Instant published, String publishedBy, Instant withdrawn) {
    /** The status of a bulletin being edited. */
    public static final String DRAFT = "draft";
    /** The status of a bulletin on the site, in the feed and downloadable by anyone. */
    public static final String PUBLISHED = "published";
    /** The status of a bulletin taken off the site; it may be edited and published again. */
    public static final String WITHDRAWN = "withdrawn";
    /** The fewest articles a bulletin may be published with. */
    public static final int MIN_ITEMS = 2;
    /** The series title on every bulletin. */
    public static final String SERIES = "海外知识产权信息季度简报";
    /** The series title in English. */
    public static final String SERIES_EN = "Overseas IP Quarterly Bulletin";
    /** Who publishes it. */
    public static final String PUBLISHER = "ipradar 海外知识产权风险预警知识库";

    public Bulletin {
        items = List.copyOf(items);
    }

    /** The quarter as a value. */
    public Quarter period() {
        return Quarter.parse(quarter);
    }

    /** Whether anyone may read it. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPublic() {
        return status.equals(PUBLISHED);
    }

    /** The id of the public document a published bulletin is searchable as. */
    public String documentId() {
        return "bulletin-" + id;
    }
}
