package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipradar.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskMatcherTest {
    @TempDir
    Path dir;

    private Database db;
    private Patents patents;

    @BeforeEach
    void load() {
        db = Database.open(dir);
        patents = Patents.open(db, dir, n -> {});
        patents.importer().apply(new PatentBatch(SeparatorPatents.all(), List.of()), PatentImporter.Progress.none());
    }

    @AfterEach
    void close() throws IOException {
        patents.close();
        db.close();
    }

    private RiskMatcher.RiskResult match(RiskQuery.Builder q) {
        return patents.matcher().match(q.build());
    }

    private static List<String> ids(RiskMatcher.RiskResult r) {
        return r.rows().stream().map(RiskMatch::id).toList();
    }

    private static Map<String, RiskMatch> byId(RiskMatcher.RiskResult r) {
        return r.rows().stream().collect(Collectors.toMap(RiskMatch::id, Function.identity()));
    }

    @Test
    void ranksClaimsFirstAndLeavesOutExpiredOwnAndOtherMarkets() {
        RiskMatcher.RiskResult r = match(SeparatorPatents.query());
        assertEquals(List.of("EP3000003A1", "US9000001B2", "VN10023456B", "US9200008B2", "WO2020000014A1",
                "US9200007B2", "US9300019B2", "US9300009B2", "USD800006S", "US9400016B2"), ids(r));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), r.rows().stream().map(RiskMatch::rank).toList());
        assertEquals(List.of("EP3100011A1", "US20150100012A1", "US9100009B2"), r.excluded(),
                "the own patent, its family-id member and its application publication");
        assertEquals(10, r.candidates());
        assertTrue(r.rows().stream().noneMatch(RiskMatch::expired));
    }

    @Test
    void eachRowIsRatedByTheRuleItStates() {
        Map<String, RiskMatch> rows = byId(match(SeparatorPatents.query()));
        assertEquals(RiskLevel.HIGH, rows.get("US9000001B2").risk());
        assertEquals("high: independent claim 1 matches 4 of 5 features and the patent is in force in US",
                rows.get("US9000001B2").riskRule());
        assertEquals(RiskLevel.MEDIUM, rows.get("EP3000003A1").risk());
        assertEquals("medium: independent claim 1 matches 4 of 5 features, but the application is pending in EP"
                + " (its claims may change before grant)", rows.get("EP3000003A1").riskRule());
        assertEquals(RiskLevel.MEDIUM, rows.get("VN10023456B").risk());
        assertEquals("medium: independent claim 1 matches 3 of 5 features", rows.get("VN10023456B").riskRule());
        assertEquals("low: independent claim 1 matches 1 of 5 features", rows.get("WO2020000014A1").riskRule());
        assertEquals("low: independent claim 1 matches 0 of 5 features", rows.get("USD800006S").riskRule());
        for (String low : List.of("US9200008B2", "WO2020000014A1", "US9200007B2", "US9300019B2", "US9300009B2",
                "USD800006S", "US9400016B2")) {
            assertEquals(RiskLevel.LOW, rows.get(low).risk(), low);
        }
    }

    @Test
    void rowShowsTheMatchedClaimHighlightedAndWhichFeaturesTouchWhichClaims() {
        RiskMatch row = byId(match(SeparatorPatents.query())).get("US9000001B2");
        assertEquals(1, row.matchedClaim().number());
        assertTrue(row.matchedClaim().independent());
        assertEquals(SeparatorPatents.CLAIM_1, row.matchedClaim().text());
        assertEquals("A <mark>battery separator</mark> comprising a <mark>porous polyethylene film</mark> and a"
                + " <mark>ceramic coating</mark> on one side of the <mark>film</mark>, the <mark>ceramic coating</mark>"
                + " comprising <mark>alumina particles</mark> and a <mark>polyvinylidene fluoride binder</mark>,"
                + " wherein the <mark>separator</mark> has a <mark>heat shrinkage</mark> of less than <mark>5</mark>%"
                + " at <mark>150</mark> °<mark>C</mark>.", row.matchedClaim().highlighted());
        assertEquals(List.of(
                new FeatureHit("porous polyethylene film", List.of(1)),
                new FeatureHit("ceramic coating of alumina particles", List.of(1)),
                new FeatureHit("polyvinylidene fluoride binder", List.of(1)),
                new FeatureHit("heat shrinkage below 5% at 150 °C", List.of(1)),
                new FeatureHit("coating thickness of 2 to 4 micrometres", List.of(2))), row.featuresTouched());
        assertEquals("Independent claim 1 shares 71% of its words with the product and touches features 1, 2, 3 and"
                + " 4 of 5. Class H01M 50/449 agrees with the product's H01M 50/449 exactly. The patent is in force"
                + " in US; expiry 2034-03-03 (estimated: 20 years from filing (2014-03-03); 35 U.S.C. 154(a)(2);"
                + " term adjustment not included).", row.reason());
        assertEquals(List.of("Polar Film Corp."), row.assignees());
        assertEquals("in_force", row.status());
        assertEquals(LocalDate.of(2034, 3, 3), row.expiry());
        assertTrue(row.expiryEstimated());
    }

    @Test
    void competitorAndClassBoostsReorderTwinsThatOtherwiseTie() {
        List<String> boosted = ids(match(SeparatorPatents.query()));
        assertTrue(boosted.indexOf("US9200008B2") < boosted.indexOf("US9200007B2"), "competitor first: " + boosted);
        assertTrue(boosted.indexOf("US9300019B2") < boosted.indexOf("US9300009B2"), "class match first: " + boosted);
        Map<String, RiskMatch> rows = byId(match(SeparatorPatents.query()));
        assertTrue(rows.get("US9200008B2").competitor());
        assertFalse(rows.get("US9200007B2").competitor());
        assertEquals(1.25, rows.get("US9200008B2").score() / rows.get("US9200007B2").score(), 1e-9);
        assertEquals(1.30, rows.get("US9300019B2").score() / rows.get("US9300009B2").score(), 1e-9);

        List<String> plain = ids(match(SeparatorPatents.query().competitors(List.of()).classes(List.of())));
        assertTrue(plain.indexOf("US9200007B2") < plain.indexOf("US9200008B2"), "a tie goes by id: " + plain);
        assertTrue(plain.indexOf("US9300009B2") < plain.indexOf("US9300019B2"), "a tie goes by id: " + plain);
    }

    @Test
    void expiredRightsAreShownMarkedAndLowWhenAskedFor() {
        RiskMatcher.RiskResult r = match(SeparatorPatents.query().includeExpired(true));
        assertEquals(12, r.rows().size());
        Map<String, RiskMatch> rows = byId(r);
        RiskMatch stated = rows.get("US8000004B1");
        assertTrue(stated.expired());
        assertEquals("expired", stated.status());
        assertEquals(RiskLevel.LOW, stated.risk());
        assertEquals("low: the right expired in US on 2023-01-10; shown because expired rights were asked for",
                stated.riskRule());
        assertFalse(stated.expiryEstimated());

        RiskMatch estimated = rows.get("US6000005A");
        assertTrue(estimated.expired());
        assertEquals("expired", estimated.status(), "no status in the data, but its estimated term ended");
        assertEquals(LocalDate.of(2018, 1, 15), estimated.expiry());
        assertTrue(estimated.expiryEstimated());
        assertEquals("low: the right expired in US on 2018-01-15 (estimated); shown because expired rights were"
                + " asked for", estimated.riskRule());
        assertTrue(estimated.reason().endsWith("The right expired in US on 2018-01-15 (estimated: 20 years from"
                + " filing (1998-01-15); 35 U.S.C. 154(a)(2); term adjustment not included)."), estimated.reason());
        assertTrue(r.rows().stream().filter(RiskMatch::expired).count() == 2);
    }

    @Test
    void theFirmsOwnPatentsAreListedWhenNotNamed() {
        RiskMatcher.RiskResult r = match(SeparatorPatents.query().ownPatents(List.of()));
        assertEquals(List.of(), r.excluded());
        assertTrue(ids(r).containsAll(List.of("US9100009B2", "EP3100011A1", "US20150100012A1")), ids(r).toString());
    }

    @Test
    void marketsChooseJurisdictionsWithEpForEuropeAndWoAlways() {
        List<String> japan = ids(match(SeparatorPatents.query().markets(List.of("JP"))));
        assertEquals(List.of("JP2020000013A", "WO2020000014A1"), japan);
        List<String> germany = ids(match(SeparatorPatents.query().markets(List.of("DE"))));
        assertEquals(List.of("EP3000003A1", "WO2020000014A1"), germany);
        List<String> everywhere = ids(match(SeparatorPatents.query().markets(List.of())));
        assertTrue(everywhere.contains("JP2020000013A") && everywhere.contains("VN10023456B"), everywhere.toString());
    }

    @Test
    void withoutFeaturesTheShareOfClaimWordsInTheDescriptionSetsTheLevel() {
        Map<String, RiskMatch> rows = byId(match(SeparatorPatents.query().features(List.of())));
        assertEquals("high: independent claim 1 shares 71% of its words with the description and the patent is in"
                + " force in US", rows.get("US9000001B2").riskRule());
        assertEquals(List.of(), rows.get("US9000001B2").featuresTouched());
    }

    @Test
    void rankIdsGivesTheSameOrderAsMatch() {
        RiskQuery q = SeparatorPatents.query().includeExpired(true).limit(5).build();
        assertEquals(ids(patents.matcher().match(q)), patents.matcher().rankIds(q));
        assertEquals(5, patents.matcher().rankIds(q).size());
    }

    @Test
    void aProductSharingNoWordGetsAnEmptyList() {
        RiskMatcher.RiskResult r = match(RiskQuery.builder("zeppelin mooring mast").asOf(SeparatorPatents.AS_OF));
        assertEquals(List.of(), r.rows());
        assertEquals(0, r.candidates());
    }

    @Test
    void badQueriesAreRefusedNamingTheField() {
        IllegalArgumentException market = assertThrows(IllegalArgumentException.class,
                () -> SeparatorPatents.query().markets(List.of("XX")).build());
        assertEquals("must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO (got \"XX\")",
                market.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> RiskQuery.builder(" ").build());
        assertEquals("a risk query needs a product description or at least one feature", empty.getMessage());
        IllegalArgumentException symbol = assertThrows(IllegalArgumentException.class,
                () -> SeparatorPatents.query().classes(List.of("battery")).build());
        assertEquals("classes: not an IPC or CPC symbol such as H01M 50/449 (got \"battery\")", symbol.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SeparatorPatents.query().limit(0).build());
    }
}
