package org.ipradar.country;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ipradar.desk.Actor;
import org.ipradar.store.AuditEvent;
import org.ipradar.store.AuditStore;
import org.ipradar.store.Database;

/**
 * The country profiles: the shipped YAML files, overridden by editors' versions stored in SQLite. Reading needs no
 * account; saving needs the editor or admin role, says which version it edits (a stale save is refused), and writes
 * the new version and its audit entry in one transaction.
 *
 * <p>For reports: {@code profiles.get("VN").orElseThrow().treaties()} lists the treaty facts, each with its text in
 * both languages, its source, its last-reviewed date and its review flag; {@link CountryProfile#membership} answers
 * "is VN in the Madrid system" directly. A fact flagged for review should be shown with its flag, not silently.
 */
public final class CountryProfiles {
    /** The role names that may save. */
    private static final Set<String> WRITERS = Set.of("editor", "admin");
    // last-reviewed dates are calendar days where the subcenter works
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CountryStore store;
    private final AuditStore audit;
    private final Clock clock;

    /**
     * The profiles with editors' versions in this database, audited in its log, timed by the clock. Reads the shipped
     * files now (once per process), so a broken one stops the program at start, naming the file and the field.
     */
    public CountryProfiles(Database db, AuditStore audit, Clock clock) {
        ShippedProfiles.all();
        this.store = db == null ? null : new CountryStore(db);
        this.audit = audit;
        this.clock = clock;
    }

    /** The shipped profiles alone, read-only: for tools and tests that have no data directory. */
    public static CountryProfiles shippedOnly() {
        return new CountryProfiles(null, null, Clock.systemUTC());
    }

    /** The codes with a profile: the ten ASEAN members, then CN, US, EU, JP, KR, IN. */
    public static List<String> codes() {
        return ShippedProfiles.CODES;
    }

    /** Whether the text has the shape of a code: two ASCII letters, in either case. */
    public static boolean wellFormed(String code) {
        return code != null && code.matches("[A-Za-z]{2}");
    }

    /** The current profile of a jurisdiction (code in either case): an editor's version if any, else the shipped one. */
    public Optional<CountryProfile> get(String code) {
        if (!wellFormed(code)) {
            return Optional.empty();
        }
        String c = code.toUpperCase(Locale.ROOT);
        ShippedProfiles.Entry shipped = ShippedProfiles.all().get(c);
        if (shipped == null) {
            return Optional.empty();
        }
        if (store == null) {
            return Optional.of(shipped.profile());
        }
        return Optional.of(current(shipped, store.latest(c)));
    }

    /** Every current profile, in {@link #codes()} order. */
    public List<CountryProfile> list() {
        Map<String, CountryStore.Row> edited = store == null ? Map.of() : store.latestAll();
        List<CountryProfile> out = new ArrayList<>();
        for (ShippedProfiles.Entry e : ShippedProfiles.all().values()) {
            out.add(current(e, edited.get(e.profile().code())));
        }
        return List.copyOf(out);
    }

    /** The shipped profile, whatever editors saved since. */
    public static Optional<CountryProfile> shipped(String code) {
        return wellFormed(code) ? Optional.ofNullable(ShippedProfiles.all().get(code.toUpperCase(Locale.ROOT)))
                .map(ShippedProfiles.Entry::profile) : Optional.empty();
    }

    /** The versions of a profile, newest first, ending with the shipped one (version 1). */
    public List<ProfileVersion> history(String code) {
        CountryProfile p = require(code);
        List<ProfileVersion> out = new ArrayList<>();
        if (store != null) {
            for (CountryStore.Row r : store.history(p.code())) {
                out.add(new ProfileVersion(r.code(), r.version(), r.saved(), r.savedBy(), r.summary()));
            }
        }
        out.add(new ProfileVersion(p.code(), 1, null, null, "shipped"));
        return List.copyOf(out);
    }

    /**
     * Saves an editor's version of a whole profile over version {@code expectedVersion}.
     *
     * @param actor who saves; needs the editor or admin role
     * @param code the profile's code, in either case
     * @param expectedVersion the version the editor started from; another current version is a {@code stale} refusal
     * @param edited the new content: its names and sections (its version information is ignored)
     * @return the profile now current; the same as before, not a new version, when nothing changed
     */
    public CountryProfile save(Actor actor, String code, long expectedVersion, CountryProfile edited) {
        requireWriter(actor);
        CountryProfile current = require(code);
        Objects.requireNonNull(edited, "edited");
        ProfileCodec.Content content = new ProfileCodec.Content(edited.code(), edited.nameZh(), edited.nameEn(),
                edited.sections());
        ProfileRules.check(current.code(), content, today(), "sections.");
        return store(actor, current.code(), expectedVersion, content, "country_profile_saved");
    }

    /**
     * Saves one fact over version {@code expectedVersion}: replaces the fact with the same id where it is (or moves it
     * to {@code section} when given and different), or adds it at the end of {@code section}.
     *
     * @param actor who saves; needs the editor or admin role
     * @param code the profile's code, in either case
     * @param expectedVersion the version the editor started from
     * @param section where the fact goes; may be null for a fact that exists
     * @param fact the fact
     * @return the profile now current
     */
    public CountryProfile saveFact(Actor actor, String code, long expectedVersion, Section section, Fact fact) {
        requireWriter(actor);
        CountryProfile current = require(code);
        Objects.requireNonNull(fact, "fact");
        Optional<Section> where = fact.id() == null ? Optional.empty() : current.sectionOf(fact.id());
        if (where.isEmpty() && section == null) {
            throw CountryException.invalid("section_required", "section", "the " + current.code() + " profile has no"
                    + " fact \"" + fact.id() + "\"; to add it, say which section it goes in");
        }
        Section target = section != null ? section : where.get();
        Map<Section, List<Fact>> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<Fact> facts = new ArrayList<>(current.section(s));
            if (where.isPresent() && where.get() == s) {
                int i = indexOf(facts, fact.id());
                if (s == target) {
                    facts.set(i, fact);
                } else {
                    facts.remove(i);
                }
            }
            sections.put(s, facts);
        }
        if (where.isEmpty() || where.get() != target) {
            sections.get(target).add(fact);
        }
        ProfileRules.fact(fact, "fact", today());
        ProfileCodec.Content content = new ProfileCodec.Content(current.code(), current.nameZh(), current.nameEn(),
                sections);
        ProfileRules.check(current.code(), content, today(), "sections.");
        return store(actor, current.code(), expectedVersion, content, "country_fact_saved");
    }

    private static int indexOf(List<Fact> facts, String id) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private CountryProfile store(Actor actor, String code, long expectedVersion, ProfileCodec.Content content,
            String action) {
        ShippedProfiles.Entry shipped = ShippedProfiles.all().get(code);
        String body = ProfileCodec.writeContent(code, content.nameZh(), content.nameEn(), content.sections())
                .toString();
        return store.database().write(c -> {
            CountryStore.Row latest = store.latest(c, code);
            CountryProfile before = current(shipped, latest);
            if (before.version() != expectedVersion) {
                throw CountryException.stale(code, expectedVersion, before.version());
            }
            String summary = summary(before, content);
            if (summary.isEmpty()) {
                return before; // nothing changed: no new version, nothing to audit
            }
            long version = before.version() + 1;
            CountryStore.Row row = new CountryStore.Row(code, version, body, shipped.hash(), clock.instant(),
                    actor.name(), summary);
            store.insert(c, row);
            audit.record(c, new AuditEvent(actor.name(), action, "country_profile", code, code + " version "
                    + version + ": " + summary, "ok", actor.address()));
            return current(shipped, row);
        });
    }

    /** What changed between the current profile and new content, or empty when nothing did. */
    static String summary(CountryProfile before, ProfileCodec.Content after) {
        Map<String, Fact> old = new LinkedHashMap<>();
        Map<String, Section> oldSection = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            before.section(s).forEach(f -> {
                old.put(f.id(), f);
                oldSection.put(f.id(), s);
            });
        }
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        Map<String, Fact> now = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            for (Fact f : after.sections().getOrDefault(s, List.of())) {
                now.put(f.id(), f);
                Fact was = old.get(f.id());
                if (was == null) {
                    added.add(f.id());
                } else {
                    if (!was.equals(f)) {
                        changed.add(f.id());
                    }
                    if (oldSection.get(f.id()) != s) {
                        moved.add(f.id() + " to " + s.wire());
                    }
                }
            }
        }
        List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        List<String> parts = new ArrayList<>();
        if (!before.nameZh().equals(after.nameZh()) || !before.nameEn().equals(after.nameEn())) {
            parts.add("renamed");
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + String.join(", ", changed));
        }
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        if (!moved.isEmpty()) {
            parts.add("moved " + String.join(", ", moved));
        }
        if (parts.isEmpty() && !order(before.sections()).equals(order(after.sections()))) {
            parts.add("reordered facts");
        }
        return String.join("; ", parts);
    }

    private static List<String> order(Map<Section, List<Fact>> sections) {
        List<String> ids = new ArrayList<>();
        sections.values().forEach(l -> l.forEach(f -> ids.add(f.id())));
        return ids;
    }

    private static CountryProfile current(ShippedProfiles.Entry shipped, CountryStore.Row row) {
        if (row == null) {
            return shipped.profile();
        }
        ProfileCodec.Content c;
        try {
            c = ProfileCodec.readProfile(JSON.readTree(row.body()), ProfileCodec.Naming.JSON, Set.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored version " + row.version() + " of the " + row.code()
                    + " profile is not JSON: " + e.getOriginalMessage(), e);
        }
        return new CountryProfile(row.code(), c.nameZh(), c.nameEn(), c.sections(), row.version(),
                CountryProfile.Origin.EDITED, row.saved(), row.savedBy(), !row.shippedHash().equals(shipped.hash()));
    }

    private CountryProfile require(String code) {
        return get(code).orElseThrow(() -> wellFormed(code)
                ? CountryException.notFound("no country profile for \"" + code + "\"; profiles exist for: "
                        + String.join(", ", codes()))
                : CountryException.invalid("invalid_code", "code", "a country code is two letters such as VN or SG"
                        + " (got \"" + code + "\")"));
    }

    private void requireWriter(Actor actor) {
        if (store == null) {
            throw new IllegalStateException("these profiles are read-only: they were opened without a database");
        }
        if (actor == null || WRITERS.stream().noneMatch(actor::has)) {
            throw CountryException.forbidden("only editors and admins may change country profiles");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
