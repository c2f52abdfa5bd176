package org.ipradar.risk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.ipradar.office.Blocks;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A risk-warning report as a Word document (POI XWPF): a title page, the four parts as level-1 headings with their
 * Markdown laid out (subheadings, lists, links, bold), the charts in the diagnosis, the not-legal-advice notice at the
 * end and page numbers in the footer.
 */
public final class ReportDocx {
    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    private ReportDocx() {}

    /** The DOCX file's bytes. */
    public static byte[] write(ReportEdition e) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(ReportEdition.TITLE + " " + e.firm());
            doc.getProperties().getCoreProperties().setCreator(e.publisher());
            XWPFStyles styles = doc.createStyles();
            headingStyle(styles, "Heading1", "heading 1", 0);
            headingStyle(styles, "Heading2", "heading 2", 1);
            XWPFFooter footer = doc.createHeaderFooterPolicy().createFooter(STHdrFtr.DEFAULT);
            XWPFParagraph pageNo = footer.createParagraph();
            pageNo.setAlignment(ParagraphAlignment.CENTER);
            pageNo.getCTP().addNewFldSimple().setInstr("PAGE");

            for (int i = 0; i < 5; i++) {
                doc.createParagraph();
            }
            text(centered(doc), ReportEdition.TITLE, HEADING_FONT, 26, true);
            text(centered(doc), e.firm(), HEADING_FONT, 18, false);
            text(centered(doc), "目标市场：" + e.markets(), BODY_FONT, 12, false);
            for (int i = 0; i < 6; i++) {
                doc.createParagraph();
            }
            text(centered(doc), e.publisher(), BODY_FONT, 12, false);
            text(centered(doc), e.versionLine(), BODY_FONT, 12, false);
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);

            for (ReportPart part : e.parts()) {
                XWPFParagraph h = doc.createParagraph();
                h.setStyle("Heading1");
                text(h, part.title(), HEADING_FONT, 15, true);
                boolean chartsPlaced = !"diagnosis".equals(part.key()) || e.charts().isEmpty();
                for (Blocks.Block b : Blocks.parse(part.text())) {
                    block(doc, b);
                    if (!chartsPlaced && b.kind() == Blocks.Kind.PARAGRAPH) {
                        charts(doc, e);
                        chartsPlaced = true;
                    }
                }
                if (!chartsPlaced) {
                    charts(doc, e);
                }
            }
            XWPFParagraph notice = doc.createParagraph();
            notice.setSpacingBefore(360);
            XWPFRun n = text(notice, "声明：" + ReportDrafter.NOTICE, BODY_FONT, 10, false);
            n.setColor("555555");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the report as DOCX: " + ex.getMessage(), ex);
        }
    }

    private static void block(XWPFDocument doc, Blocks.Block b) {
        XWPFParagraph p = doc.createParagraph();
        int size = 12;
        switch (b.kind()) {
            case HEADING -> {
                if (b.level() <= 3) {
                    p.setStyle("Heading2");
                }
                size = b.level() <= 3 ? 13 : 12;
            }
            case ITEM -> {
                p.setIndentationLeft(360 * b.level());
                p.setIndentationHanging(300);
                text(p, b.marker() + " ", BODY_FONT, size, false);
            }
            case PARAGRAPH -> {
                if (b.level() > 0) {
                    p.setIndentationLeft(360 * b.level());
                } else {
                    p.setFirstLineIndent(480);
                }
            }
        }
        p.setSpacingAfter(100);
        boolean heading = b.kind() == Blocks.Kind.HEADING;
        for (Blocks.Run r : b.runs()) {
            XWPFRun run;
            if (r.link() != null) {
                run = p.createHyperlinkRun(r.link());
                run.setText(r.text());
                run.setColor("0563C1");
                run.setUnderline(UnderlinePatterns.SINGLE);
                fonts(run, BODY_FONT);
                run.setFontSize(size);
            } else {
                run = text(p, r.text(), heading ? HEADING_FONT : BODY_FONT, size, heading || r.bold());
            }
            run.setItalic(r.italic());
        }
    }

    private static void charts(XWPFDocument doc, ReportEdition e) {
        for (ReportEdition.Chart c : e.charts()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(c.png()), Document.PICTURE_TYPE_PNG,
                        "chart.png", Units.toEMU(425), Units.toEMU(227));
            } catch (InvalidFormatException | IOException ex) {
                throw new IllegalStateException("cannot place the chart \"" + c.caption() + "\": " + ex.getMessage(),
                        ex);
            }
            XWPFParagraph caption = centered(doc);
            text(caption, c.caption(), BODY_FONT, 10, false);
        }
    }

    private static void headingStyle(XWPFStyles styles, String id, String name, int outline) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        ct.addNewQFormat();
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        ct.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
        ct.getPPr().getSpacing().setAfter(BigInteger.valueOf(120));
        ct.getPPr().addNewKeepNext();
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(200);
        return p;
    }

    private static XWPFRun text(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        fonts(r, font);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void fonts(XWPFRun r, String eastAsian) {
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(eastAsian, XWPFRun.FontCharRange.eastAsia);
    }
}
