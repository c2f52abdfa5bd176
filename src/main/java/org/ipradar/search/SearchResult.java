package org.ipradar.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total and the facet counts of everything that matched.
 *
 * @param query the query as given
 * @param total how many documents matched, counting each near-duplicate cluster once
 * @param offset hits skipped
 * @param limit hits asked for
 * @param hits this page
 * @param facets per dimension, value to count, largest first
 * @param expansions the terms found in the query (in the glossary, then in the dictionary) and what the search added
 *     for each, in query order
 */
public record SearchResult(
        String query, long total, int offset, int limit, List<Hit> hits, Map<String, Map<String, Integer>> facets,
        List<Expansion> expansions) {

    public SearchResult {
        hits = List.copyOf(hits);
        expansions = List.copyOf(expansions);
    }

    /** A result that used no glossary expansion. */
    public SearchResult(String query, long total, int offset, int limit, List<Hit> hits,
            Map<String, Map<String, Integer>> facets) {
        this(query, total, offset, limit, hits, facets, List.of());
    }

    /**
     * A term found in the query, searched also in its translations and synonyms (at a lower weight).
     *
     * @param matched the words as typed, e.g. {@code 越南}
     * @param translations what was added in the other language, e.g. {@code Vietnam, Viet Nam}
     * @param variants synonyms added in the same language, e.g. {@code 东南亚国家联盟} for {@code 东盟}
     * @param origin where the translations come from: {@value #GLOSSARY} (the IP glossary) or {@value #DICTIONARY}
     *     (the general dictionary, for words the glossary lacks, weighted lower)
     */
    public record Expansion(String matched, List<String> translations, List<String> variants, String origin) {
        /** The origin of an expansion through the IP glossary. */
        public static final String GLOSSARY = "glossary";
        /** The origin of an expansion through the general dictionary. */
        public static final String DICTIONARY = "dictionary";

        public Expansion {
            translations = List.copyOf(translations);
            variants = List.copyOf(variants);
        }

        /** An expansion through the IP glossary. */
        public Expansion(String matched, List<String> translations, List<String> variants) {
            this(matched, translations, variants, GLOSSARY);
        }

        /**
         * What the expansion added, as in {@code 越南 → Vietnam, Viet Nam}; a dictionary's ends in {@code (CEDICT)},
         * as in {@code 钻石 → diamond (CEDICT)}.
         */
        public String describe() {
            return matched + " → " + String.join(", ", translations.isEmpty() ? variants : translations)
                    + (DICTIONARY.equals(origin) ? " (CEDICT)" : "");
        }
    }

    /**
     * One matching document as a hit: what a result list shows, with a highlighted title and snippet.
     *
     * @param id the document id
     * @param title the title as plain text
     * @param highlightedTitle HTML: the title escaped, with {@code <mark>} around the words that match the query
     * @param url the original article
     * @param source its source id
     * @param lang its language
     * @param kind its kind
     * @param countries its countries
     * @param ipTypes its IP types
     * @param industries its industries
     * @param published when it was published, or null
     * @param snippet HTML: an escaped passage of the text with {@code <mark>} around matches
     * @param cluster its near-duplicate cluster
     * @param alsoReportedBy the other members of the cluster
     */
    public record Hit(
            String id,
            String title,
            String highlightedTitle,
            String url,
            String source,
            String lang,
            String kind,
            List<String> countries,
            List<String> ipTypes,
            List<String> industries,
            Instant published,
            String snippet,
            String cluster,
            List<Also> alsoReportedBy) {}

    /**
     * Another member of a hit's near-duplicate cluster: the same story from another source or address.
     *
     * @param id its document id
     * @param source its source id
     * @param url its link, or null
     * @param title its title
     */
    public record Also(String id, String source, String url, String title) {}
}
