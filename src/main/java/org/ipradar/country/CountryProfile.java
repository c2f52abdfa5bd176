package org.ipradar.country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IP profile of one jurisdiction, as shipped or as an editor last saved it: each {@link Section} a list of
 * {@link Fact}s, in the order they are shown.
 *
 * @param code ISO 3166-1 alpha-2 code, or {@code EU}
 * @param nameZh the jurisdiction's name in Chinese
 * @param nameEn the jurisdiction's name in English
 * @param sections every section, in {@link Section} order, each a list of facts
 * @param version 1 for the shipped file, then one more for each saved edit
 * @param origin whether it is the shipped file or an editor's version
 * @param updated when the editor's version was saved; null for the shipped file
 * @param updatedBy who saved it; null for the shipped file
 * @param shippedChanged for an editor's version: the shipped file has changed since the version it was based on
 */
public record CountryProfile(String code, String nameZh, String nameEn, Map<Section, List<Fact>> sections,
        long version, Origin origin, Instant updated, String updatedBy, boolean shippedChanged) {
    /** Where the profile now shown comes from. */
    public enum Origin {
        /** The YAML file shipped with the program. */
        SHIPPED,
        /** An editor's version stored in the database, which wins over the shipped file. */
        EDITED
    }

    public CountryProfile {
        Map<Section, List<Fact>> copy = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<Fact> facts = sections == null ? null : sections.get(s);
            copy.put(s, facts == null ? List.of() : List.copyOf(facts));
        }
        sections = Collections.unmodifiableMap(copy);
    }

    /** The shipped profile with this content. */
    static CountryProfile shipped(String code, String nameZh, String nameEn, Map<Section, List<Fact>> sections) {
        return new CountryProfile(code, nameZh, nameEn, sections, 1, Origin.SHIPPED, null, null, false);
    }

    /** The jurisdiction's name in the reader's language. */
    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    /** The facts of one section. */
    public List<Fact> section(Section s) {
        return sections.get(s);
    }

    /** IP offices. */
    public List<Fact> offices() {
        return section(Section.OFFICES);
    }

    /** Main laws. */
    public List<Fact> laws() {
        return section(Section.LAWS);
    }

    /** Treaty memberships, one fact per {@link Treaty}. */
    public List<Fact> treaties() {
        return section(Section.TREATIES);
    }

    /** Filing rules. */
    public List<Fact> rules() {
        return section(Section.RULES);
    }

    /** Enforcement routes. */
    public List<Fact> enforcement() {
        return section(Section.ENFORCEMENT);
    }

    /** Typical timelines. */
    public List<Fact> timelines() {
        return section(Section.TIMELINES);
    }

    /** Pitfalls for exporters. */
    public List<Fact> pitfalls() {
        return section(Section.PITFALLS);
    }

    /** Every fact, section by section. */
    public List<Fact> facts() {
        List<Fact> all = new ArrayList<>();
        sections.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** The fact with this id, in any section. */
    public Optional<Fact> fact(String id) {
        return facts().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The section holding the fact with this id. */
    public Optional<Section> sectionOf(String id) {
        for (Map.Entry<Section, List<Fact>> e : sections.entrySet()) {
            if (e.getValue().stream().anyMatch(f -> f.id().equals(id))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The stated membership of a treaty; empty only if a profile lacks it (shipped and saved ones never do). */
    public Optional<Membership> membership(Treaty treaty) {
        return fact(treaty.wire()).map(Fact::membership);
    }

    /** How many facts are flagged for review. */
    public int flagged() {
        return (int) facts().stream().filter(Fact::review).count();
    }

    /** The oldest last-reviewed date of any fact: how stale the profile may be at worst. */
    public LocalDate oldestReview() {
        return facts().stream().map(Fact::lastReviewed).min(LocalDate::compareTo).orElse(null);
    }
}
