package org.ipradar.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipradar.index.ChineseFolding;
import org.ipradar.vocab.Countries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GlossaryTest {
    private static final Glossary SHIPPED = Glossary.shipped();

    // One line per expansion: what was typed, the glossary term it matched, and what it translates to.
    private static String show(List<Expansion> expansions) {
        return expansions.stream()
                .map(e -> e.matched() + " [" + e.term() + "] → " + String.join(" | ", e.translations()))
                .collect(Collectors.joining("\n"));
    }

    static Stream<Arguments> realQueries() {
        return Stream.of(
                Arguments.of("越南 商标抢注", """
                        越南 [越南] → Vietnam | Viet Nam | Socialist Republic of Viet Nam | Socialist Republic of Vietnam
                        商标抢注 [商标抢注] → trademark squatting | trade mark squatting | trademark squatter \
                        | bad-faith trademark registration | trademark hijacking | trademark piracy"""),
                Arguments.of("patent infringement Thailand customs", """
                        patent infringement [patent infringement] → 专利侵权 | 專利侵權
                        Thailand [Thailand] → 泰国 | 泰王国 | 泰國 | 泰王國
                        customs [customs] → 海关 | 海關"""),
                Arguments.of("專利侵權", "專利侵權 [专利侵权] → patent infringement | infringement of a patent"),
                Arguments.of("ＡＳＥＡＮ", "ＡＳＥＡＮ [ASEAN] → 东盟 | 东南亚国家联盟 | 东协 | 東盟 | 東南亞國家聯盟 | 東協"),
                Arguments.of("东盟", "东盟 [东盟] → ASEAN | Association of Southeast Asian Nations"
                        + " | Association of South-East Asian Nations"),
                Arguments.of("華為在越南的商標被搶註 patents", """
                        越南 [越南] → Vietnam | Viet Nam | Socialist Republic of Viet Nam | Socialist Republic of Vietnam
                        商標 [商标] → trademark | trade mark
                        搶註 [抢注] → squatting | squatter | pre-emptive registration | preemptive registration \
                        | pre-emptive filing
                        patents [patent] → 专利 | 專利"""),
                Arguments.of("Trade-Marks squatters in Viet Nam", """
                        Trade-Marks [trade mark] → 商标 | 商標
                        squatters [squatter] → 抢注 | 搶註
                        Viet Nam [Viet Nam] → 越南 | 越南社会主义共和国 | 越南社會主義共和國"""),
                Arguments.of("印度尼西亚海关扣留侵权商品", """
                        印度尼西亚海关 [印度尼西亚海关] → Indonesian Customs | Directorate General of Customs and Excise | DJBC
                        扣留 [扣留] → customs detention | detention | detained | detention of goods
                        侵权商品 [侵权商品] → infringing product | infringing goods | infringing article"""),
                Arguments.of("PCT申请 national phase", """
                        PCT申请 [PCT申请] → PCT application | international application under the PCT | PCT filing
                        national phase [national phase] → 进入国家阶段 | 国家阶段 | 進入國家階段 | 國家階段"""),
                Arguments.of("preliminary injunction Singapore High Court", """
                        preliminary injunction [preliminary injunction] → 临时禁令 | 诉前禁令 | 诉中禁令 | 臨時禁令 \
                        | 訴前禁令 | 訴中禁令
                        Singapore High Court [Singapore High Court] → 新加坡高等法院 | 新加坡高庭"""));
    }

    @ParameterizedTest
    @MethodSource("realQueries")
    void expandsRealQueriesToTheirTranslations(String query, String expected) {
        assertEquals(expected, show(SHIPPED.expand(query)));
    }

    @Test
    void longestTermWinsAndTermsDoNotOverlap() {
        assertEquals(List.of("商标抢注"), matched(SHIPPED.expand("商标抢注")));
        assertEquals(List.of("印度尼西亚"), matched(SHIPPED.expand("印度尼西亚"))); // not 印度, India
        assertEquals(List.of("最高人民法院知识产权法庭"), matched(SHIPPED.expand("最高人民法院知识产权法庭")));
        // equal lengths: the leftmost wins, so 广东 (Guangdong) and 京东 (JD.com), never 东京 (Tokyo) across them
        assertEquals(List.of("广东", "京东"), matched(SHIPPED.expand("广东京东")));
    }

    @Test
    void englishTermsStayWithinARunOfWords() {
        // a comma, a quote or Chinese text between two words keeps them from forming one term
        assertEquals(List.of("patent", "infringement"), matched(SHIPPED.expand("patent, infringement")));
        assertEquals(List.of("patent", "侵权", "infringement"), matched(SHIPPED.expand("patent侵权infringement")));
        assertEquals("patent infringement", SHIPPED.expand("PATENT  infringement").get(0).term());
        // a Chinese term that starts with Latin letters does not start inside an English word
        assertEquals(List.of(), matched(SHIPPED.expand("xpct申")));
    }

    @Test
    void pluralsAreLookedUpAsSingularsButNotTheOtherWay() {
        assertEquals("royalty", SHIPPED.expand("royalties").get(0).term());
        assertEquals("customs", SHIPPED.expand("customs").get(0).term());
        assertEquals(List.of(), SHIPPED.expand("custom software"));
        assertEquals("people's court", SHIPPED.expand("People’s Courts").get(0).term());
    }

    @Test
    void variantsAreTheOtherTermsOfTheSameLanguage() {
        Expansion simplified = SHIPPED.expand("专利侵权").get(0);
        assertEquals(List.of("專利侵權"), simplified.variants());
        Expansion traditional = SHIPPED.expand("專利侵權").get(0);
        assertEquals(List.of("专利侵权"), traditional.variants());
        Expansion english = SHIPPED.expand("trade-mark").get(0);
        assertEquals(List.of("trademark"), english.variants()); // "trade mark" is the same words as typed
        assertEquals("zh", simplified.lang());
        assertEquals("en", english.lang());
    }

    @Test
    void expandsEachQueryPartOnItsOwn() {
        List<Expansion> parts = SHIPPED.expand(List.of("越南", "商标 抢注", "trade", "mark"));
        assertEquals(List.of("0:越南", "1:商标 抢注"), parts.stream().map(e -> e.part() + ":" + e.matched()).toList());
        Expansion squatting = parts.get(1);
        assertEquals("商标抢注", squatting.term());
        assertEquals(0, squatting.start());
        assertEquals(5, squatting.end());
    }

    @Test
    void aChineseTermIsFoundAcrossSpacesOnlyWhenItCoversWholeWords() {
        assertEquals(List.of("专利 无效", "权利要求 解释"), matched(SHIPPED.expand("专利 无效 权利要求 解释")));
        assertEquals(List.of("patent invalidation"), SHIPPED.expand("专利  无效").get(0).translations().subList(0, 1));
        // 外观设计侵权 would start inside 注册外观设计; 专利侵权 would end inside 侵权诉讼, 专利侵权诉讼 covers both words
        assertEquals(List.of("外观设计", "侵权"), matched(SHIPPED.expand("注册外观设计 侵权")));
        assertEquals(List.of("专利 侵权诉讼"), matched(SHIPPED.expand("专利 侵权诉讼")));
        assertEquals(List.of("专利侵权", "诉讼"), matched(SHIPPED.expand("专利侵权 诉讼x")));
        assertEquals(List.of("商标", "patent"), matched(SHIPPED.expand("商标 patent")));
    }

    @Test
    void describeSaysWhichExpansionWasUsed() {
        assertEquals("Tokyo → 东京 | 東京".replace(" | ", ", "), SHIPPED.expand("Tokyo").get(0).describe());
    }

    @Test
    void looksUpATermInEitherLanguageOrScript() {
        assertEquals(Optional.of("专利"), SHIPPED.lookup("專利").map(Entry::key));
        assertEquals(Optional.of("专利"), SHIPPED.lookup("Patents").map(Entry::key));
        assertEquals(Optional.of("东盟"), SHIPPED.lookup("ＡＳＥＡＮ").map(Entry::key));
        assertEquals(Optional.of("商标"), SHIPPED.lookup(" Trade-Mark ").map(Entry::key));
        assertEquals(Optional.empty(), SHIPPED.lookup("custom"));
        assertEquals(Optional.empty(), SHIPPED.lookup("商标抢")); // a prefix of a term is not a term
        assertEquals(Optional.empty(), SHIPPED.lookup("patent infringement Thailand")); // two terms are not one
    }

    // ---- the shipped file

    @Test
    void shippedGlossaryHasNoBadLines() {
        assertEquals(List.of(), SHIPPED.problems());
    }

    @Test
    void shippedGlossaryHasSeveralHundredTermsAndEveryAseanCountry() {
        Map<Entry.Type, Integer> byType = new EnumMap<>(Entry.Type.class);
        SHIPPED.entries().forEach(e -> byType.merge(e.type(), 1, Integer::sum));
        int ipTerms = byType.getOrDefault(Entry.Type.TERM, 0) + byType.getOrDefault(Entry.Type.PROCEDURE, 0);
        assertTrue(ipTerms >= 400, "IP terms and procedures: " + byType);
        assertTrue(SHIPPED.entries().size() >= 700, "entries: " + byType);
        Set<String> countries = SHIPPED.entries().stream()
                .filter(e -> e.type() == Entry.Type.COUNTRY)
                .map(Entry::country)
                .collect(Collectors.toSet());
        assertTrue(countries.containsAll(Countries.ASEAN), "countries: " + countries);
        for (String code : Countries.ASEAN) {
            assertTrue(SHIPPED.entries().stream().anyMatch(e -> e.type() == Entry.Type.CAPITAL && e.country().equals(code)
                    || code.equals("SG") && e.type() == Entry.Type.COUNTRY && e.country().equals("SG")),
                    "no capital for " + code);
        }
    }

    @Test
    void everyShippedEntryIsWellFormed() {
        Set<String> sources = Set.of("cedict", "country-list", "curated");
        for (Entry e : SHIPPED.entries()) {
            String where = e.origin() + " " + e.key();
            assertFalse(e.zh().isEmpty(), where);
            assertFalse(e.en().isEmpty(), where);
            Stream.of(e.zh(), e.zhHant(), e.en()).flatMap(List::stream).forEach(t -> {
                assertFalse(t.isBlank(), where);
                assertEquals(t.strip(), t, where);
            });
            assertTrue(sources.contains(e.source()), where + " source " + e.source());
            assertTrue(e.country().isEmpty() || Countries.isValid(e.country()), where + " country " + e.country());
            List<String> folded = e.zh().stream().map(ChineseFolding::fold).toList();
            for (String hant : e.zhHant()) {
                // a Traditional form is one of the zh terms in other characters, nothing else
                assertTrue(folded.contains(ChineseFolding.fold(hant)), where + " zh_hant " + hant);
                assertFalse(e.zh().contains(hant), where + " zh_hant " + hant + " equals a zh term");
            }
        }
    }

    @Test
    void everyShippedTermBelongsToOneEntry() {
        Map<String, String> zh = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Entry e : SHIPPED.entries()) {
            assertEquals(null, keys.put(e.key(), e.origin()), "key " + e.key());
            for (String t : e.zh()) {
                String other = zh.put(TermText.fold(t), e.origin());
                assertTrue(other == null, "zh " + t + " at " + e.origin() + " and " + other);
            }
            for (String t : Set.copyOf(e.en().stream().map(TermText::wordKey).toList())) {
                String other = en.put(t, e.origin());
                assertTrue(other == null, "en " + t + " at " + e.origin() + " and " + other);
            }
        }
    }

    // ---- the editor's file

    private static void copyFixture(Path target) throws IOException {
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/fixtures/glossary/editor-glossary.tsv")) {
            Files.write(target, in.readAllBytes());
        }
    }

    @Test
    void editorFileAddsReplacesAndRemovesEntries(@TempDir Path data) throws IOException {
        copyFixture(data.resolve(Glossary.EDITOR_FILE));
        Glossary g = Glossary.load(data);
        assertEquals("猫山王 [猫山王] → Musang King | Musang King durian", show(g.expand("猫山王")));
        assertEquals("Musang King [Musang King] → 猫山王榴莲 | 猫山王 | 貓山王榴蓮 | 貓山王", show(g.expand("Musang King")));
        assertEquals("商标抢注 [商标抢注] → trademark squatting | trademark grabbing", show(g.expand("商标抢注")));
        assertEquals("editor", g.lookup("商标抢注").orElseThrow().source());
        assertEquals("glossary.tsv:6", g.lookup("Musang King").orElseThrow().origin());
        assertEquals(Glossary.SHIPPED_FILE, g.lookup("patent").orElseThrow().file());
        // the editor's 维权 line takes the term from the shipped entry whose key it is
        assertEquals("海外维权服务", g.lookup("维权").orElseThrow().key());
        assertEquals(List.of(), g.expand("东京")); // removed
        assertEquals(Optional.empty(), g.lookup("Tokyo"));
        // new: lines 6 and 7, and what lines 17, 18 and 22 kept; line 9 replaces; line 11 removes one
        assertEquals(SHIPPED.entries().size() + 5 - 1, g.entries().size());
        assertEquals(Optional.of(data.resolve(Glossary.EDITOR_FILE)), g.editorFile());
    }

    @Test
    void badEditorLinesAreReportedWithTheirLineNumberAndSkipped(@TempDir Path data) throws IOException {
        copyFixture(data.resolve(Glossary.EDITOR_FILE));
        Glossary g = Glossary.load(data);
        assertEquals("""
                glossary.tsv:14: expected at least 4 tab-separated columns (type, zh, zh_hant, en), found 1 \
                (are the tabs typed as spaces?); line skipped
                glossary.tsv:15: type must be one of: term, procedure, law, treaty, organisation, office, court, country, \
                region, capital, city (got "kind"); line skipped
                glossary.tsv:16: zh term "专" is a single character, too ambiguous to look for inside a query; ignored
                glossary.tsv:16: no usable zh term; line skipped
                glossary.tsv:17: zh_hant form "商標" is not one of the zh terms in Traditional characters (it reads 商标 in \
                Simplified); ignored
                glossary.tsv:17: country must be an ISO 3166-1 alpha-2 code such as VN, or EU or WO (got "XX"); country left \
                empty
                glossary.tsv:18: empty term in column zh (two | in a row, or one at an end); ignored
                glossary.tsv:19: en term "品牌 protection" has Chinese characters in it (is it in the wrong column?); ignored
                glossary.tsv:19: no usable en term; line skipped
                glossary.tsv:20: the key 猫山王榴莲 (the first zh term) is already the key of line 6; line skipped
                glossary.tsv:21: nothing to remove: no shipped entry has the key 火星城
                glossary.tsv:22: zh term "外包装" is also a term of line 18; a term belongs to one entry, so a query finds line \
                18's
                glossary.tsv:22: en term "Musang King" is also a term of line 6; a term belongs to one entry, so a query finds \
                line 6's""",
                g.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        // what the bad lines left usable is still there
        assertEquals(Optional.of("榴莲"), g.lookup("durian").map(Entry::key));
        assertEquals("", g.lookup("durian").orElseThrow().country());
        assertEquals(Optional.of("包装设计"), g.lookup("外包装").map(Entry::key));
        assertEquals(Optional.of("外包装"), g.lookup("outer packaging").map(Entry::key));
        assertEquals(Optional.of("猫山王榴莲"), g.lookup("Musang King").map(Entry::key));
    }

    @Test
    void reloadsTheEditorFileWhenItChanges(@TempDir Path data) throws IOException {
        Path file = data.resolve(Glossary.EDITOR_FILE);
        Glossary g = Glossary.load(data);
        assertFalse(g.reloadIfChanged()); // no file, nothing to do
        assertEquals(List.of(), g.expand("猫山王"));

        Files.writeString(file, "term\t猫山王\t貓山王\tMusang King\tMY\n", StandardCharsets.UTF_8);
        assertTrue(g.reloadIfChanged());
        assertEquals("猫山王 [猫山王] → Musang King", show(g.expand("猫山王")));
        assertFalse(g.reloadIfChanged()); // unchanged since

        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "term\t猫山王\t貓山王\tMusang King durian\tMY\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000)); // a coarse clock's next tick
        assertTrue(g.reloadIfChanged());
        assertEquals("猫山王 [猫山王] → Musang King durian", show(g.expand("猫山王")));

        Files.delete(file);
        assertTrue(g.reloadIfChanged());
        assertEquals(List.of(), g.expand("猫山王"));
        assertEquals(SHIPPED.entries().size(), g.entries().size());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedLineByLine(@TempDir Path data) throws IOException {
        byte[] gbk = "term\t榴莲\t\tdurian\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] good = "term\t猫山王\t\tMusang King\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[good.length + gbk.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(gbk, 0, both, good.length, gbk.length);
        Files.write(data.resolve(Glossary.EDITOR_FILE), both);
        Glossary g = Glossary.load(data);
        assertEquals(List.of("glossary.tsv:2: not valid UTF-8 (save the file as UTF-8); line skipped"),
                g.problems().stream().map(Problem::toString).toList());
        assertNotEquals(Optional.empty(), g.lookup("Musang King"));
    }

    private static List<String> matched(List<Expansion> expansions) {
        return expansions.stream().map(Expansion::matched).toList();
    }
}
