package org.ipradar.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A risk-warning report as laid out for DOCX and PDF: the title page's lines, the four parts, and the charts that
 * go into the diagnosis.
 *
 * @param firm the firm's name
 * @param markets the target markets in words, as in 越南（VN）、美国（US）
 * @param versionLine the version and date line, as in 第 2 版 · 2026-11-24
 * @param publisher who issues it
 * @param parts the four parts
 * @param charts the charts, in order
 */
public record ReportEdition(
        String firm, String markets, String versionLine, String publisher, List<ReportPart> parts,
        List<Chart> charts) {
    /** The report's title. */
    public static final String TITLE = "风险预警提示报告";
    /** The heading above the charts. */
    public static final String CHARTS = "风险专利分布";

    /**
     * A chart image.
     *
     * @param caption its caption, as in 图 1 风险专利按权利人分布
     * @param png the PNG bytes
     */
    public record Chart(String caption, byte[] png) {}

    /** Copies the lists. */
    public ReportEdition {
        parts = List.copyOf(parts);
        charts = List.copyOf(charts);
    }

    /** The three charts of a risk list (by assignee, jurisdiction, filing year), or none when it has no rows. */
    public static List<Chart> charts(RiskListBody list) {
        if (list == null || ReportDrafter.kept(list).isEmpty()) {
            return List.of();
        }
        List<Chart> out = new ArrayList<>();
        add(out, "风险专利按权利人分布", ReportDrafter.byAssignee(list, 8));
        add(out, "风险专利按法域分布", ReportDrafter.byJurisdiction(list));
        add(out, "风险专利按申请年份分布", ReportDrafter.byYear(list));
        return out;
    }

    private static void add(List<Chart> out, String title, Map<String, Integer> counts) {
        String caption = "图 " + (out.size() + 1) + " " + title;
        out.add(new Chart(caption, Charts.bars(title, "专利数量（件）", counts, 900, 480)));
    }
}
