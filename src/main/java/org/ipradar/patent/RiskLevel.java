package org.ipradar.patent;

import java.util.Locale;

/** How much a patent threatens a product, as {@link RiskMatcher} rates it; the row says which rule set it. */
public enum RiskLevel {
    /** An independent claim reads on most of the product's features and the right can be asserted now. */
    HIGH,
    /** About half the features, or most of them but only a pending application. */
    MEDIUM,
    /** Anything else that matched the text, and every expired or lapsed right shown. */
    LOW;

    /** The API and export spelling: {@code high}, {@code medium}, {@code low}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
