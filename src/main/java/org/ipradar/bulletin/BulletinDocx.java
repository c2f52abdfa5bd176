package org.ipradar.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A bulletin as a Word document (POI XWPF): a title page, a contents list linked to the articles, the introduction,
 * and each article as a level-1 heading (so Word's navigation pane lists them) with its source line, summary and
 * link; page numbers in the footer. Chinese text is set in 宋体 and headings in 黑体, which Word and LibreOffice map
 * to the CJK fonts they have.
 */
public final class BulletinDocx {
    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    private BulletinDocx() {}

    /** The DOCX file's bytes. */
    public static byte[] write(Edition e) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(e.series() + " " + e.quarter());
            doc.getProperties().getCoreProperties().setCreator(e.publisher());
            headingStyle(doc.createStyles());
            footer(doc);

            // Title page.
            spacer(doc, 6);
            text(centered(doc), e.series(), HEADING_FONT, 26, true);
            spacer(doc, 1);
            text(centered(doc), e.quarter(), HEADING_FONT, 18, false);
            if (e.ownTitle()) {
                text(centered(doc), e.title(), BODY_FONT, 14, false);
            }
            spacer(doc, 8);
            text(centered(doc), e.publisher(), BODY_FONT, 12, false);
            text(centered(doc), e.dateLine(), BODY_FONT, 12, false);
            pageBreak(doc);

            // Contents, linked to each article's bookmark.
            XWPFParagraph contents = doc.createParagraph();
            contents.setStyle("Heading1");
            text(contents, Edition.CONTENTS, HEADING_FONT, 16, true);
            if (!e.intro().isEmpty()) {
                internalLink(doc.createParagraph(), Edition.INTRO, "intro");
            }
            for (Edition.Article a : e.articles()) {
                internalLink(doc.createParagraph(), a.heading(), "article" + a.number());
            }
            pageBreak(doc);

            if (!e.intro().isEmpty()) {
                heading(doc, Edition.INTRO, "intro", 0);
                e.intro().forEach(p -> paragraph(doc, p));
            }
            for (Edition.Article a : e.articles()) {
                heading(doc, a.heading(), "article" + a.number(), a.number());
                XWPFParagraph meta = doc.createParagraph();
                XWPFRun m = text(meta, a.meta(), BODY_FONT, 9, false);
                m.setColor("555555");
                a.summary().forEach(p -> paragraph(doc, p));
                if (a.url() != null) {
                    XWPFParagraph link = doc.createParagraph();
                    text(link, "原文链接：", BODY_FONT, 10, false);
                    XWPFHyperlinkRun r = link.createHyperlinkRun(a.url());
                    r.setText(a.url());
                    r.setColor("0563C1");
                    r.setUnderline(UnderlinePatterns.SINGLE);
                    r.setFontSize(10);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the DOCX file: " + ex.getMessage(), ex);
        }
    }

    // A paragraph style "Heading1" at outline level 1, so headings show in the navigation pane.
    private static void headingStyle(XWPFStyles styles) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId("Heading1");
        ct.addNewName().setVal("heading 1");
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        ct.addNewQFormat();
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        ct.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(360));
        ct.getPPr().getSpacing().setAfter(BigInteger.valueOf(120));
        ct.getPPr().addNewKeepNext();
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }

    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createHeaderFooterPolicy().createFooter(STHdrFtr.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void heading(XWPFDocument doc, String text, String bookmark, int id) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        var start = p.getCTP().addNewBookmarkStart();
        start.setName(bookmark);
        start.setId(BigInteger.valueOf(id));
        text(p, text, HEADING_FONT, 15, true);
        p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }

    private static void internalLink(XWPFParagraph p, String text, String bookmark) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        CTR r = link.addNewR();
        r.addNewT().setStringValue(text);
        XWPFRun run = new XWPFHyperlinkRun(link, r, p);
        fonts(run, BODY_FONT);
        run.setFontSize(12);
        p.setSpacingAfter(80);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        p.setFirstLineIndent(480);
        text(p, text, BODY_FONT, 12, false);
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(200);
        return p;
    }

    private static void spacer(XWPFDocument doc, int lines) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        for (int i = 1; i < lines; i++) {
            r.addBreak();
        }
    }

    private static void pageBreak(XWPFDocument doc) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
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
