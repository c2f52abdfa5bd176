package org.ipradar.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummariesTest {
    @Test
    void chineseKeepsWholeSentencesWithin150Characters() {
        String s1 = "甲".repeat(59) + "。";
        String s2 = "乙".repeat(59) + "！";
        String s3 = "丙".repeat(59) + "。";
        assertEquals(s1 + s2, Summaries.chinese(s1 + "\n\n" + s2 + s3), "a third sentence would pass 150");
        assertEquals("某企业在越南遭遇商标抢注。企业应尽早申请。", Summaries.chinese("某企业在越南遭遇商标抢注。\n企业应尽早申请。"));
    }

    @Test
    void aLongFirstChineseSentenceIsCutWithAnEllipsis() {
        String s = Summaries.chinese("长".repeat(200) + "。");
        assertEquals("长".repeat(149) + "…", s);
        assertEquals(150, s.length());
    }

    @Test
    void chineseHeadingsWithoutPunctuationAreSeparatedBySpace() {
        assertEquals("案件信息 受理机构：法院。", Summaries.chinese("案件信息\n受理机构：法院。"));
    }

    @Test
    void englishKeepsWholeSentencesWithin60Words() {
        String s1 = "one ".repeat(29) + "end.";
        String s2 = "two ".repeat(29) + "end!";
        String s3 = "three ".repeat(9) + "end.";
        assertEquals(s1 + " " + s2, Summaries.english(s1 + " " + s2 + "\n\n" + s3));
        assertEquals("Trademark squatting remains common in Vietnam. Register your marks early.",
                Summaries.english("Trademark squatting remains common in Vietnam.\nRegister your marks early."));
    }

    @Test
    void aLongFirstEnglishSentenceIsCutAt60Words() {
        assertEquals("w ".repeat(59) + "w…", Summaries.english("w ".repeat(100) + "end."));
    }
}
