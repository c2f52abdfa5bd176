package org.ipradar.risk;

import java.util.Objects;

/**
 * A document of the knowledge base a report cites.
 *
 * @param documentId its id in the store
 * @param title its title
 * @param url the original's address, or empty for the subcenter's own documents
 * @param source the source's name
 * @param date its publication date ({@code 2026-03-12}), or empty
 */
public record Citation(String documentId, String title, String url, String source, String date) {
    /** Checks the fields. */
    public Citation {
        Objects.requireNonNull(documentId, "documentId");
        title = Objects.requireNonNullElse(title, "");
        url = Objects.requireNonNullElse(url, "");
        source = Objects.requireNonNullElse(source, "");
        date = Objects.requireNonNullElse(date, "");
    }
}
