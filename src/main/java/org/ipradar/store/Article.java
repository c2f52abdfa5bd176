package org.ipradar.store;

import java.time.Instant;
import java.util.List;

/**
 * A document of the knowledge base as the store keeps it: the canonical record that the index is derived from.
 *
 * @param id stable id derived from the canonical URL, or from the source and guid when there is no link
 * @param url the canonical link, or null
 * @param guid the feed's own id for the item, or null
 * @param title plain-text title
 * @param text plain article text, paragraphs separated by blank lines
 * @param source the source id
 * @param lang ISO 639-1 language code
 * @param kind wire name of the kind (news, case, law, guide)
 * @param countries country and region codes
 * @param ipTypes wire names of the IP types it concerns
 * @param industries wire names of the industries it concerns
 * @param cluster id of the earliest document of its near-duplicate cluster (its own id when it has none)
 * @param published when it was published, in UTC, or null when unknown
 * @param fetched when it was fetched, in UTC
 * @param contentHash hash of what makes it change: title, text, link, date
 * @param rawHash hash of the payload it was read from, under raw/
 * @param seq the store's change number: every insert and update takes the next one
 */
public record Article(
        String id,
        String url,
        String guid,
        String title,
        String text,
        String source,
        String lang,
        String kind,
        List<String> countries,
        List<String> ipTypes,
        List<String> industries,
        String cluster,
        Instant published,
        Instant fetched,
        String contentHash,
        String rawHash,
        long seq) {

    public Article {
        countries = countries == null ? List.of() : List.copyOf(countries);
        ipTypes = ipTypes == null ? List.of() : List.copyOf(ipTypes);
        industries = industries == null ? List.of() : List.copyOf(industries);
        cluster = cluster == null ? id : cluster;
    }

    /** A document without IP types, industries or cluster. */
    public Article(String id, String url, String guid, String title, String text, String source, String lang,
            String kind, List<String> countries, Instant published, Instant fetched, String contentHash,
            String rawHash, long seq) {
        this(id, url, guid, title, text, source, lang, kind, countries, List.of(), List.of(), null, published,
                fetched, contentHash, rawHash, seq);
    }

    /** A copy with the change number the store assigned. */
    public Article withSeq(long newSeq) {
        return new Article(id, url, guid, title, text, source, lang, kind, countries, ipTypes, industries, cluster,
                published, fetched, contentHash, rawHash, newSeq);
    }

    /** A copy with the given tags. */
    public Article withTags(List<String> newCountries, List<String> newIpTypes, List<String> newIndustries,
            String newKind) {
        return new Article(id, url, guid, title, text, source, lang, newKind, newCountries, newIpTypes,
                newIndustries, cluster, published, fetched, contentHash, rawHash, seq);
    }

    /** A copy in the given near-duplicate cluster. */
    public Article withCluster(String newCluster) {
        return new Article(id, url, guid, title, text, source, lang, kind, countries, ipTypes, industries,
                newCluster, published, fetched, contentHash, rawHash, seq);
    }
}
