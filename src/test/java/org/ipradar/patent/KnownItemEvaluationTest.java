package org.ipradar.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipradar.eval.Bm25Baseline;
import org.ipradar.patent.KnownItemEvaluation.Item;
import org.ipradar.patent.KnownItemEvaluation.Measures;
import org.ipradar.patent.KnownItemEvaluation.QueryText;
import org.ipradar.patent.KnownItemEvaluation.Result;
import org.ipradar.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownItemEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void measuresFromRanks() {
        Measures m = Measures.of(List.of(1, 2, 0, 10, 11));
        assertEquals(5, m.queries());
        assertEquals((1 + 0.5 + 0 + 0.1 + 1.0 / 11) / 5, m.mrr(), 1e-12);
        assertEquals(0.2, m.recall1(), 1e-12);
        assertEquals(0.6, m.recall10(), 1e-12);
        assertEquals(new Measures(0, 0, 0, 0), Measures.of(List.of()));
    }

    @Test
    void selfAndFirstFamilyMemberRanksAreReadFromEachRanking() {
        Map<String, List<String>> rankings = Map.of(
                "q1", List.of("A", "B", "C"),
                "q2", List.of("X", "C", "B"),
                "q3", List.of("Y", "Z"));
        List<Item> items = List.of(
                new Item("A", "q1", Set.of("C")),
                new Item("B", "q2", Set.of("C", "A")),
                new Item("C", "q3", Set.of()));
        Result r = KnownItemEvaluation.run("fake", (text, depth) -> rankings.get(text), items, 100, n -> {});
        assertEquals(List.of(1, 3, 0), r.selfRanks());
        assertEquals(Measures.of(List.of(1, 3, 0)), r.self());
        assertEquals(Measures.of(List.of(3, 2)), r.family(), "C is third for q1, second for q2; q3 has no family");
    }

    @Test
    void eachPatentFindsItselfAndItsFamilyOnASmallIndex() throws Exception {
        try (Database db = Database.open(dir); Patents p = Patents.open(db, dir, n -> {})) {
            p.importer().apply(new PatentBatch(List.of(
                    PatentBuilder.of("US", "1", "B1").title("Ceramic separator")
                            .abstractText("A battery separator with an alumina ceramic coating.")
                            .claim("A separator comprising an alumina coating.").familyId("F1").build(),
                    PatentBuilder.of("EP", "2", "A1").title("Separator")
                            .abstractText("A separator for batteries coated with alumina particles.")
                            .claim("A separator having alumina particles.").familyId("F1").build(),
                    PatentBuilder.of("US", "3", "B1").title("Coffee machine")
                            .abstractText("A coffee machine with a water tank and a heater.")
                            .claim("A coffee machine comprising a heater.").build(),
                    PatentBuilder.of("US", "D4", "S").type("design").title("Coffee cup")
                            .claim("The ornamental design for a coffee cup.").build()), List.of()),
                    PatentImporter.Progress.none());
            List<Item> items = KnownItemEvaluation.items(p.store(), QueryText.ABSTRACT, 0);
            assertEquals(List.of(new Item("US1B1", "A battery separator with an alumina ceramic coating.",
                            Set.of("EP2A1")),
                    new Item("EP2A1", "A separator for batteries coated with alumina particles.", Set.of("US1B1")),
                    new Item("US3B1", "A coffee machine with a water tank and a heater.", Set.of())), items,
                    "the design patent has no abstract");
            assertEquals(2, KnownItemEvaluation.items(p.store(), QueryText.ABSTRACT, 2).size());
            assertEquals(4, KnownItemEvaluation.items(p.store(), QueryText.CLAIM, 0).size());
            Result r = KnownItemEvaluation.run("ipradar", KnownItemEvaluation.matcher(p.matcher()), items, 10,
                    n -> {});
            assertEquals(List.of(1, 1, 1), r.selfRanks());
            assertEquals(new Measures(2, 0.5, 0, 1), r.family());
            try (Bm25Baseline b = KnownItemEvaluation.baseline(p.store(), Bm25Baseline.STANDARD, false)) {
                assertEquals(List.of("USD4S", "US3B1"), b.rank("coffee", 10), "BM25 favours the shorter text");
            }
            try (Bm25Baseline b = KnownItemEvaluation.baseline(p.store(), Bm25Baseline.STANDARD, true)) {
                assertEquals(List.of(), b.rank("tank", 10), "the abstract is left out");
            }
            assertEquals("ipradar / ipradar: MRR x1.000, R@10 x1.000", KnownItemEvaluation.ratio(r, r));
        }
    }
}
