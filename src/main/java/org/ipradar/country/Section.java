package org.ipradar.country;

import java.util.Locale;

/** The parts of a profile, in the order pages and reports show them. */
public enum Section {
    /** IP offices: names in Chinese and English, websites, what each registers. */
    OFFICES,
    /** Main laws for patents, trademarks, designs and copyright, with their latest major amendments. */
    LAWS,
    /** Memberships of the Paris Convention, the PCT, the Madrid Protocol and the Hague Agreement (1999 Act). */
    TREATIES,
    /** Filing rules: first to file or first to use, patent and utility-model terms, use and agent requirements. */
    RULES,
    /** Enforcement routes: courts, IP office actions, customs recordation, e-commerce platform takedowns. */
    ENFORCEMENT,
    /** Typical timelines: trademark registration, patent grant, opposition periods. */
    TIMELINES,
    /** Pitfalls for Chinese exporters. */
    PITFALLS;

    /** The wire name, as in {@code "treaties"}: the YAML key, the JSON key and the page anchor. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a wire name, or throws naming the allowed ones. */
    public static Section parse(String value) {
        for (Section s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("must be one of: offices, laws, treaties, rules, enforcement, timelines,"
                + " pitfalls (got \"" + value + "\")");
    }
}
