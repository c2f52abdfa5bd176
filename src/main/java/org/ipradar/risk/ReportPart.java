package org.ipradar.risk;

import java.util.List;
import java.util.Objects;

/**
 * One of the four parts of a risk-warning report, in Markdown the consultant edits.
 *
 * @param key {@code profile}, {@code environment}, {@code diagnosis} or {@code countermeasures}
 * @param title the part's heading, such as 一、企业基本情况
 * @param text the part's text, Markdown (headings from {@code ###}, lists, links, emphasis)
 * @param citations the knowledge-base documents it cites
 */
public record ReportPart(String key, String title, String text, List<Citation> citations) {
    /** The parts' keys, in report order. */
    public static final List<String> KEYS = List.of("profile", "environment", "diagnosis", "countermeasures");

    /** Checks the fields. */
    public ReportPart {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("a report part's key must be one of " + KEYS + " (got \"" + key + "\")");
        }
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
        citations = List.copyOf(citations);
    }
}
