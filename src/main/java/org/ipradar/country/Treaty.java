package org.ipradar.country;

import java.util.Locale;

/**
 * The four WIPO-administered filing treaties a profile states membership of. The id of a fact in the treaties section
 * is the treaty's wire name.
 */
public enum Treaty {
    /** The Paris Convention for the Protection of Industrial Property: priority rights (12 months, 6 for marks and designs). */
    PARIS("巴黎公约", "Paris Convention"),
    /** The Patent Cooperation Treaty: one international patent application. */
    PCT("专利合作条约（PCT）", "Patent Cooperation Treaty (PCT)"),
    /** The Madrid Protocol: international registration of marks. */
    MADRID("马德里议定书", "Madrid Protocol"),
    /** The Hague Agreement, Geneva Act of 1999: international registration of industrial designs. */
    HAGUE("海牙协定（1999年日内瓦文本）", "Hague Agreement (1999 Geneva Act)");

    private final String zh;
    private final String en;

    Treaty(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The wire name, as in {@code "madrid"}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The treaty's name in Chinese or English. */
    public String title(boolean english) {
        return english ? en : zh;
    }

    /** Reads a wire name, or throws naming the allowed ones. */
    public static Treaty parse(String value) {
        for (Treaty t : values()) {
            if (t.wire().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("must be one of: paris, pct, madrid, hague (got \"" + value + "\")");
    }
}
