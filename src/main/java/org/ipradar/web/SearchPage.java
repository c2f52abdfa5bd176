package org.ipradar.web;

import java.util.List;

/**
 * The model of the search page, with every text and link worked out so the template only lays them out.
 *
 * @param frame the layout around it
 * @param heading 最新资讯 when there is no query, else the results heading
 * @param count the result count line
 * @param showing which hits this page shows, or null when there are none
 * @param hits this page of hits
 * @param facets the sidebar's filter groups, dimensions with no values left out
 * @param active the filters in effect, each with a link that removes it
 * @param clearUrl a link that removes every filter, or null when none is set
 * @param sorts the sort choices, or empty when there is no query to rank by
 * @param prevUrl the previous page, or null on the first
 * @param nextUrl the next page, or null on the last
 * @param expansions what the glossary added to the query, each as in {@code 越南 → Vietnam, Viet Nam}
 * @param feedUrl the Atom feed of this search
 */
public record SearchPage(
        PageFrame frame,
        String heading,
        String count,
        String showing,
        List<Hit> hits,
        List<Facet> facets,
        List<Link> active,
        String clearUrl,
        List<Link> sorts,
        String prevUrl,
        String nextUrl,
        List<String> expansions,
        String feedUrl) {

    /**
     * One hit as the list shows it.
     *
     * @param title the title as plain text
     * @param titleHtml HTML: the title escaped, with {@code <mark>} around the words that match the query; null to
     *     show {@code title} as text
     * @param url the original article if it is an http(s) address, else null
     * @param documentUrl the document's own page on this site
     * @param source the source's name
     * @param date the publication day in Asia/Shanghai, as yyyy-MM-dd, or null
     * @param lang the language's name
     * @param kind the kind's name
     * @param countries the country names, comma-separated
     * @param snippet HTML: escaped text with {@code <mark>} around matches
     * @param also the same story from other sources or addresses, each by its source's name, linked to its original
     *     article (or to its page here when it has no web address)
     */
    public record Hit(String title, String titleHtml, String url, String documentUrl, String source, String date, String lang,
            String kind, String countries, String snippet, List<Link> also) {}

    /**
     * One filter dimension with its values.
     *
     * @param title the dimension's name
     * @param values its values, each a link that adds or removes it
     */
    public record Facet(String title, List<Link> values) {}

    /**
     * A labelled link that may be the current choice.
     *
     * @param label the text
     * @param count how many hits it leads to, or -1 when not counted
     * @param url where it leads
     * @param active whether it is selected now
     */
    public record Link(String label, long count, String url, boolean active) {}
}
