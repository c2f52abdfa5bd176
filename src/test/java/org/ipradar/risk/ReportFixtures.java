package org.ipradar.risk;

import java.time.LocalDate;
import java.util.List;

/** A small firm, two markets and a risk list, written for the report tests. */
final class ReportFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static final FirmFacts FIRM = new FirmFacts("南宁某新材料有限公司", "新材料",
            List.of(new FirmFacts.Product("锂电池隔膜", "聚烯烃基膜表面涂覆陶瓷层的锂电池隔膜",
                    List.of("陶瓷涂层", "聚烯烃基膜"), List.of("3921.90"))),
            List.of("VN", "US"), List.of("Acme Energy"), List.of("CN112345678B"), List.of());

    static final List<MarketFacts> MARKETS = List.of(
            new MarketFacts("VN", "越南", List.of(new MarketFacts.Section("知识产权机构", List.of(
                    new MarketFacts.Fact("越南国家知识产权局（IP Viet Nam）受理专利和商标申请。", "IP Viet Nam",
                            "https://ipvietnam.gov.vn", "2026-10-01", false),
                    new MarketFacts.Fact("实用新型（实用解决方案）保护期 10 年。", "WIPO Lex", "", "2026-10-01", true))))),
            new MarketFacts("US", "美国", List.of()));

    static RiskRow row(int rank, String id, String jur, String assignee, String status, LocalDate expiry,
            boolean estimated, RiskLevel risk, Boolean relevant, int filingYear) {
        return new RiskRow(rank, id, jur, "Separator " + rank, List.of(assignee), LocalDate.of(filingYear, 5, 1),
                LocalDate.of(filingYear + 2, 1, 1), status, expiry, estimated, List.of("H01M 50/446"), risk,
                "rule " + rank, "1. A separator", relevant, "");
    }

    static final RiskListBody LIST = new RiskListBody(
            new RiskRequest("锂电池隔膜", "聚烯烃基膜表面涂覆陶瓷层", List.of("陶瓷涂层", "聚烯烃基膜"), List.of("VN", "US"),
                    List.of("H01M 50/446"), false),
            List.of(row(1, "US9876543B2", "US", "Acme Energy Inc.", "in_force", LocalDate.of(2028, 3, 1), true,
                            RiskLevel.HIGH, true, 2008),
                    row(2, "VN1-2020-01234", "VN", "Beta Cells Ltd", "pending", null, false, RiskLevel.MEDIUM, null,
                            2020),
                    row(3, "US8000001B1", "US", "Acme Energy Inc.", "in_force", LocalDate.of(2035, 1, 1), false,
                            RiskLevel.LOW, null, 2015),
                    row(4, "US7000001B2", "US", "Gamma Corp", "in_force", LocalDate.of(2030, 1, 1), false,
                            RiskLevel.HIGH, false, 2010)),
            "2026-11-24");

    static final List<Citation> LAW = List.of(new Citation("d1", "越南修订知识产权法", "https://example.org/vn-law",
            "IP Viet Nam", "2026-06-01"));
    static final List<Citation> CASES = List.of(new Citation("d2", "Separator patent case (Vietnam)",
            "https://example.org/case", "Asia IP", "2026-03-12"));

    private ReportFixtures() {}
}
