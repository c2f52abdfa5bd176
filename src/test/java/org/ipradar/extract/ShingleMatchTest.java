package org.ipradar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {
    @Test
    void tokensAreWordRunsAndSingleCjkCharacters() {
        assertEquals(List.of("Hello", "world_1", "专", "利", "侵", "权", "ASEAN", "2026", "Việt", "Nam"),
                ShingleMatch.tokens("Hello, world_1 专利侵权(ASEAN) 2026 — Việt Nam!"));
    }

    @Test
    void identicalTextsMatchFully() {
        ShingleMatch.PageScore s = ShingleMatch.score("one two three four five", "one  two\nthree, four five.");
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void countsAreNormalisedByTheirSum() {
        // gold shingles: (one two three four), (two three four five); extracted: (one two three four),
        // (two three four six): one in common, one extra, one missed
        ShingleMatch.PageScore s = ShingleMatch.score("one two three four five", "one two three four six");
        assertEquals(new ShingleMatch.PageScore(1 / 3.0, 1 / 3.0, 1 / 3.0), s);
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
    }

    @Test
    void shingleBagsKeepRepeats() {
        // "a b c d a b c d": shingles abcd, bcda, cdab, dabc, abcd; extracting one "a b c d" finds one abcd of two
        ShingleMatch.PageScore s = ShingleMatch.score("a b c d a b c d", "a b c d");
        assertEquals(1.0, s.precision());
        assertEquals(0.2, s.recall(), 1e-12);
    }

    @Test
    void textsShorterThanFourTokensAreOneShingleAndCaseCounts() {
        assertEquals(1.0, ShingleMatch.score("Patent granted", "Patent granted.").precision());
        assertEquals(0.0, ShingleMatch.score("Patent granted", "patent granted").precision());
        // the short gold text is the single shingle (Patent granted today), which the longer text does not contain
        assertEquals(0.0, ShingleMatch.score("Patent granted today", "Patent granted today in Bangkok").recall());
    }

    @Test
    void emptyExtractionCountsOnlyTowardRecall() {
        ShingleMatch.PageScore missed = ShingleMatch.score("the gold text of a page", "");
        assertFalse(missed.hasPrecision());
        assertTrue(missed.hasRecall());
        assertEquals(0.0, missed.recall());
        ShingleMatch.PageScore both = ShingleMatch.score("", "");
        assertFalse(both.hasPrecision());
        assertFalse(both.hasRecall());
    }

    @Test
    void summaryAveragesPagesThenTakesTheF1OfTheAverages() {
        ShingleMatch.Summary s = ShingleMatch.summarise(List.of(
                ShingleMatch.score("one two three four five", "one two three four five"),
                ShingleMatch.score("one two three four five", ""),
                ShingleMatch.score("one two three four five", "one two three four six")));
        assertEquals(3, s.pages());
        assertEquals((1.0 + 0.5) / 2, s.precision(), 1e-12);
        assertEquals((1.0 + 0.0 + 0.5) / 3, s.recall(), 1e-12);
        assertEquals(2 * 0.75 * 0.5 / (0.75 + 0.5), s.f1(), 1e-12);
    }
}
