package org.ipradar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the tagger says about short titles and texts: exact tags, including the traps it has to avoid. */
class TaggerTest {
    private static final Tagger TAGGER = Tagger.standard();

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }

    private static Tags tag(String title, String text, String lang) {
        return TAGGER.tag(title, text == null ? "" : text, lang, Tagger.Defaults.none());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                  | lang    | countries
            越南商标抢注案件增多                                       | zh      | VN
            泰國法院判決中國機車零件出口商專利侵權成立                     | zh-Hant | CN;TH
            Việt Nam siết chặt bảo hộ nhãn hiệu                        | vi      | VN
            ประเทศไทยแก้ไขกฎหมายสิทธิบัตร                                 | th      | TH
            Malaysia dan Singapura menandatangani perjanjian           | ms      | MY;SG
            Kampuchea and Myanmar join the patent cooperation treaty   | en      | KH;MM
            ສປປ ລາວ ແລະ ປະເທດໄທ                                          | lo      | LA
            Brunei Darussalam publishes trade mark journal             | en      | BN
            Filipino designers win in the Philippines                  | en      | PH
            印尼和印度签署合作协议                                       | zh      | ID;IN
            印度尼西亚海关扣留假冒商品                                   | zh      | ID
            印度洋航运受阻                                              | zh      |
            South China Sea shipping delays hit filings                | en      |
            Indiana court rules on seed patent                         | en      |
            Michael Jordan wins trade mark fight in China              | en      | CN
            Georgia and Chad sign a trade pact                         | en      |
            Tell us about your trade mark                              | en      |
            US court upholds patent                                    | en      | US
            Prices quoted in US$ for Asian buyers                      | en      |
            其中美国企业的申请量下降                                      | zh      | US
            判决中国企业胜诉                                             | zh      | CN
            中美专利合作进入新阶段                                        | zh      | CN;US
            中老铁路沿线知识产权服务站揭牌                                 | zh      | CN;LA
            泰山景区商标被抢注                                            | zh      |
            美国人在新加坡申请商标                                        | zh      | SG;US
            中国香港与中国澳门的商标制度                                   | zh      | HK;MO
            North Korea and South Korea                                | en      | KR
            Lao PDR joins the Madrid Protocol                           | en      | LA
            Laos joins the Madrid Protocol                              | en      | LA
            Thai Binh province opens IP centre                          | en      |
            Pháp luật về sở hữu trí tuệ của Việt Nam                    | vi      | VN
            """)
    void countriesFromTitles(String title, String lang, String countries) {
        assertEquals(list(countries), tag(title, "", lang).countries());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                    | ipTypes
            Passing off claim over tea packaging succeeds                | unfair_competition
            Former employee liable for breach of confidence              | trade_secret
            Misuse of confidential information by a former director      | trade_secret
            外观设计专利侵权纠纷                                           | design
            发明专利和实用新型的区别                                        | patent
            商标与著作权的交叉保护                                          | copyright;trademark
            反不正当竞争法修订                                             | unfair_competition
            侵犯商業秘密罪                                                 | trade_secret
            Customs detains counterfeit shoes                            | customs;trademark
            Thai jasmine rice gets geographical indication in the EU     | geographical_indication
            Registered design or copyright for furniture?                | copyright;design
            Patently absurd claims about the new phone                   |
            Bảo hộ chỉ dẫn địa lý cho cà phê Buôn Ma Thuột                  | geographical_indication
            การละเมิดลิขสิทธิ์ออนไลน์                                      | copyright
            Pendaftaran merek di Indonesia                               | trademark
            Hak cipta dan paten                                          | copyright;patent
            """)
    void ipTypesFromTitles(String title, String ipTypes) {
        assertEquals(list(ipTypes), tag(title, "", null).ipTypes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                       | industries
            Carbon fibre maker sues rival over trade secrets                | new_materials
            Smartphone maker wins chip patent case                          | electronics
            疫苗专利纠纷                                                    | biomedicine
            光伏企业在欧盟遭遇专利诉讼                                       | energy
            Coffee chain loses trade mark fight                             | food
            纺织服装企业海外维权                                             | textiles
            Potato chips brand in passing off dispute                       | food
            Patent office publishes annual report                           |
            """)
    void industriesFromTitles(String title, String industries) {
        assertEquals(list(industries), tag(title, "", null).industries());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                            | kind
            Apple Inc v Samsung Electronics Co Ltd                               | case
            Lifestyle 1.99 Pte Ltd v. S$1.99 Pte Ltd                             | case
            Court of Appeal dismisses appeal in copyright dispute                 | case
            [2018] SGHC 99                                                       | case
            某奶茶品牌诉同行不正当竞争纠纷案                                        | case
            泰国法院受理一宗专利侵权诉讼                                           | case
            Vietnam amends its IP Law                                            | law
            中华人民共和国专利法                                                  | law
            最高人民法院关于审理商标案件有关管辖和法律适用范围问题的解释               | law
            Trade Marks (Amendment) Act 2019                                      | law
            New decree on administrative penalties takes effect                    | law
            How to file a trade mark in Vietnam                                   | guide
            如何在泰国申请商标                                                    | guide
            泰国专利申请实务要点：如何应对实质审查意见                                | guide
            Patent filings rise in Southeast Asia                                  | news
            中国企业海外维权的五种方法                                              | news
            加强知识产权执法                                                       | news
            """)
    void kindFromTitles(String title, String kind) {
        assertEquals(kind, tag(title, "", null).kind());
    }

    @Test
    void judgmentHeaderInTheOpeningMakesACase() {
        String text = "**Case Number** : Suit No 12 of 2017\n**Decision Date** : 1 March 2018\n**Coram** : Lee J\n";
        assertEquals("case", tag("Acme Pte Ltd and another", text, "en").kind());
    }

    @Test
    void aCourtMentionedDeepInANewsStoryLeavesItNews() {
        String text = "Filings from Chinese applicants rose by a third this year, the office said in its annual"
                + " report.\n" + "Filler sentence about examination backlogs and fees. ".repeat(30)
                + "A court judgment last year was cited by the office.";
        assertEquals("news", tag("Patent filings rise", text, "en").kind());
    }

    @Test
    void countryMentionedOnceInPassingInALongTextIsLeftOut() {
        String text = "The office published its annual figures on Monday, with filings up 12 per cent.\n"
                + "Examiners cleared the backlog of older applications. ".repeat(40)
                + "One applicant from Vietnam was mentioned.\n"
                + "Renewal fees will stay the same next year. ".repeat(20);
        assertEquals(List.of(), tag("Trade mark filings rise", text, "en").countries());
    }

    @Test
    void countryMentionedTwiceInTheTextIsKept() {
        String text = "The office published its annual figures on Monday, with filings up 12 per cent.\n"
                + "Applicants from Vietnam filed the most new marks. Vietnam also led in renewals.";
        assertEquals(List.of("VN"), tag("Trade mark filings rise", text, "en").countries());
    }

    @Test
    void oneMentionInTheLeadIsEnoughForAnIpTypeButNotForACountry() {
        // A short summary names the right at issue once; a country named once there is often a party's nationality.
        Tags t = tag("Office warns about fake invoices", "Letters demanding fees for trade mark renewals were sent"
                + " to a US company and others; the office did not send them.", "en");
        assertEquals(List.of("trademark"), t.ipTypes());
        assertEquals(List.of(), t.countries());
    }

    @Test
    void passingOffIsUnfairCompetitionNotTrademark() {
        Tags t = tag("Bakery chain wins passing off action",
                "The court found that the defendant passed off its cakes as the plaintiff's, relying on goodwill in"
                        + " the pink packaging.", "en");
        assertEquals(List.of("unfair_competition"), t.ipTypes());
    }

    @Test
    void dominantIpTypeKeepsMinorOneOut() {
        // A trade mark judgment that mentions copyright once: the share of the best score keeps copyright out.
        String text = "The plaintiff's trade mark was registered in 2001. ".repeat(20)
                + "Copyright in the logo was not pleaded.\n";
        assertEquals(List.of("trademark"), tag("Acme v Bolt", text, "en").ipTypes());
    }

    @Test
    void sourceDefaultsAreMerged() {
        Tagger.Defaults sg = new Tagger.Defaults(List.of("SG"), "case");
        Tags unclear = TAGGER.tag("Patent office refuses application", "", "en", sg);
        assertEquals(new Tags(List.of("SG"), List.of("patent"), List.of(), "case"), unclear);
        Tags clear = TAGGER.tag("How to file a patent in Vietnam", "", "en", sg);
        assertEquals(new Tags(List.of("SG", "VN"), List.of("patent"), List.of(), "guide"), clear);
        assertEquals("news", TAGGER.tag("Patent office refuses application", "", "en", Tagger.Defaults.none()).kind());
    }

    @Test
    void wholeDocumentTagsAreExact() {
        Tags t = tag("Thailand: patent infringement suit filed against Chinese e-bike maker as customs detains"
                        + " shipment",
                "A Thai distributor has sued the manufacturer in the Central IP and International Trade Court, and"
                        + " Thai customs detained 300 e-bikes at Laem Chabang pending the outcome.", "en");
        assertEquals(new Tags(List.of("CN", "TH"), List.of("customs", "patent"), List.of("high_end_equipment"),
                "case"), t);
    }

    @Test
    void emptyInputGivesNoTagsAndTheDefaultKind() {
        assertEquals(new Tags(List.of(), List.of(), List.of(), "news"), tag("", "", null));
        assertEquals(new Tags(List.of(), List.of(), List.of(), "news"),
                TAGGER.tag(null, null, null, Tagger.Defaults.none()));
    }

    @Test
    void defaultsRejectUnknownCodesAndKinds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Tagger.Defaults(List.of("XX"), null));
        assertEquals("must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO (got \"XX\")", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Tagger.Defaults(List.of(), "blog"));
        assertEquals("must be one of: news, case, law, guide, bulletin (got \"blog\")", e.getMessage());
    }
}
