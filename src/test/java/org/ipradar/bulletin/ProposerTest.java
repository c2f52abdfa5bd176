package org.ipradar.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ipradar.store.Article;
import org.ipradar.testing.DeskFixtures;
import org.junit.jupiter.api.Test;

/** The proposal on a hand-built quarter: scores, one per cluster, then spread over countries and IP types. */
class ProposerTest {
    @Test
    void scoresFollowTheAudience() {
        assertEquals(List.of(8.5, 6.5, 8.0, 4.0, 7.5, 4.0, 2.5, 8.0, 3.0),
                DeskFixtures.quarter().stream().map(Proposer::score).toList());
    }

    @Test
    void rankedKeepsTheBestOfEachClusterAndBreaksTiesByDateThenId() {
        assertEquals(List.of("a1", "a8", "a3", "a5", "a4", "a6", "a10", "a7"),
                Proposer.ranked(DeskFixtures.quarter()).stream().map(s -> s.article().id()).toList());
    }

    @Test
    void proposalSpreadsAcrossCountriesAndIpTypes() {
        // a8 (8.0) waits behind a3 and a5: Vietnam and trademarks are already covered by a1.
        assertEquals(List.of("a1", "a3", "a5", "a8", "a6", "a10", "a7", "a4"),
                Proposer.propose(DeskFixtures.quarter(), 8).stream().map(s -> s.article().id()).toList());
        assertEquals(List.of("a1", "a3", "a5"),
                Proposer.propose(DeskFixtures.quarter(), 3).stream().map(s -> s.article().id()).toList());
    }

    @Test
    void theSameDocumentsInAnotherOrderGiveTheSameProposal() {
        List<Article> reversed = new java.util.ArrayList<>(DeskFixtures.quarter());
        java.util.Collections.reverse(reversed);
        assertEquals(Proposer.propose(DeskFixtures.quarter(), 8), Proposer.propose(reversed, 8));
    }
}
