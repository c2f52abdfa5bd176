package org.ipradar.risk;

import static org.ipradar.risk.ReportFixtures.CASES;
import static org.ipradar.risk.ReportFixtures.FIRM;
import static org.ipradar.risk.ReportFixtures.LAW;
import static org.ipradar.risk.ReportFixtures.LIST;
import static org.ipradar.risk.ReportFixtures.MARKETS;
import static org.ipradar.risk.ReportFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDrafterTest {
    @Test
    void fourPartsInOrderWithTheirCitations() {
        List<ReportPart> parts = ReportDrafter.draft(FIRM, MARKETS, LIST, LAW, CASES, TODAY);
        assertEquals(ReportPart.KEYS, parts.stream().map(ReportPart::key).toList());
        assertEquals(List.of("一、企业基本情况", "二、目标市场知识产权法律与政策环境", "三、产品侵权风险诊断", "四、应对措施建议"),
                parts.stream().map(ReportPart::title).toList());
        assertEquals(LAW, parts.get(1).citations());
        assertEquals(CASES, parts.get(2).citations());
    }

    @Test
    void profileListsProductsFeaturesAndWhatIsMissing() {
        String p = ReportDrafter.profile(FIRM);
        assertTrue(p.startsWith("**企业名称**：南宁某新材料有限公司\n\n**所属行业**：新材料\n\n**目标市场**：越南（VN）、美国（US）"), p);
        assertTrue(p.contains("#### 锂电池隔膜\n\n聚烯烃基膜表面涂覆陶瓷层的锂电池隔膜\n\n关键技术特征：\n\n- 陶瓷涂层\n- 聚烯烃基膜\n"), p);
        assertTrue(p.endsWith("- 专利：CN112345678B\n- 商标：（未登记）"), p);
    }

    @Test
    void environmentCitesSourcesAndFlagsFactsForReview() {
        String e = ReportDrafter.environment(MARKETS, LAW);
        assertTrue(e.contains("- 越南国家知识产权局（IP Viet Nam）受理专利和商标申请。（来源：[IP Viet Nam](https://ipvietnam.gov.vn)；"
                + "核实日期 2026-10-01）\n"), e);
        assertTrue(e.contains("- 实用新型（实用解决方案）保护期 10 年。（来源：WIPO Lex；核实日期 2026-10-01；**待复核**）"), e);
        assertTrue(e.contains("### 美国（US）\n\n知识库中尚无该市场的国别概况，请咨询人员补充。"), e);
        assertTrue(e.endsWith("- [越南修订知识产权法](https://example.org/vn-law)，IP Viet Nam，2026-06-01"), e);
    }

    @Test
    void diagnosisCountsWhatTheConsultantKept() {
        String d = ReportDrafter.diagnosis(FIRM, LIST, CASES, TODAY);
        assertTrue(d.contains("共列出 4 件，经咨询人员复核排除 1 件。纳入诊断的 3 件中：高风险 1 件，中风险 1 件，低风险 1 件（判断日期 2026-11-24）。"),
                d);
        // High before medium; the excluded high-risk row and the low one are not among the key patents.
        assertTrue(d.contains("- **US9876543B2**（高风险）Separator 1；权利人：Acme Energy Inc.；法律状态：有效；"
                + "预计到期日：2028-03-01（估算）。rule 1\n- **VN1-2020-01234**（中风险）Separator 2；权利人：Beta Cells Ltd；"
                + "法律状态：审中。rule 2\n"), d);
        assertFalse(d.contains("US7000001B2"), d);
        assertFalse(d.contains("US8000001B1"), d);
        assertTrue(d.contains("已知竞争对手持有列表中的专利：Acme Energy（2 件）。"), d);
    }

    @Test
    void diagnosisWithoutAListSaysSo() {
        String d = ReportDrafter.diagnosis(FIRM, null, List.of(), TODAY);
        assertTrue(d.startsWith("尚未编制风险专利列表。"), d);
        assertTrue(d.endsWith("知识库中暂无与目标市场和产品相关的案例。"), d);
    }

    @Test
    void countermeasuresFollowTheirRules() {
        String c = ReportDrafter.countermeasures(FIRM, MARKETS, LIST, TODAY);
        assertTrue(c.startsWith("1. **高风险专利（1 件）**"), c);
        assertTrue(c.contains("2. **审查中的专利申请（1 件中高风险）**"), c);
        assertTrue(c.contains("3. **近期到期的专利**：US9876543B2（2028-03-01，估算） 预计在 3 年内到期"), c);
        assertTrue(c.contains("4. **竞争对手**：Acme Energy（2 件）"), c);
        assertTrue(c.contains("5. **商标**：企业档案中未登记任何商标，在进入越南（VN）、美国（US）前"), c);
        assertTrue(c.contains("**电商平台**：在东盟市场"), c);
        assertTrue(c.endsWith("*" + ReportDrafter.NOTICE + "*"), c);

        String none = ReportDrafter.countermeasures(FIRM, List.of(new MarketFacts("US", "美国", List.of())), null,
                TODAY);
        assertTrue(none.startsWith("1. **商标**"), none);
        assertFalse(none.contains("电商平台"), "no ASEAN market: " + none);
    }

    @Test
    void chartCountsLeaveOutRowsMarkedNotRelevant() {
        assertEquals(Map.of("Acme Energy Inc.", 2, "Beta Cells Ltd", 1), ReportDrafter.byAssignee(LIST, 8));
        assertEquals(List.of("Acme Energy Inc.", "其他"), List.copyOf(ReportDrafter.byAssignee(LIST, 1).keySet()));
        assertEquals(List.of("US", "VN"), List.copyOf(ReportDrafter.byJurisdiction(LIST).keySet()));
        assertEquals(List.of("2008", "2015", "2020"), List.copyOf(ReportDrafter.byYear(LIST).keySet()));
    }

    @Test
    void userTextCannotBreakTheMarkdown() {
        assertEquals("\\*\\*不是粗体\\*\\* \\[链接\\](x) \\<script\\> \\#1", ReportDrafter.md("**不是粗体** [链接](x) <script> #1"));
        assertEquals("两行 合一", ReportDrafter.md("两行\n  合一"));
    }
}
