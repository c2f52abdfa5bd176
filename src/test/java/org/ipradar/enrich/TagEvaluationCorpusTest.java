package org.ipradar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipradar.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The tagger on the shared corpus (skipped when it is absent): floors a little under the figures measured when the
 * lists were last changed (README, "Tagging"), so that a change which makes tagging worse fails here.
 */
class TagEvaluationCorpusTest {
    private static Path corpus() {
        Corpus.require(TagEvaluation.JUDGMENTS);
        Corpus.require(TagEvaluation.CHINA_LAWS);
        return Corpus.location();
    }

    @Test
    void catchwordsAreStrippedFromEveryJudgment() {
        List<SingaporeJudgments.Judgment> js = SingaporeJudgments.read(corpus().resolve(TagEvaluation.JUDGMENTS));
        assertEquals(117, js.size());
        List<String> leaks = new ArrayList<>();
        for (SingaporeJudgments.Judgment j : js) {
            String first = "_" + j.catchwords().get(0).strip() + "_ –";
            if (j.text().contains(first)) {
                leaks.add(j.id());
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void ipTypesOnJudgmentsStayAboveTheirFloors() {
        TagEvaluation.Table t = TagEvaluation.judgmentIpTypes(corpus());
        assertEquals(117, t.documents());
        assertFloors(t, "micro", 0.90, 0.89);
        assertFloors(t, "trademark", 0.95, 0.95);
        assertFloors(t, "patent", 0.90, 0.95);
        assertFloors(t, "copyright", 0.85, 0.85);
        assertFloors(t, "unfair_competition", 0.75, 0.65);
        assertFloors(t, "trade_secret", 0.75, 0.65);
    }

    @Test
    void kindOfJudgmentsAndLawsStaysAboveItsFloor() {
        TagEvaluation.Table t = TagEvaluation.corpusKinds(corpus());
        assertEquals(153, t.documents());
        assertFloors(t, "micro", 0.98, 0.98);
    }

    @Test
    void homeCountriesAreFound() {
        List<TagEvaluation.HomeCountry> home = TagEvaluation.corpusCountries(corpus());
        assertTrue(home.get(0).found() >= 110, home.get(0)::render); // Singapore on the judgments: 113 of 117
        assertEquals(36, home.get(1).found(), home.get(1)::render); // China on every PRC law
    }

    @Test
    void taggingAFiveThousandCharacterTextTakesUnderAMillisecond() {
        double micros = TagEvaluation.microsPer5k(corpus());
        assertTrue(micros > 0 && micros < 1000, () -> micros + " µs per 5,000 characters");
    }

    private static void assertFloors(TagEvaluation.Table t, String tag, double precision, double recall) {
        TagEvaluation.Counts c = tag.equals("micro") ? t.micro() : t.row(tag);
        assertTrue(c.precision() >= precision && c.recall() >= recall, () -> tag + " below its floors (precision "
                + precision + ", recall " + recall + ") in\n" + t.render());
    }
}
