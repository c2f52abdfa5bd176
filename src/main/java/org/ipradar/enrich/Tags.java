package org.ipradar.enrich;

import java.util.List;

/**
 * What the tagger says about one document, in wire names, each list sorted.
 *
 * @param countries ISO 3166-1 alpha-2 codes, plus {@code EU}
 * @param ipTypes IP types, as in {@code trademark}, {@code unfair_competition}
 * @param industries industries, as in {@code electronics}; empty when the text does not tell
 * @param kind {@code news}, {@code case}, {@code law} or {@code guide} (or the source's default kind)
 */
public record Tags(List<String> countries, List<String> ipTypes, List<String> industries, String kind) {
    /** Copies the lists. */
    public Tags {
        countries = List.copyOf(countries);
        ipTypes = List.copyOf(ipTypes);
        industries = List.copyOf(industries);
    }
}
