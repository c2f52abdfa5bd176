package org.ipradar.risk;

import static org.ipradar.risk.ReportFixtures.CASES;
import static org.ipradar.risk.ReportFixtures.FIRM;
import static org.ipradar.risk.ReportFixtures.LAW;
import static org.ipradar.risk.ReportFixtures.LIST;
import static org.ipradar.risk.ReportFixtures.MARKETS;
import static org.ipradar.risk.ReportFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.ipradar.office.CjkFonts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReportFilesTest {
    private static ReportEdition edition() {
        return new ReportEdition(FIRM.name(), "越南（VN）、美国（US）", "第 2 版 · 2026-11-24", "ipradar 海外知识产权风险预警知识库",
                ReportDrafter.draft(FIRM, MARKETS, LIST, LAW, CASES, TODAY), ReportEdition.charts(LIST));
    }

    @Test
    void threeChartsFromTheKeptRows() {
        assertEquals(List.of("图 1 风险专利按权利人分布", "图 2 风险专利按法域分布", "图 3 风险专利按申请年份分布"),
                edition().charts().stream().map(ReportEdition.Chart::caption).toList());
        assertEquals(List.of(), ReportEdition.charts(null));
    }

    @Test
    void theDocxHasTitlePagePartsChartsAndNotice() throws Exception {
        byte[] docx = ReportDocx.write(edition());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank())
                    .toList();
            assertEquals(List.of("风险预警提示报告", "南宁某新材料有限公司", "目标市场：越南（VN）、美国（US）",
                    "ipradar 海外知识产权风险预警知识库", "第 2 版 · 2026-11-24"), texts.subList(0, 5));
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("一、企业基本情况", "二、目标市场知识产权法律与政策环境", "三、产品侵权风险诊断", "四、应对措施建议"),
                    headings);
            assertEquals(3, doc.getAllPictures().size());
            assertTrue(texts.contains("图 1 风险专利按权利人分布"), texts.toString());
            assertTrue(texts.contains("• 陶瓷涂层"), texts.toString());
            assertTrue(texts.getLast().startsWith("声明：本报告根据企业提供的信息"), texts.getLast());
            // The charts follow the diagnosis' first paragraph.
            int diagnosis = texts.indexOf("三、产品侵权风险诊断");
            assertTrue(texts.get(diagnosis + 1).startsWith("以产品“锂电池隔膜”"), texts.get(diagnosis + 1));
            assertEquals("图 1 风险专利按权利人分布", texts.get(diagnosis + 2));
            // A link from the Markdown stays a link.
            assertTrue(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .anyMatch(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun h
                            && "https://example.org/case".equals(h.getHyperlink(doc).getURL())));
        }
    }

    @Test
    void thePdfHasTheTextInOrderAndTheCharts() throws Exception {
        Assumptions.assumeTrue(CjkFonts.find(CjkFonts.REGULAR, CjkFonts.BOLD).isPresent(),
                "no CJK font installed; apt-get install fonts-noto-cjk");
        byte[] pdf = ReportPdf.standard().write(edition());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace("\r", "");
            int last = -1;
            for (String expected : List.of("风险预警提示报告", "南宁某新材料有限公司", "一、企业基本情况", "陶瓷涂层",
                    "二、目标市场知识产权法律与政策环境", "待复核", "三、产品侵权风险诊断", "图 1 风险专利按权利人分布",
                    "US9876543B2", "四、应对措施建议", "声明：")) {
                int at = text.indexOf(expected, last + 1);
                assertTrue(at > last, expected + " after position " + last + " in:\n" + text);
                last = at;
            }
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                        images.add(img);
                    }
                }
            }
            assertEquals(3, images.size());
        }
    }

    @Test
    void withoutAFontThePdfSaysWhatToInstall() {
        ReportPdf none = new ReportPdf(List.of(java.nio.file.Path.of("/nonexistent/font.ttc")), List.of());
        org.ipradar.desk.DeskException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.ipradar.desk.DeskException.class, () -> none.write(edition()));
        assertEquals("pdf_font_missing", e.code());
        assertTrue(e.getMessage().contains("apt-get install fonts-noto-cjk"), e.getMessage());
    }
}
