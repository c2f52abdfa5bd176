package org.ipradar.vocab;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of a document, one spelling everywhere: API, index, pages and feeds.yml. */
public enum Kind {
    NEWS,
    CASE,
    LAW,
    GUIDE,
    BULLETIN;

    /** The wire name, as in {@code "news"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a wire name, or throws with the allowed values. */
    public static Kind parse(String value) {
        for (Kind k : values()) {
            if (k.wire().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("must be one of: " + allowed() + " (got \"" + value + "\")");
    }

    /** The allowed wire names, comma-separated. */
    public static String allowed() {
        return Arrays.stream(values()).map(Kind::wire).collect(Collectors.joining(", "));
    }
}
