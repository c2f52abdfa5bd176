package org.ipradar.extract;

/**
 * Per-source CSS selectors for the parts of an article page; each may be null, and a null part is found by the
 * general extractor.
 *
 * @param title selects the headline element
 * @param body selects the element(s) holding the main text, joined in page order
 * @param date selects the element holding the publication date (its {@code datetime} or {@code content} attribute,
 *     else its text)
 */
public record ArticleSelectors(String title, String body, String date) {
    /** No selectors: everything is found by the general extractor. */
    public static final ArticleSelectors NONE = new ArticleSelectors(null, null, null);

    /** Whether no part has a selector. */
    public boolean isEmpty() {
        return blank(title) && blank(body) && blank(date);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
