package org.ipradar.vocab;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of intellectual property a document is about, one spelling everywhere: API, index, pages and tags. */
public enum IpType {
    PATENT,
    DESIGN,
    TRADEMARK,
    COPYRIGHT,
    TRADE_SECRET,
    GEOGRAPHICAL_INDICATION,
    UNFAIR_COMPETITION,
    CUSTOMS;

    /** The wire name, as in {@code "trade_secret"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a wire name, or throws with the allowed values. */
    public static IpType parse(String value) {
        for (IpType t : values()) {
            if (t.wire().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("must be one of: " + allowed() + " (got \"" + value + "\")");
    }

    /** The allowed wire names, comma-separated. */
    public static String allowed() {
        return Arrays.stream(values()).map(IpType::wire).collect(Collectors.joining(", "));
    }
}
