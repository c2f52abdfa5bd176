package org.ipradar.extract;

import java.time.Instant;
import java.util.List;

/**
 * What was extracted from an article page.
 *
 * @param title the headline, without the site's name; empty when the page has none
 * @param text the main text as plain text, paragraphs separated by a blank line; empty when none was found
 * @param published the publication date, or null when the page gives none that could be read
 * @param lang the page's declared language tag ({@code <html lang>} or a language meta), or null
 * @param warnings what went wrong on the way, such as a per-source selector that no longer matches; the extractor
 *     fell back to its general method for that part
 */
public record ExtractedArticle(String title, String text, Instant published, String lang, List<String> warnings) {
    /** Copies the warnings so that the record stays immutable. */
    public ExtractedArticle {
        warnings = List.copyOf(warnings);
    }
}
