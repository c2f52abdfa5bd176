package org.ipradar.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ipradar.desk.DeskException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The edition's text, and the DOCX, PDF and Atom read back with POI, PDFBox and ROME. */
class OutputsTest {
    static final Map<String, String> NAMES = Map.of("wipo", "WIPO 新闻", "desk", "ipradar 编辑部");

    static Bulletin bulletin() {
        return new Bulletin(7, "2026Q3", Bulletin.PUBLISHED, 3, "海外知识产权信息季度简报（2026年第三季度）",
                "本期关注**越南**商标抢注。\n\n第二段导语。",
                List.of(new BulletinItem("a1", "越南商标抢注案件提醒", "https://example.org/a1", "wipo", "zh", "case",
                                List.of("VN"), List.of("trademark"), Instant.parse("2026-07-10T00:00:00Z"),
                                "某企业在越南遭遇商标抢注。企业应尽早申请。"),
                        new BulletinItem("desk-1", "Thai customs <script>alert(1)</script> guide", "javascript:alert(1)",
                                "desk", "en", "guide", List.of("TH", "EU"), List.of(), null,
                                "Record your marks with customs.\nThen watch the border.")),
                9, "li", Instant.parse("2026-10-01T01:00:00Z"), "li", Instant.parse("2026-10-05T02:00:00Z"),
                Instant.parse("2026-10-05T02:00:00Z"), "li", null);
    }

    static final String TEXT = """
            海外知识产权信息季度简报
            2026年第三季度
            ipradar 海外知识产权风险预警知识库
            发布日期：2026-10-05

            目　录
            导　语
            1. 越南商标抢注案件提醒
            2. Thai customs <script>alert(1)</script> guide

            导　语
            本期关注越南商标抢注。
            第二段导语。

            1. 越南商标抢注案件提醒
            来源：WIPO 新闻 ｜ 发布日期：2026-07-10 ｜ 国家/地区：越南 ｜ 类型：案例 ｜ 知识产权：商标
            某企业在越南遭遇商标抢注。企业应尽早申请。
            原文链接：https://example.org/a1

            2. Thai customs <script>alert(1)</script> guide
            来源：ipradar 编辑部 ｜ 发布日期：不详 ｜ 国家/地区：泰国、欧盟 ｜ 类型：指南
            Record your marks with customs.
            Then watch the border.
            """;

    static Edition edition() {
        return Edition.of(bulletin(), id -> NAMES.getOrDefault(id, id));
    }

    @Test
    void theEditionReadsInOrderAndDropsUnsafeLinks() {
        assertEquals(TEXT, edition().text());
        assertEquals("海外知识产权信息季度简报-2026Q3-7.pdf", Edition.fileName(bulletin(), "pdf"));
        assertEquals("ipradar-bulletin-2026Q3-7.docx", Edition.asciiFileName(bulletin(), "docx"));
    }

    @Test
    void theDocxHasTheEditionsTextInOrder() throws Exception {
        byte[] docx = BulletinDocx.write(edition());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertEquals(nonBlankLines(TEXT), nonBlankLines(x.getText()));
            assertEquals("海外知识产权信息季度简报 2026年第三季度", doc.getProperties().getCoreProperties().getTitle());
            long headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).count();
            assertEquals(4, headings, "contents, introduction and two articles are headings");
        }
    }

    @Test
    void thePdfHasTheEditionsTextInOrder() throws Exception {
        Assumptions.assumeTrue(org.ipradar.office.CjkFonts.REGULAR.stream().anyMatch(java.nio.file.Files::isReadable),
                "no CJK font installed; apt-get install fonts-noto-cjk");
        byte[] pdf = BulletinPdf.standard().write(edition());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            // every page after the title page is numbered in its footer, which the text stripper reads first
            assertEquals(List.of("— 2 —", "— 3 —"), nonBlankLines(text).stream().filter(l -> l.matches("— \\d+ —"))
                    .toList(), text);
            assertEquals(nonBlankLines(TEXT), nonBlankLines(text).stream().filter(l -> !l.matches("— \\d+ —"))
                    .toList(), text);
            assertEquals(3, doc.getNumberOfPages());
            assertEquals("海外知识产权信息季度简报 2026年第三季度", doc.getDocumentInformation().getTitle());
            assertTrue(pdf.length < 1_000_000, "the fonts are subset, not embedded whole (16 MB each): " + pdf.length + " bytes");
        }
    }

    @Test
    void withoutACjkFontThePdfExportSaysWhatToInstall() {
        BulletinPdf none = new BulletinPdf(List.of(Path.of("/nonexistent/font.ttc")), List.of());
        DeskException e = assertThrows(DeskException.class, () -> none.write(edition()));
        assertEquals(DeskException.Reason.UNAVAILABLE, e.reason());
        assertEquals("PDF export needs a Chinese (CJK) font and none was found (looked for /nonexistent/font.ttc);"
                + " install one, for example: apt-get install fonts-noto-cjk", e.getMessage());
    }

    @Test
    void theAtomFeedParsesBackWithEveryBulletin() throws Exception {
        Bulletin older = new Bulletin(3, "2026Q2", Bulletin.PUBLISHED, 2, "二季度简报", "", bulletin().items(), 5, "li",
                Instant.parse("2026-07-01T00:00:00Z"), "li", Instant.parse("2026-07-02T00:00:00Z"),
                Instant.parse("2026-07-02T00:00:00Z"), "li", null);
        String xml = BulletinFeed.atom(List.of(bulletin(), older), "http://127.0.0.1:7070",
                id -> NAMES.getOrDefault(id, id));
        assertFalse(xml.contains("<script>"), "markup in titles is escaped");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("海外知识产权信息季度简报", feed.getTitle());
        assertEquals(Instant.parse("2026-10-05T02:00:00Z"), feed.getPublishedDate().toInstant());
        assertEquals(2, feed.getEntries().size());
        SyndEntry e = feed.getEntries().getFirst();
        assertEquals("urn:ipradar:bulletin:7", e.getUri());
        assertEquals("海外知识产权信息季度简报（2026年第三季度）", e.getTitle());
        assertEquals("http://127.0.0.1:7070/bulletins/7", e.getLink());
        assertEquals(Instant.parse("2026-10-05T02:00:00Z"), e.getPublishedDate().toInstant());
        assertEquals("2026Q3", e.getCategories().getFirst().getName());
        assertEquals(List.of("http://127.0.0.1:7070/bulletins/7", "http://127.0.0.1:7070/api/bulletins/7/export?format=pdf",
                "http://127.0.0.1:7070/api/bulletins/7/export?format=docx"),
                e.getLinks().stream().map(l -> l.getHref()).toList());
        assertEquals("本期关注越南商标抢注。\n\n第二段导语。", e.getDescription().getValue());
        String html = e.getContents().getFirst().getValue();
        assertTrue(html.startsWith("<p>本期关注越南商标抢注。</p><p>第二段导语。</p><ol><li><strong><a href=\"https://example.org/a1\">"
                + "越南商标抢注案件提醒</a></strong><br>来源：WIPO 新闻"), html);
        assertTrue(html.contains("<li><strong>Thai customs &lt;script&gt;alert(1)&lt;/script&gt; guide</strong>"), html);
        assertEquals("二季度简报", feed.getEntries().get(1).getTitle());
    }

    static List<String> nonBlankLines(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
