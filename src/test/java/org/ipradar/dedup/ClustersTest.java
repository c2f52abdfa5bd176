package org.ipradar.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersTest {
    private static final String EN = Stories.read("story-en.txt");
    private static final String EN_OTHER = Stories.read("story-en-other.txt");
    private static final String ZH = Stories.read("story-zh.txt");

    @Test
    void theEarliestDocumentNamesTheCluster() {
        Clusters c = new Clusters();
        assertEquals("summary", c.assign("summary", Fingerprint.of("", Stories.summary(EN, 2))));
        assertEquals("other", c.assign("other", Fingerprint.of("", EN_OTHER)));
        assertEquals("summary", c.assign("article", Fingerprint.of("", Stories.withBoilerplate(EN, false))));
        assertEquals("summary", c.assign("cut", Fingerprint.of("", Stories.withoutThirdParagraph(EN))));
        assertEquals("zh", c.assign("zh", Fingerprint.of("", ZH)), "the Chinese version is another cluster");
        assertEquals(List.of("summary", "article", "cut"), c.members("summary"));
        assertEquals(List.of("other"), c.members("other"));
        assertEquals("summary", c.clusterOf("cut"));
        assertEquals(5, c.size());
    }

    @Test
    void removingTheFirstDocumentKeepsTheClusterId() {
        Clusters c = new Clusters();
        c.assign("a", Fingerprint.of("", EN));
        c.assign("b", Fingerprint.of("", Stories.edited(EN, false, 1)));
        c.remove("a");
        assertNull(c.clusterOf("a"));
        assertEquals("a", c.assign("c", Fingerprint.of("", Stories.withBoilerplate(EN, false))));
        assertEquals(List.of("b", "c"), c.members("a"));
        assertEquals(List.of(), c.members("unknown"));
    }

    @Test
    void reassigningADocumentMovesItWhenItsTextChanged() {
        Clusters c = new Clusters();
        c.assign("a", Fingerprint.of("", EN));
        c.assign("b", Fingerprint.of("", EN));
        c.assign("x", Fingerprint.of("", EN_OTHER));
        assertEquals("x", c.assign("b", Fingerprint.of("", Stories.edited(EN_OTHER, false, 2))));
        assertEquals(List.of("a"), c.members("a"));
        assertEquals(List.of("x", "b"), c.members("x"));
    }

    @Test
    void restoredDocumentsKeepTheirStoredClusterAndAttractNewOnes() {
        Clusters c = new Clusters();
        c.restore("old-2", "old-1", Fingerprint.of("", EN));
        assertEquals("old-1", c.assign("new", Fingerprint.of("", Stories.edited(EN, false, 3))));
        assertEquals(List.of("old-2", "new"), c.members("old-1"));
    }

    @Test
    void aTitleLinksTwoDocumentsButNeverAChain() {
        // two different long texts under one title (two judgments in one case) and a one-line item with that title
        String title = "Vietnam sees a sharp rise in trademark squatting";
        Clusters c = new Clusters();
        c.assign("article", Fingerprint.of(title, EN));
        assertEquals("article", c.assign("item", Fingerprint.of(title, "Filings by third parties rose sharply.")));
        assertEquals("other", c.assign("other", Fingerprint.of(title, EN_OTHER)),
                "not joined through the item, which is in its cluster only by its title");
    }

    @Test
    void theIndexMustStartEmpty() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("a", Fingerprint.of("", EN));
        assertEquals("the index must start empty (it holds 1 documents); restore stored documents with restore()",
                assertThrows(IllegalArgumentException.class, () -> new Clusters(index)).getMessage());
    }
}
