package org.ipradar.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private static String story(boolean zh) {
        return Stories.read(zh ? "story-zh.txt" : "story-en.txt");
    }

    private static String other(boolean zh) {
        return Stories.read(zh ? "story-zh-other.txt" : "story-en-other.txt");
    }

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(m -> m.docId() + ":" + m.basis()).toList();
    }

    @ParameterizedTest(name = "zh={0}")
    @ValueSource(booleans = {false, true})
    void republishedVariantsAreFoundAndTheNearMissIsNot(boolean zh) {
        String text = story(zh);
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("original", Fingerprint.of("", text));
        // another story with the byline and footer the variants below carry: the near miss
        index.add("other", Fingerprint.of("", Stories.withBoilerplate(other(zh), zh)));

        assertEquals(List.of("original:TEXT"), ids(index.candidates(Fingerprint.of("",
                Stories.withBoilerplate(text, zh)))), "republished with another site's boilerplate");
        assertEquals(List.of("original:TEXT"), ids(index.candidates(Fingerprint.of("",
                Stories.withBoilerplate(Stories.withoutThirdParagraph(text), zh)))), "a paragraph cut");
        assertEquals(List.of("original:TEXT"), ids(index.candidates(Fingerprint.of("",
                Stories.edited(text, zh, 7)))), "light edits");
        assertEquals(List.of("original:EXCERPT"), ids(index.candidates(Fingerprint.of("",
                Stories.summary(text, 2)))), "the first two paragraphs as a feed summary");
        assertEquals(List.of("other:TEXT"), ids(index.candidates(Fingerprint.of("", other(zh)))),
                "the story on a neighbouring topic finds its own copy, not the original");
    }

    @Test
    void matchesComeStrongestFirstWithTheirEvidence() {
        String text = story(false);
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("summary", Fingerprint.of("", Stories.summary(text, 2)));
        index.add("copy", Fingerprint.of("", text));
        List<Match> m = index.candidates(Fingerprint.of("", Stories.withBoilerplate(text, false)));
        assertEquals(List.of("copy:TEXT", "summary:EXCERPT"), ids(m));
        assertTrue(m.get(0).similarity() > 0.6 && m.get(0).similarity() < 1, "similarity " + m.get(0).similarity());
        assertTrue(m.get(1).containment() > 0.6, "containment " + m.get(1).containment());
    }

    @Test
    void aOneLineItemIsMatchedByItsLongTitleOnly() {
        String title = "Vietnam sees a sharp rise in trademark squatting";
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("article", Fingerprint.of(title, story(false)));
        String oneLine = "Vietnamese trademark filings by third parties have risen sharply.";
        assertEquals(List.of("article:TITLE"), ids(index.candidates(Fingerprint.of(title + " | Asia Trade Wire",
                oneLine))));
        assertEquals(List.of(), ids(index.candidates(Fingerprint.of("Trademark squatting rises", oneLine))),
                "too short to compare by text, and another title");
        assertEquals(List.of(), ids(new NearDuplicateIndex(MatchRule.DEFAULT.withSimilarity(0.5).withoutTitles())
                .candidates(Fingerprint.of(title, oneLine))));
    }

    @Test
    void removedAndReplacedDocumentsAreNotFoundUnderTheirOldText() {
        String text = story(true);
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("a", Fingerprint.of("", text));
        index.add("b", Fingerprint.of("", text));
        index.remove("a");
        index.remove("missing");
        assertEquals(1, index.size());
        assertEquals(List.of("b:TEXT"), ids(index.candidates(Fingerprint.of("", text))));
        index.add("b", Fingerprint.of("", other(true)));
        assertEquals(List.of(), ids(index.candidates(Fingerprint.of("", text))));
        assertEquals(Fingerprint.of("", other(true)), index.get("b"));
        assertNull(index.get("a"));
    }

    @Test
    void growsBeyondItsInitialSizeAndKeepsFindingDocuments() {
        NearDuplicateIndex index = new NearDuplicateIndex(MatchRule.DEFAULT, 16);
        String text = story(false);
        for (int i = 0; i < 300; i++) {
            index.add("doc" + i, Fingerprint.of("", Stories.edited(text, false, i) + " version " + i));
            if (i % 3 == 0) {
                index.remove("doc" + (i / 2));
            }
        }
        assertEquals(200, index.size());
        List<Match> m = index.candidates(Fingerprint.of("", text));
        assertEquals(200, m.size(), "every light edit of the story is a near duplicate");
        assertTrue(m.stream().noneMatch(x -> x.docId().equals("doc0") || x.docId().equals("doc148")));
    }

    @Test
    void bandSizeFollowsTheThreshold() {
        // the largest band size at which a pair right at the threshold still becomes a candidate 4 times in 5
        assertEquals(2, NearDuplicateIndex.rowsPerBand(0.3, 128));
        assertEquals(3, NearDuplicateIndex.rowsPerBand(0.4, 128));
        assertEquals(4, NearDuplicateIndex.rowsPerBand(0.5, 128));
        assertEquals(8, NearDuplicateIndex.rowsPerBand(0.9, 128));
    }

    @Test
    void rulesAndFingerprintsAreChecked() {
        assertEquals("similarity must be greater than 0 and at most 1 (got 1.5)",
                assertThrows(IllegalArgumentException.class, () -> MatchRule.DEFAULT.withSimilarity(1.5))
                        .getMessage());
        assertEquals("minShingles must be at least 1 (got 0)", assertThrows(IllegalArgumentException.class,
                () -> new MatchRule(0.4, 0.6, 0.6, 0, true)).getMessage());
        Fingerprint small = new Fingerprinter(4, 5, 64, 30, 16, 6, 10).fingerprint("", story(false));
        assertEquals("fingerprint of x has 64+16 hashes, this index holds 128+16", assertThrows(
                IllegalArgumentException.class, () -> new NearDuplicateIndex().add("x", small)).getMessage());
    }
}
