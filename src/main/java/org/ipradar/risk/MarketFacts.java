package org.ipradar.risk;

import java.util.List;
import java.util.Objects;

/**
 * What a report says about one target market, taken from its country profile.
 *
 * @param code the country or region code
 * @param name its Chinese name (越南)
 * @param sections the profile's sections in order (知识产权机构, 主要法律, 国际条约, ...)
 */
public record MarketFacts(String code, String name, List<Section> sections) {
    /**
     * A section of a profile.
     *
     * @param title its heading
     * @param facts its facts
     */
    public record Section(String title, List<Fact> facts) {
        /** Copies the list. */
        public Section {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One fact with where it comes from.
     *
     * @param text the fact, in Chinese
     * @param source the source's name
     * @param url the source's address, or empty
     * @param lastReviewed when it was last checked ({@code 2026-10-01}), or empty
     * @param review whether it is flagged for review (not yet confirmed)
     */
    public record Fact(String text, String source, String url, String lastReviewed, boolean review) {
        /** Checks the fields. */
        public Fact {
            Objects.requireNonNull(text, "text");
            source = Objects.requireNonNullElse(source, "");
            url = Objects.requireNonNullElse(url, "");
            lastReviewed = Objects.requireNonNullElse(lastReviewed, "");
        }
    }

    /** Copies the list. */
    public MarketFacts {
        Objects.requireNonNull(code, "code");
        name = Objects.requireNonNullElse(name, code);
        sections = List.copyOf(sections);
    }
}
