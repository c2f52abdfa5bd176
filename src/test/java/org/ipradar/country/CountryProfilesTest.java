package org.ipradar.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipradar.Services;
import org.ipradar.desk.Actor;
import org.ipradar.store.AuditEntry;
import org.ipradar.store.AuditStore;
import org.ipradar.testing.MutableClock;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' versions over the shipped profiles: they win, they are audited, a stale save is refused. */
class CountryProfilesTest {
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final Actor LI = new Actor("li", Set.of("editor"), "10.0.0.7");
    static final Actor BOSS = new Actor("boss", Set.of("admin"), null);
    static final Actor WANG = new Actor("wang", Set.of("consultant"), null);

    @TempDir
    Path dir;

    Services services;
    CountryProfiles profiles;

    @BeforeEach
    void open() {
        services = Services.open(TestServices.settings(dir), List.of(), n -> {}, new MutableClock(NOW));
        profiles = services.countries();
    }

    @AfterEach
    void close() {
        services.close();
    }

    static Fact edited(Fact f, String en, boolean review) {
        return new Fact(f.id(), f.zh(), en, f.source(), LocalDate.of(2026, 12, 1), review,
                review ? f.noteZh() : null, review ? f.noteEn() : null, f.ipTypes(), f.website(), f.membership());
    }

    List<AuditEntry> audit() {
        return services.audit().list(new AuditStore.Query(null, null, 50, 0)).entries();
    }

    @Test
    void anEditorsFactWinsOverTheShippedOneAndIsAuditedWithItsSave() {
        Fact pct = profiles.get("SG").orElseThrow().fact("pct_national_phase").orElseThrow();
        assertTrue(pct.review());
        CountryProfile saved = profiles.saveFact(LI, "sg", 1, null,
                edited(pct, "Checked: 30 months from the priority date.", false));

        assertEquals(2, saved.version());
        CountryProfile now = profiles.get("SG").orElseThrow();
        assertEquals(saved, now);
        assertEquals(CountryProfile.Origin.EDITED, now.origin());
        assertEquals("li", now.updatedBy());
        assertEquals(NOW, now.updated());
        assertEquals(false, now.shippedChanged());
        Fact f = now.fact("pct_national_phase").orElseThrow();
        assertEquals("Checked: 30 months from the priority date.", f.en());
        assertEquals(false, f.review());
        assertEquals(LocalDate.of(2026, 12, 1), f.lastReviewed());
        assertEquals(Section.RULES, now.sectionOf("pct_national_phase").orElseThrow(), "stays where it was");
        assertEquals(CountryProfiles.shipped("SG").orElseThrow().flagged() - 1, now.flagged());
        // the shipped file itself is untouched, and other profiles are still the shipped ones
        assertEquals(pct, CountryProfiles.shipped("SG").orElseThrow().fact("pct_national_phase").orElseThrow());
        assertEquals(CountryProfile.Origin.SHIPPED, profiles.get("VN").orElseThrow().origin());
        assertEquals(List.of(2L, 1L, 1L), profiles.list().stream().filter(p -> Set.of("SG", "VN", "TH")
                .contains(p.code())).map(CountryProfile::version).toList(), "TH, SG, VN in list order");

        AuditEntry e = audit().get(0);
        assertEquals(List.of("li", "country_fact_saved", "country_profile", "SG",
                        "SG version 2: changed pct_national_phase", "ok", "10.0.0.7"),
                List.of(e.actor(), e.action(), e.objectType(), e.objectId(), e.summary(), e.result(), e.address()));
        assertEquals(List.of(new ProfileVersion("SG", 2, NOW, "li", "changed pct_national_phase"),
                new ProfileVersion("SG", 1, null, null, "shipped")), profiles.history("SG"));
    }

    @Test
    void aSaveOverAnOldVersionIsRefusedAndWritesNothing() {
        Fact pct = profiles.get("SG").orElseThrow().fact("pct").orElseThrow();
        profiles.saveFact(LI, "SG", 1, null, edited(pct, "First edit.", false));
        CountryException e = assertThrows(CountryException.class,
                () -> profiles.saveFact(BOSS, "SG", 1, null, edited(pct, "Second edit from version 1.", false)));
        assertEquals(CountryException.Reason.STALE, e.reason());
        assertEquals("stale", e.code());
        assertEquals(2L, e.currentVersion());
        assertEquals("the SG profile was changed by someone else since you opened it (you edited version 1, it is"
                + " now at version 2); reload it and apply your changes again", e.getMessage());
        assertEquals("First edit.", profiles.get("SG").orElseThrow().fact("pct").orElseThrow().en());
        assertEquals(1, audit().size());
        // an admin saving over the current version is fine
        assertEquals(3, profiles.saveFact(BOSS, "SG", 2, null, edited(pct, "Admin edit.", false)).version());
    }

    @Test
    void onlyEditorsAndAdminsSave() {
        Fact pct = profiles.get("SG").orElseThrow().fact("pct").orElseThrow();
        CountryException e = assertThrows(CountryException.class,
                () -> profiles.saveFact(WANG, "SG", 1, null, edited(pct, "x", false)));
        assertEquals(CountryException.Reason.FORBIDDEN, e.reason());
        assertEquals(CountryException.Reason.FORBIDDEN, assertThrows(CountryException.class,
                () -> profiles.saveFact(null, "SG", 1, null, edited(pct, "x", false))).reason());
        assertEquals(1, profiles.get("SG").orElseThrow().version());
        assertEquals(List.of(), audit());
    }

    @Test
    void aWholeProfileSaveAddsRemovesAndMovesFactsAndSaysSoInTheLog() {
        CountryProfile p = profiles.get("TH").orElseThrow();
        Map<Section, List<Fact>> sections = new EnumMap<>(p.sections());
        List<Fact> pitfalls = new ArrayList<>(p.pitfalls());
        pitfalls.removeIf(f -> f.id().equals("criminal_risk"));
        pitfalls.add(new Fact("halal", "清真认证标志须经授权使用。", "Halal marks need authorisation.",
                new Citation("DIP Thailand", "https://www.ipthailand.go.th"), LocalDate.of(2026, 11, 30), false,
                null, null, List.of("trademark"), null, null));
        sections.put(Section.PITFALLS, pitfalls);
        List<Fact> rules = new ArrayList<>(p.rules());
        Fact design = rules.remove(3);
        assertEquals("design_term", design.id());
        sections.put(Section.RULES, rules);
        List<Fact> laws = new ArrayList<>(p.laws());
        laws.add(design);
        sections.put(Section.LAWS, laws);
        CountryProfile edit = new CountryProfile("TH", "泰王国", p.nameEn(), sections, 0, null, null, null, false);

        CountryProfile saved = profiles.save(LI, "TH", 1, edit);

        assertEquals(2, saved.version());
        assertEquals("泰王国", profiles.get("th").orElseThrow().nameZh());
        assertEquals("TH version 2: renamed; added halal; removed criminal_risk; moved design_term to laws",
                audit().get(0).summary());
        assertEquals("country_profile_saved", audit().get(0).action());
        assertEquals(Section.LAWS, saved.sectionOf("design_term").orElseThrow());
    }

    @Test
    void savingTheSameContentMakesNoVersion() {
        CountryProfile p = profiles.get("VN").orElseThrow();
        CountryProfile same = profiles.save(LI, "VN", 1, p);
        assertEquals(1, same.version());
        assertEquals(CountryProfile.Origin.SHIPPED, same.origin());
        assertEquals(List.of(), audit());
    }

    @Test
    void aNewFactNeedsItsSectionAndIsAddedAtTheEnd() {
        Fact f = new Fact("fair_tips", "展会提示。", "Trade fair tips.", new Citation("IPOS", "https://www.ipos.gov.sg"),
                LocalDate.of(2026, 11, 30), false, null, null, List.of(), null, null);
        CountryException e = assertThrows(CountryException.class, () -> profiles.saveFact(LI, "SG", 1, null, f));
        assertEquals("section_required", e.code());
        assertEquals("the SG profile has no fact \"fair_tips\"; to add it, say which section it goes in",
                e.getMessage());
        CountryProfile saved = profiles.saveFact(LI, "SG", 1, Section.PITFALLS, f);
        assertEquals(f, saved.pitfalls().get(saved.pitfalls().size() - 1));
    }

    @Test
    void badEditsAreRefusedNamingTheField() {
        Fact pct = profiles.get("SG").orElseThrow().fact("pct").orElseThrow();
        Fact noUrl = new Fact("pct", pct.zh(), pct.en(), new Citation("WIPO", "javascript:alert(1)"),
                pct.lastReviewed(), false, null, null, List.of(), null, pct.membership());
        CountryException e = assertThrows(CountryException.class, () -> profiles.saveFact(LI, "SG", 1, null, noUrl));
        assertEquals(List.of("invalid_profile", "fact.source.url", "fact (pct).source.url must be an http(s) address"
                + " such as https://www.wipo.int/... (got \"javascript:alert(1)\")"),
                List.of(e.code(), e.field(), e.getMessage()));

        Fact future = new Fact("pct", pct.zh(), pct.en(), pct.source(), LocalDate.of(2026, 12, 2), false, null,
                null, List.of(), null, pct.membership());
        e = assertThrows(CountryException.class, () -> profiles.saveFact(LI, "SG", 1, null, future));
        assertEquals("fact (pct).lastReviewed 2026-12-02 is in the future (today is 2026-12-01)", e.getMessage());

        Fact noMembership = new Fact("pct", pct.zh(), pct.en(), pct.source(), pct.lastReviewed(), false, null, null,
                List.of(), null, null);
        e = assertThrows(CountryException.class, () -> profiles.saveFact(LI, "SG", 1, null, noMembership));
        assertEquals("sections.treaties[1].member", e.field());

        assertEquals(CountryException.Reason.NOT_FOUND, assertThrows(CountryException.class,
                () -> profiles.saveFact(LI, "FR", 1, null, pct)).reason());
        assertEquals("invalid_code", assertThrows(CountryException.class,
                () -> profiles.saveFact(LI, "S1", 1, null, pct)).code());
        assertEquals(1, profiles.get("SG").orElseThrow().version(), "nothing was saved");
    }

    @Test
    void theProfileSaysWhenTheShippedFileChangedSinceTheEdit() {
        Fact pct = profiles.get("SG").orElseThrow().fact("pct").orElseThrow();
        profiles.saveFact(LI, "SG", 1, null, edited(pct, "Edited.", false));
        assertEquals(false, profiles.get("SG").orElseThrow().shippedChanged());
        // as if the edit had been made over an older shipped file
        services.database().write(c -> c.createStatement().executeUpdate(
                "UPDATE country_profile_versions SET shipped_hash = 'older' WHERE code = 'SG'"));
        CountryProfile p = profiles.get("SG").orElseThrow();
        assertEquals(true, p.shippedChanged());
        assertEquals("Edited.", p.fact("pct").orElseThrow().en(), "the edit still wins");
    }

    @Test
    void unknownAndMalformedCodesHaveNoProfile() {
        assertEquals(false, profiles.get("FR").isPresent());
        assertEquals(false, profiles.get("S").isPresent());
        assertEquals(false, profiles.get(null).isPresent());
        assertEquals(false, profiles.get("SGP").isPresent());
        assertEquals("SG", profiles.get("sg").orElseThrow().code());
    }

    @Test
    void theShippedProfilesAloneAreReadOnly() {
        CountryProfiles shipped = CountryProfiles.shippedOnly();
        assertEquals(16, shipped.list().size());
        CountryProfile sg = shipped.get("SG").orElseThrow();
        assertEquals(true, sg.membership(Treaty.MADRID).orElseThrow().member());
        assertThrows(IllegalStateException.class, () -> shipped.saveFact(LI, "SG", 1, null,
                edited(sg.fact("pct").orElseThrow(), "x", false)));
    }
}
