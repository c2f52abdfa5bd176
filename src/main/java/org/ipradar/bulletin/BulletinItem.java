package org.ipradar.bulletin;

import java.time.Instant;
import java.util.List;

/**
 * One article of a bulletin: the document as it was when added (so a published bulletin does not change when its
 * sources do) and the summary the editor may rewrite.
 *
 * @param documentId the public document's id
 * @param title its title, plain text
 * @param url its original address, or null
 * @param source its source id
 * @param lang its language
 * @param kind its kind
 * @param countries its countries
 * @param ipTypes its IP types
 * @param published when it was published, or null
 * @param summary the summary, plain text
 */
public record BulletinItem(String documentId, String title, String url, String source, String lang, String kind,
        List<String> countries, List<String> ipTypes, Instant published, String summary) {
    public BulletinItem {
        countries = countries == null ? List.of() : List.copyOf(countries);
        ipTypes = ipTypes == null ? List.of() : List.copyOf(ipTypes);
    }

    /** A copy with another summary. */
    public BulletinItem withSummary(String newSummary) {
        return new BulletinItem(documentId, title, url, source, lang, kind, countries, ipTypes, published, newSummary);
    }
}
