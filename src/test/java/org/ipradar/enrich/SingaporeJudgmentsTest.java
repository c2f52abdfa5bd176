package org.ipradar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the judgments: gold IP types from catchwords, and text without them (on hand-written look-alikes). */
class SingaporeJudgmentsTest {
    static Path fixtureCorpus() {
        try {
            return Path.of(SingaporeJudgmentsTest.class.getResource("/fixtures/enrich/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SingaporeJudgments.Judgment> judgments() {
        return SingaporeJudgments.read(fixtureCorpus().resolve(TagEvaluation.JUDGMENTS));
    }

    @Test
    void readsIdsTitlesAndGoldInFolderOrder() {
        List<SingaporeJudgments.Judgment> js = judgments();
        assertEquals(List.of("2099_SGCA_2", "2099_SGHC_1", "2099_SGHC_3"),
                js.stream().map(SingaporeJudgments.Judgment::id).toList());
        assertEquals("Cobalt Devices Ltd v Delta Instruments Pte Ltd", js.get(0).title());
        assertEquals(Set.of("patent"), js.get(0).ipTypes());
        assertEquals(Set.of("trademark", "unfair_competition"), js.get(1).ipTypes());
        assertEquals(Set.of("trademark"), js.get(2).ipTypes()); // from "Section 49(c) Trade Marks Act"
        assertEquals(List.of("Trade Marks and Trade Names", "Infringement", "Likelihood of confusion",
                "Trade Marks and Trade Names", "Passing off", "Goodwill", "Whether \"GOLDEN LEAF\" descriptive"),
                js.get(1).catchwords());
    }

    @Test
    void textKeepsHeaderAndBodyButNotTitleOrCatchwords() {
        String text = judgments().get(1).text();
        assertFalse(text.contains("_Trade Marks and Trade Names_"), text);
        assertFalse(text.contains("_Designs_"), text); // the continuation line goes too
        assertFalse(text.startsWith("# "), text);
        assertTrue(text.contains("**Parties** :Acme Tea Pte Ltd — Bolt Beverages Pte Ltd"), text);
        assertTrue(text.contains("2 January 2099 Judgment reserved."), text);
        assertTrue(text.contains("1       The plaintiff sells tea in Singapore"), text);
    }

    @Test
    void italicLinesInTheBodyStay() {
        String report = "# A v B\n**Parties** :A — B\n\n_Copyright_ – _Infringement_\n\n1 Text.\n\n_Emphasis_\n";
        assertEquals("**Parties** :A — B\n1 Text.\n\n_Emphasis_\n\n", SingaporeJudgments.withoutCatchwords(report));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trade Marks and Trade Names;Passing off                                      | unfair_competition
            Tort;Passing off;Misrepresentation                                           | unfair_competition
            Trade Marks and Trade Names;Infringement;Trade Marks and Trade Names;Passing off | trademark;unfair_competition
            TRADE MARKS AND TRADE NAMES;infringement                                     | trademark
            Trade Marks;Well-known trade mark                                            | trademark
            Trade marks and trade names;Border enforcement measures                      | customs;trademark
            Criminal law;Statutory offences;Section 49(c) Trade Marks Act (Cap 332)      | trademark
            Patents and inventions;Novelty                                               | patent
            Copyright;Industrial designs                                                 | copyright;design
            Designs;Remedies;Infringement of registered design                          | design
            Confidence;Breach of confidence                                              | trade_secret
            Contract;Confidential Information;Restraint of trade                         | trade_secret
            Civil Procedure;Costs                                                        |
            """)
    void goldIpTypesFromCatchwords(String tags, String gold) {
        Set<String> expected = gold == null ? Set.of() : Set.copyOf(Arrays.asList(gold.split(";")));
        assertEquals(expected, SingaporeJudgments.goldIpTypes(Arrays.asList(tags.split(";"))));
    }
}
