package org.ipradar.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The general dictionary: reading CEDICT lines, cleaning glosses, finding the file, translating segmented words. */
class DictionaryTest {
    static final Path SAMPLE = sample();
    static final Dictionary DICT = Dictionary.load(SAMPLE);

    @TempDir
    Path dir;

    static Path sample() {
        try {
            return Path.of(DictionaryTest.class.getResource("/fixtures/glossary/cedict-sample.u8").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryEntryOfTheSampleAndSkipsTheLineThatIsNone() {
        assertEquals(16, DICT.size()); // 18 entries, 雀巢 and 庞 twice
        assertEquals(1, DICT.skippedLines());
        assertEquals(Optional.of(SAMPLE), DICT.file());
        assertFalse(DICT.isEmpty());
    }

    @Test
    void looksUpSimplifiedAndTraditionalForms() {
        assertEquals(List.of("diamond"), DICT.glosses("钻石"));
        assertEquals(List.of("diamond"), DICT.glosses("鑽石"));
        assertEquals(List.of("coating", "paint"), DICT.glosses("塗料"));
        assertEquals(List.of("printer"), DICT.glosses(" 打印機 "));
        assertEquals(List.of(), DICT.glosses("钻"));
        assertEquals(List.of(), DICT.glosses("未收词"));
    }

    @Test
    void keepsOnlyShortTranslations() {
        assertEquals(List.of("man-made", "artificial"), DICT.glosses("人造")); // "(adj)" dropped, split at ;
        assertEquals(List.of("reagent"), DICT.glosses("试剂")); // the classifier is no translation
        assertEquals(List.of("HIV"), DICT.glosses("艾滋病病毒")); // "virus that causes AIDS" is four words
        assertEquals(List.of("disclose", "make public"), DICT.glosses("披露")); // "to", "(sth)", "see also" dropped
        assertEquals(List.of("huge"), DICT.glosses("庞")); // not the surname, not the variant
        assertEquals(List.of("patent"), DICT.glosses("专利"));
    }

    @Test
    void putsCommonSensesBeforeProperNames() {
        assertEquals(List.of("sparrow's nest", "Nestlé"), DICT.glosses("雀巢"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', quoteCharacter = '"', value = {
        "to describe=describe",
        "(v) counterfeit; pass off=counterfeit;pass off",
        "CL:個|个[ge4]=",
        "surname Wang=",
        "variant of 樣|样[yang4]=",
        "old variant of 樣=",
        "see 某[mou3]=",
        "see also 公開|公开[gong1 kai1]=",
        "abbr. for 中國|中国=",
        "lit. a hundred flowers=",
        "used in transliteration=",
        "Macdonald's (fast food company)=Macdonald's",
        "(computer, telecom, etc.) network=network",
        "a person who looks after the garden=",
        "fig. to shine=shine",
        "the Great Wall=Great Wall",
        "Louis Vuitton=Louis Vuitton",
        "100=",
        "polite, courteous=polite;courteous",
        "(name)=",
        "to check (sth) [a list] again=check again",
        "nested (as (in) this) aside=nested aside",
        "... and so on=",
    })
    void cleansOneGloss(String gloss, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, Dictionary.clean(gloss));
    }

    @Test
    void readsCrlfLinesAndAByteOrderMark() {
        Dictionary d = Dictionary.parse("\uFEFF# comment\r\n墨水 墨水 [mo4 shui3] /ink/\r\n鑽石 钻石 [zuan4 shi2] /diamond/\r\n");
        assertEquals(List.of("ink"), d.glosses("墨水"));
        assertEquals(List.of("diamond"), d.glosses("钻石"));
        assertEquals(0, d.skippedLines());
        assertEquals(Optional.empty(), d.file());
    }

    @Test
    void joinsSegmentedWordsIntoTheLongestHeadword() {
        assertEquals(List.of(new Dictionary.Translation(0, 2, "艾滋病病毒", List.of("HIV"), true)),
                DICT.translate(List.of("艾滋病", "病毒")));
        assertEquals(List.of(
                new Dictionary.Translation(0, 1, "人造", List.of("man-made", "artificial"), true),
                new Dictionary.Translation(1, 2, "钻石", List.of("diamond"), true)),
                DICT.translate(List.of("人造", "钻石")));
        assertEquals(List.of(new Dictionary.Translation(1, 2, "專利", List.of("patent"), true)),
                DICT.translate(List.of("未收", "專利")));
    }

    @Test
    void translatesAWordThroughTheHeadwordsInsideItWhenTheyCoverMostOfIt() {
        assertEquals(List.of(new Dictionary.Translation(0, 1, "试剂盒", List.of("reagent"), false)),
                DICT.translate(List.of("试剂盒")));
        assertEquals(List.of(new Dictionary.Translation(0, 1, "打印机墨水", List.of("printer ink"), false)),
                DICT.translate(List.of("打印机墨水")));
        assertEquals(List.of(), DICT.translate(List.of("普瑞巴林")), "巴林 (Bahrain) is only half of the name");
        assertEquals(List.of(), DICT.translate(List.of("钻")), "no headword of two characters inside one");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "television program=television programme",
        "organize=organise",
        "Organization=Organisation",
        "analyzer=analyser",
        "colors=colours",
        "on-line=online",
        "color-blind=colour-blind;colorblind",
        "size=",
        "diamond=",
    })
    void givesTheBritishSpellingAndTheUnhyphenatedForm(String gloss, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), Dictionary.spellings(gloss));
    }

    @Test
    void findsTheChineseWordsOfAnEnglishOneByItsStem() {
        assertEquals(List.of("钻石"), DICT.chinese("diamonds", 3));
        assertEquals(List.of("艾滋病病毒"), DICT.chinese("HIV", 3));
        assertEquals(List.of("商标"), DICT.chinese("Logo", 3));
        assertEquals(List.of("打印机"), DICT.chinese("printer", 3));
        assertEquals(List.of("披露"), DICT.chinese("make public", 3));
        assertEquals(List.of(), DICT.chinese("huge", 3), "庞 is one character");
        assertEquals(List.of(), DICT.chinese("which", 3));
        assertEquals(List.of(), DICT.chinese("the", 3));
        assertEquals(List.of(), DICT.chinese("diamond", 0));
        Dictionary two = Dictionary.parse("粉末 粉末 [fen3 mo4] /powder/\n火药 火药 [huo3 yao4] /gunpowder/powder/\n"
                + "粉 粉 [fen3] /powder/\n");
        assertEquals(List.of("粉末", "火药"), two.chinese("powder", 3), "the first sense first; no single character");
        assertEquals(List.of("粉末"), two.chinese("powder", 1));
    }

    @Test
    void noDictionaryTranslatesNothing() {
        Dictionary none = Dictionary.none();
        assertTrue(none.isEmpty());
        assertEquals(0, none.size());
        assertEquals(List.of(), none.translate(List.of("钻石")));
        assertEquals(List.of(), none.glosses("钻石"));
        assertEquals(List.of(), none.chinese("diamond", 3));
        assertEquals(Optional.empty(), none.file());
    }

    @Test
    void findsTheConfiguredFileFirstThenCedictTsThenTheLastCedictFileInTheDataDirectory() throws IOException {
        Path configured = dir.resolve("elsewhere.u8");
        assertEquals(Optional.of(configured), Dictionary.find(configured, dir));
        assertEquals(Optional.empty(), Dictionary.find(null, dir));
        assertEquals(Optional.empty(), Dictionary.find(null, dir.resolve("missing")));
        Files.writeString(dir.resolve("cedict_2020.u8"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cedict_2024.u8"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.u8"), "", StandardCharsets.UTF_8);
        assertEquals(Optional.of(dir.resolve("cedict_2024.u8")), Dictionary.find(null, dir));
        Files.writeString(dir.resolve(Dictionary.DEFAULT_FILE), "", StandardCharsets.UTF_8);
        assertEquals(Optional.of(dir.resolve("cedict_ts.u8")), Dictionary.find(null, dir));
    }

    @Test
    void openReadsTheFileOnFirstUse() throws IOException {
        Path file = dir.resolve(Dictionary.DEFAULT_FILE);
        Files.copy(SAMPLE, file);
        Dictionary opened = Dictionary.open(null, dir);
        Files.writeString(file, "墨水 墨水 [mo4 shui3] /ink/\n", StandardCharsets.UTF_8); // before the first use
        assertEquals(List.of("ink"), opened.glosses("墨水"));
        assertEquals(1, opened.size());
        assertTrue(Dictionary.open(null, dir.resolve("none")).isEmpty());
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorWhenLoadedAndNothingWhenOpened() {
        Path missing = dir.resolve("gone.u8");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Dictionary.load(missing));
        assertTrue(e.getMessage().startsWith("cannot read the dictionary " + missing + ": "), e.getMessage());
        Dictionary opened = Dictionary.open(missing, dir);
        assertEquals(Optional.of(missing), opened.file());
        assertTrue(opened.isEmpty(), "search goes on with the glossary alone");
    }
}
