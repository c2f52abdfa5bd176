package org.ipradar.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final String EN = Stories.read("story-en.txt");
    private static final String ZH = Stories.read("story-zh.txt");

    @Test
    void identicalTextsHaveSimilarityOne() {
        Fingerprint a = Fingerprint.of("Trademark squatting in Vietnam", EN);
        Fingerprint b = Fingerprint.of("Trademark squatting in Vietnam", EN);
        assertEquals(a, b);
        assertEquals(1.0, Fingerprint.similarity(a, b));
        assertEquals(1.0, Fingerprint.containment(a, b));
    }

    @Test
    void unrelatedTextsHaveSimilarityNearZero() {
        Fingerprint en = Fingerprint.of("", EN);
        assertTrue(Fingerprint.similarity(en, Fingerprint.of("", ZH)) < 0.02);
        assertTrue(Fingerprint.similarity(en, Fingerprint.of("", Stories.read("story-en-other.txt"))) < 0.05,
                "another story on a neighbouring topic shares few 4-word shingles");
    }

    @Test
    void emptyTextIsSimilarToNothing() {
        Fingerprint empty = Fingerprint.of("A title", "");
        assertEquals(0, empty.shingles());
        assertEquals(0.0, Fingerprint.similarity(empty, empty));
        assertEquals(0.0, Fingerprint.containment(empty, Fingerprint.of("", EN)));
    }

    @Test
    void signatureIsPinnedSoStoredFingerprintsStayValid() {
        // computed once and pinned: a change here means every stored fingerprint must be recomputed
        Fingerprint f = Fingerprint.of("Vietnam sees a sharp rise in trademark squatting",
                "The quick brown fox jumps over the lazy dog near the bank of the river.");
        assertEquals(12, f.shingles(), "15 words make 12 four-word shingles");
        assertArrayEquals(new short[] {(short) 0xa804, 0x1b8f, (short) 0xe042, 0x5bf9, 0x23b3, (short) 0x9271,
            0x3acd, (short) 0xbe21}, Arrays.copyOf(f.signature(), 8));
        assertEquals(0xfb86fb1659ac05f7L, f.titleHash());
        Fingerprint zh = Fingerprint.of("越南商标抢注案件增多", "越南国家知识产权局周一公布的数据显示");
        assertEquals(14, zh.shingles(), "18 characters make 14 five-character shingles");
        assertArrayEquals(new short[] {0x10b8, 0x23be, (short) 0xf92c, 0x2a9a, (short) 0xbd18, 0x4921,
            (short) 0x8e4a, 0x0986}, Arrays.copyOf(zh.signature(), 8));
    }

    @Test
    void bytesRoundTrip() {
        Fingerprint f = Fingerprint.of("越南商标抢注案件增多，中国家电品牌遭遇困局", ZH);
        byte[] bytes = f.toBytes();
        assertEquals(1 + 1 + 1 + 4 + 8 + 2 * (128 + 16), bytes.length);
        assertEquals("01801000000", hex(bytes).substring(0, 11), "format 1, 128 + 16 hashes");
        Fingerprint back = Fingerprint.fromBytes(bytes);
        assertEquals(f, back);
        assertEquals(f.shingles(), back.shingles());
        assertEquals(f.titleHash(), back.titleHash());
    }

    @Test
    void badBytesAreRejectedWithTheReason() {
        byte[] bytes = Fingerprint.of("", EN).toBytes();
        assertEquals("fingerprint bytes have the wrong length: 302 bytes, expected 303 for 128 + 16 hashes",
                assertThrows(IllegalArgumentException.class,
                        () -> Fingerprint.fromBytes(Arrays.copyOf(bytes, 302))).getMessage());
        bytes[0] = 9;
        assertEquals("fingerprint format 9 is not the supported format 1; recompute the fingerprints",
                assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(bytes)).getMessage());
        assertEquals("fingerprint bytes too short: 3 bytes, the header alone is 15",
                assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(new byte[3]))
                        .getMessage());
    }

    @Test
    void caseWidthPunctuationAndCompositionDoNotCount() {
        assertEquals(Fingerprint.of("", "patent office 2026 report on filings and oppositions"),
                Fingerprint.of("", "ＰＡＴＥＮＴ Office, ２０２６ — “Report” on Filings and Oppositions!"));
        assertEquals(Fingerprint.of("", "Cục Sở hữu trí tuệ đã cấp văn bằng bảo hộ cho nhãn hiệu"),
                Fingerprint.of("", java.text.Normalizer.normalize("Cục Sở hữu trí tuệ đã cấp văn bằng bảo hộ cho nhãn hiệu",
                        java.text.Normalizer.Form.NFD)), "decomposed accents are composed first");
        assertEquals(Fingerprint.of("", "专利法第二十条规定，2026年起实施"),
                Fingerprint.of("", "专利法 第二十条 规定, ２０２６年起实施。"));
    }

    @Test
    void chineseIsCutIntoCharacterShinglesAndEnglishIntoWordShingles() {
        assertEquals(5, Fingerprint.of("", "越南国家知识产权局").shingles(), "9 characters, 5 a shingle");
        assertEquals(3, Fingerprint.of("", "the office received four thousand oppositions").shingles(),
                "6 words, 4 a shingle");
        assertEquals(1, Fingerprint.of("", "two words").shingles(), "fewer tokens than a shingle: one shingle");
    }

    @Test
    void aSummaryIsContainedInItsArticle() {
        for (String text : new String[] {EN, ZH}) {
            Fingerprint article = Fingerprint.of("", Stories.withBoilerplate(text, text == ZH));
            Fingerprint summary = Fingerprint.of("", Stories.summary(text, 2));
            assertTrue(Fingerprint.similarity(article, summary) < 0.5);
            assertTrue(Fingerprint.containment(article, summary) > 0.7, "containment "
                    + Fingerprint.containment(article, summary));
            assertTrue(Fingerprint.leadSimilarity(article, summary) > 0.8, "the byline line is not part of the lead");
        }
    }

    @Test
    void shortTitlesAreNotHashedAndSiteNamesAreIgnored() {
        assertEquals(0, Fingerprint.of("Weekly news roundup", "").titleHash());
        assertEquals(0, Fingerprint.of("商标新闻", "").titleHash());
        long t = Fingerprint.of("Vietnam sees a sharp rise in trademark squatting", "").titleHash();
        assertNotEquals(0, t);
        assertEquals(t, Fingerprint.of("Vietnam sees a sharp rise in trademark squatting | IP Watch Daily", "")
                .titleHash());
        assertEquals(Fingerprint.of("越南商标抢注案件增多中国家电品牌遭遇困局", "").titleHash(),
                Fingerprint.of("越南商标抢注案件增多，中国家电品牌遭遇困局_国际动态_海外知识产权观察", "").titleHash());
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return b.toString();
    }
}
