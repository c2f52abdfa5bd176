package org.ipradar.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipradar.vocab.Countries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped profile loads and holds what a profile must: all sixteen jurisdictions, every section, a source and a
 * review date on every fact, a note on every flag; plus treaty memberships we are certain of, checked one by one.
 */
class ShippedProfilesTest {
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    static Stream<String> codes() {
        return ShippedProfiles.CODES.stream();
    }

    static CountryProfile shipped(String code) {
        return CountryProfiles.shipped(code).orElseThrow();
    }

    @Test
    void theSixteenJurisdictionsAreTheAseanMembersThenCnUsEuJpKrIn() {
        List<String> expected = new ArrayList<>(Countries.ASEAN);
        expected.addAll(List.of("CN", "US", "EU", "JP", "KR", "IN"));
        assertEquals(expected, CountryProfiles.codes());
        assertEquals(16, ShippedProfiles.all().size());
        assertTrue(CountryProfiles.codes().stream().allMatch(Countries::isValid), CountryProfiles.codes().toString());
    }

    @Test
    void theResourceFolderHoldsExactlyOneFilePerJurisdiction() throws IOException, URISyntaxException {
        Path dir = Path.of(ShippedProfilesTest.class.getResource("/org/ipradar/country/SG.yml").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(new TreeSet<>(CountryProfiles.codes().stream().map(c -> c + ".yml").toList()),
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyShippedFileLoadsWithEverySectionAndEveryFactSourcedAndDated(String code) {
        CountryProfile p = shipped(code);
        assertEquals(code, p.code());
        assertEquals(1, p.version());
        assertEquals(CountryProfile.Origin.SHIPPED, p.origin());
        assertTrue(p.nameZh().codePoints().anyMatch(ShippedProfilesTest::isHan), p.nameZh());
        for (Section s : Section.values()) {
            assertTrue(!p.section(s).isEmpty(), code + " " + s.wire() + " is empty");
        }
        for (Fact f : p.facts()) {
            String what = code + "/" + f.id();
            assertTrue(ProfileRules.isWebAddress(f.source().url()), what + " source " + f.source().url());
            assertTrue(f.source().url().startsWith("https://") || f.source().url().startsWith("http://"), what);
            assertTrue(!f.source().name().isBlank(), what);
            assertTrue(f.lastReviewed() != null && !f.lastReviewed().isAfter(TODAY), what + " " + f.lastReviewed());
            assertTrue(f.zh().codePoints().anyMatch(ShippedProfilesTest::isHan), what + " zh has no Chinese");
            assertTrue(f.en().codePoints().noneMatch(ShippedProfilesTest::isHan), what + " en has Chinese: " + f.en());
            if (f.review()) {
                // the shipped files give every flag a note in both languages
                assertTrue(f.noteZh() != null && f.noteEn() != null, what + " is flagged without both notes");
            } else {
                assertEquals(null, f.noteZh(), what + " has a note but no flag");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyProfileAnswersTheQuestionsReportsAsk(String code) {
        CountryProfile p = shipped(code);
        List<String> rules = p.rules().stream().map(Fact::id).toList();
        assertTrue(rules.containsAll(List.of("trademark_priority", "patent_term", "utility_model")), code + rules);
        List<String> enforcement = p.enforcement().stream().map(Fact::id).toList();
        assertTrue(enforcement.containsAll(List.of("courts", "ip_office", "customs", "ecommerce")), code
                + enforcement);
        List<String> timelines = p.timelines().stream().map(Fact::id).toList();
        assertTrue(timelines.containsAll(List.of("trademark_registration", "trademark_opposition")), code
                + timelines);
        assertEquals(List.of("paris", "pct", "madrid", "hague"), p.treaties().stream().map(Fact::id).toList());
        assertTrue(p.offices().stream().anyMatch(f -> f.covers("trademark")), code + ": no office for trademarks");
    }

    @ParameterizedTest
    @MethodSource("codes")
    void aStatedNonMembershipIsFlaggedBecauseAccessionsHappen(String code) {
        if (code.equals("EU")) {
            return; // the EU as such cannot join Paris or the PCT; its member states are parties
        }
        for (Fact f : shipped(code).treaties()) {
            if (!f.membership().member()) {
                assertTrue(f.review(), code + "/" + f.id() + " says not a member without a review flag");
            }
        }
    }

    // Memberships checked against WIPO's contracting-party lists as known when the profiles were written.
    @ParameterizedTest(name = "{0} {1} member={2} since={3}")
    @CsvSource({
        "SG, PARIS, true, 1995", "SG, PCT, true, 1995", "SG, MADRID, true, 2000", "SG, HAGUE, true, 2005",
        "CN, PCT, true, 1994", "CN, MADRID, true, 1995", "CN, HAGUE, true, 2022",
        "US, PARIS, true, 1887", "US, MADRID, true, 2003", "US, HAGUE, true, 2015",
        "JP, MADRID, true, 2000", "JP, HAGUE, true, 2015", "KR, HAGUE, true, 2014", "KR, MADRID, true, 2003",
        "IN, MADRID, true, 2013", "IN, PCT, true, 1998", "IN, HAGUE, false, ",
        "EU, MADRID, true, 2004", "EU, HAGUE, true, 2008", "EU, PARIS, false, ", "EU, PCT, false, ",
        "VN, PCT, true, 1993", "VN, MADRID, true, 2006", "VN, HAGUE, true, 2019",
        "PH, MADRID, true, 2012", "PH, HAGUE, true, 2019", "TH, PCT, true, 2009", "TH, MADRID, true, 2017",
        "ID, MADRID, true, 2018", "MY, MADRID, true, 2019", "MY, PCT, true, 2006", "BN, MADRID, true, 2017",
        "KH, MADRID, true, 2015", "KH, PCT, true, 2016", "LA, MADRID, true, 2016",
        "MM, PCT, false, ", "MM, MADRID, false, "})
    void treatyMembershipsWeAreCertainOf(String code, Treaty treaty, boolean member, Integer since) {
        Membership m = shipped(code).membership(treaty).orElseThrow();
        assertEquals(new Membership(treaty, member, since), m);
    }

    @Test
    void utilityModelsExistWhereTheLawProvidesThem() {
        // a typed spot check through the text: the four without any utility model say so
        Map<String, String> none = Map.of("SG", "no utility model", "US", "no utility model", "IN",
                "no utility model", "BN", "no utility model");
        none.forEach((code, words) -> assertTrue(shipped(code).fact("utility_model").orElseThrow().en()
                .contains(words), code));
        assertTrue(shipped("TH").fact("utility_model").orElseThrow().en().contains("6 years from filing"));
        assertTrue(shipped("PH").fact("utility_model").orElseThrow().en().contains("7 years from the filing date"));
        assertTrue(shipped("CN").fact("utility_model").orElseThrow().zh().contains("10 年"));
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    // A small valid file to break one thing at a time.
    static final String VALID = """
            code: SG
            name: {zh: 新加坡, en: Singapore}
            defaults:
              last_reviewed: 2026-01-05
            offices:
              - {id: ipos, zh: 新加坡知识产权局, en: IPOS, ip_types: [trademark], source: {name: IPOS, url: "https://www.ipos.gov.sg"}}
            laws:
              - {id: all, zh: 法, en: Law, ip_types: [patent, trademark, design, copyright], source: {name: L, url: "https://example.org/l"}}
            treaties:
              - {id: paris, member: true, since: 1995, zh: 巴黎, en: Paris, source: {name: W, url: "https://www.wipo.int/"}}
              - {id: pct, member: true, zh: PCT成员, en: PCT, source: {name: W, url: "https://www.wipo.int/"}}
              - {id: madrid, member: true, zh: 马德里, en: Madrid, source: {name: W, url: "https://www.wipo.int/"}}
              - {id: hague, member: false, zh: 海牙, en: Hague, review: true, note_en: check, source: {name: W, url: "https://www.wipo.int/"}}
            rules:
              - {id: r, zh: 规则, en: Rule, last_reviewed: 2025-12-31, source: {name: R, url: "http://example.org/r"}}
            enforcement:
              - {id: e, zh: 维权, en: Route, source: {name: E, url: "https://example.org/e"}}
            timelines:
              - {id: t, zh: 时限, en: Time, source: {name: T, url: "https://example.org/t"}}
            pitfalls:
              - {id: p, zh: 风险, en: Pitfall, source: {name: P, url: "https://example.org/p"}}
            """;

    @Test
    void aSmallFileLoadsWithItsDefaultsAndOverrides() {
        CountryProfile p = ShippedProfiles.parse("SG", "SG.yml", VALID).profile();
        assertEquals(LocalDate.of(2026, 1, 5), p.fact("ipos").orElseThrow().lastReviewed());
        assertEquals(LocalDate.of(2025, 12, 31), p.fact("r").orElseThrow().lastReviewed());
        assertEquals(new Membership(Treaty.HAGUE, false, null), p.membership(Treaty.HAGUE).orElseThrow());
        assertEquals("check", p.fact("hague").orElseThrow().note(false), "the English note when there is no Chinese");
        assertEquals(1, p.flagged());
        assertEquals(LocalDate.of(2025, 12, 31), p.oldestReview());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key | 'en: Rule,' | 'en: Rule, colour: red,'"
                + " | SG.yml: \"rules[0].colour\" is not a field that can be set here; allowed: en, id,"
                + " ip_types, last_reviewed, member, note_en, note_zh, review, since, source, website, zh",
        "missing source address | 'url: \"https://example.org/e\"' | 'url: \"\"'"
                + " | SG.yml: enforcement[0] (e).source.url must be an http(s) address such as"
                + " https://www.wipo.int/... (got nothing)",
        "ftp source | 'http://example.org/r' | 'ftp://example.org/r'"
                + " | SG.yml: rules[0] (r).source.url must be an http(s) address such as"
                + " https://www.wipo.int/... (got \"ftp://example.org/r\")",
        "flag without a note | 'review: true, note_en: check,' | 'review: true,'"
                + " | SG.yml: treaties[3] (hague) is flagged for review; say what to check in noteZh or noteEn",
        "empty section | '  - {id: p, zh: 风险, en: Pitfall, source: {name: P, url: \"https://example.org/p\"}}' | '  []'"
                + " | SG.yml: pitfalls needs at least one fact",
        "a treaty left out | '  - {id: madrid, member: true, zh: 马德里, en: Madrid, source: {name: W, url: \"https://www.wipo.int/\"}}' | ''"
                + " | SG.yml: treaties must state every treaty; missing: [madrid]",
        "membership outside treaties | 'id: r, zh' | 'id: r, member: true, zh'"
                + " | SG.yml: rules[0] (r).member belongs to treaty facts, whose id names the treaty:"
                + " must be one of: paris, pct, madrid, hague (got \"r\")",
        "bad ip type | 'ip_types: [trademark]' | 'ip_types: [brand]'"
                + " | SG.yml: offices[0] (ipos).ipTypes must be one of: patent, design, trademark, copyright,"
                + " trade_secret, geographical_indication, unfair_competition, customs (got \"brand\")",
        "laws missing copyright | '[patent, trademark, design, copyright]' | '[patent, trademark, design]'"
                + " | SG.yml: laws must name the law for each of [patent, trademark, design, copyright] in some"
                + " fact's ipTypes; none covers copyright",
        "duplicate id | 'id: t,' | 'id: r,'"
                + " | SG.yml: timelines[0].id \"r\" is used by an earlier fact; ids must be unique in a profile",
        "bad date | 'last_reviewed: 2025-12-31' | 'last_reviewed: 2025-13-01'"
                + " | SG.yml: rules[0] (r).last_reviewed must be a date such as 2026-11-24 (got \"2025-13-01\")",
        "wrong code | 'code: SG' | 'code: MY'"
                + " | SG.yml: the profile says code MY but is saved as SG"})
    void aBrokenFileIsRefusedNamingTheFileAndTheField(String what, String from, String to, String message) {
        String yaml = VALID.replace(from, to);
        assertTrue(!yaml.equals(VALID), "the test case changes nothing: " + what);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ShippedProfiles.parse("SG", "SG.yml", yaml));
        assertEquals(message, e.getMessage());
    }
}
