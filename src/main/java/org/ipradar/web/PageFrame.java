package org.ipradar.web;

import io.javalin.http.Context;

/**
 * What every page's layout shows around its content: the title, the search box, the language switch, and who is
 * signed in.
 *
 * @param labels the interface text
 * @param title the document title
 * @param query the text to show in the search box, or blank
 * @param switchUrl this page in the other interface language
 * @param viewer who is looking, for the header's account area; null shows no account area
 */
public record PageFrame(Labels labels, String title, String query, String switchUrl, Viewer viewer) {
    /** A frame without the account area; pages that know the request use {@link #of} instead. */
    public PageFrame(Labels labels, String title, String query, String switchUrl) {
        this(labels, title, query, switchUrl, null);
    }

    /** A frame for this request, showing who is signed in (or a sign-in link) in the header. */
    public static PageFrame of(Context ctx, Labels labels, String title, String query, String switchUrl) {
        return new PageFrame(labels, title, query, switchUrl, Guard.viewer(ctx, labels));
    }

    /** The home page in the current interface language. */
    public String homeUrl() {
        return labels.english() ? "/?ui=en" : "/";
    }
}
