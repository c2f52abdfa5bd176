package org.ipradar.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ipradar.store.Article;
import org.ipradar.testing.Articles;
import org.junit.jupiter.api.Test;

/** The proposal on a hand-built quarter: scores, one per cluster, then spread over countries and IP types. */
class ProposerTest {
    static Article doc(String id, String lang, String kind, List<String> countries, List<String> ipTypes,
            List<String> industries, String published) {
        return Articles.of(id, "title " + id, "text " + id, "src", lang, kind, countries, published)
                .withTags(countries, ipTypes, industries, kind);
    }

    /** Eight documents of 2026Q3; a2 reports the same story as a1. */
    static List<Article> quarter() {
        return List.of(
                doc("a1", "zh", "case", List.of("VN"), List.of("trademark"), List.of("electronics"), "2026-07-10T00:00:00Z"),
                doc("a2", "zh", "news", List.of("VN"), List.of("trademark"), List.of("electronics"), "2026-07-12T00:00:00Z")
                        .withCluster("a1"),
                doc("a3", "en", "case", List.of("TH"), List.of("patent"), List.of("high_end_equipment"), "2026-08-01T00:00:00Z"),
                doc("a4", "en", "news", List.of("VN"), List.of("trademark"), List.of(), "2026-08-05T00:00:00Z"),
                doc("a5", "zh", "law", List.of("ID"), List.of(), List.of("food"), "2026-09-01T00:00:00Z"),
                doc("a6", "en", "news", List.of("US"), List.of("patent"), List.of("ai"), "2026-07-20T00:00:00Z"),
                doc("a7", "zh", "guide", List.of("CN"), List.of("trademark"), List.of("textiles"), "2026-09-15T00:00:00Z"),
                doc("a8", "en", "case", List.of("VN"), List.of("trademark"), List.of("electronics"), "2026-09-20T00:00:00Z"),
                doc("a10", "en", "news", List.of("SG"), List.of(), List.of(), "2026-06-30T16:00:00Z"));
    }

    @Test
    void scoresFollowTheAudience() {
        assertEquals(List.of(8.5, 6.5, 8.0, 4.0, 7.5, 4.0, 2.5, 8.0, 3.0),
                quarter().stream().map(Proposer::score).toList());
    }

    @Test
    void rankedKeepsTheBestOfEachClusterAndBreaksTiesByDateThenId() {
        assertEquals(List.of("a1", "a8", "a3", "a5", "a4", "a6", "a10", "a7"),
                Proposer.ranked(quarter()).stream().map(s -> s.article().id()).toList());
    }

    @Test
    void proposalSpreadsAcrossCountriesAndIpTypes() {
        // a8 (8.0) waits behind a3 and a5: Vietnam and trademarks are already covered by a1.
        assertEquals(List.of("a1", "a3", "a5", "a8", "a6", "a10", "a7", "a4"),
                Proposer.propose(quarter(), 8).stream().map(s -> s.article().id()).toList());
        assertEquals(List.of("a1", "a3", "a5"),
                Proposer.propose(quarter(), 3).stream().map(s -> s.article().id()).toList());
    }

    @Test
    void theSameDocumentsInAnotherOrderGiveTheSameProposal() {
        List<Article> reversed = new java.util.ArrayList<>(quarter());
        java.util.Collections.reverse(reversed);
        assertEquals(Proposer.propose(quarter(), 8), Proposer.propose(reversed, 8));
    }
}
