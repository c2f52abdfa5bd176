package org.ipradar.risk;

import java.util.Locale;

/** How much a patent threatens a product, as a consultant reads a risk-patent list. */
public enum RiskLevel {
    /** Likely to read on the product in a target market. */
    HIGH("高"),
    /** Touches some features or sits near the product. */
    MEDIUM("中"),
    /** Related art, worth knowing. */
    LOW("低");

    private final String zh;

    RiskLevel(String zh) {
        this.zh = zh;
    }

    /** The API spelling: {@code high}, {@code medium}, {@code low}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese label a consultant's spreadsheet shows: 高, 中, 低. */
    public String zh() {
        return zh;
    }

    /** The level for an API spelling, or throws naming the bad value. */
    public static RiskLevel parse(String code) {
        for (RiskLevel l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("risk must be one of high, medium, low (got \"" + code + "\")");
    }
}
