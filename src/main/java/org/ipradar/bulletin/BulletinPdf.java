package org.ipradar.bulletin;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.ipradar.desk.DeskException;
import org.ipradar.office.CjkFonts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A bulletin as a PDF (OpenPDF): the same layout as the DOCX, with contents entries that jump to their articles and
 * page numbers in the footer. Chinese needs a CJK font on the machine: OpenPDF embeds a subset of the CFF-based Noto
 * CJK fonts Debian installs ({@code fonts-noto-cjk}), or of a TrueType one; without any, export fails saying so.
 */
public final class BulletinPdf {
    private static final Object LOCK = new Object();

    private final List<Path> regularFonts;
    private final List<Path> boldFonts;

    /** A writer that looks for fonts in the given places (for tests); see {@link #standard()}. */
    public BulletinPdf(List<Path> regularFonts, List<Path> boldFonts) {
        this.regularFonts = List.copyOf(regularFonts);
        this.boldFonts = List.copyOf(boldFonts);
    }

    /** A writer that looks for fonts in the usual places. */
    public static BulletinPdf standard() {
        return new BulletinPdf(CjkFonts.REGULAR, CjkFonts.BOLD);
    }

    /**
     * The PDF file's bytes. PDFs are written one at a time: the fonts are shared, and export is rare.
     *
     * @throws DeskException with reason {@link DeskException.Reason#UNAVAILABLE} when no CJK font is installed
     */
    public byte[] write(Edition e) {
        synchronized (LOCK) {
            BaseFont[] fonts = fonts();
            Font title = new Font(fonts[1], 26);
            Font subtitle = new Font(fonts[1], 18);
            Font heading = new Font(fonts[1], 15);
            Font body = new Font(fonts[0], 11.5f);
            Font small = new Font(fonts[0], 9, Font.NORMAL, new java.awt.Color(0x55, 0x55, 0x55));
            Font link = new Font(fonts[0], 10, Font.UNDERLINE, new java.awt.Color(0x05, 0x63, 0xC1));
            Font line = new Font(fonts[0], 12);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
            try {
                PdfWriter.getInstance(doc, out);
                doc.addTitle(e.series() + " " + e.quarter());
                doc.addAuthor(e.publisher());
                doc.addCreator("ipradar");
                HeaderFooter footer = new HeaderFooter(new Phrase("— ", small), new Phrase(" —", small));
                footer.setAlignment(Element.ALIGN_CENTER);
                footer.setBorder(Rectangle.NO_BORDER);
                doc.open();

                // Title page (no page number on it).
                doc.add(new Paragraph(150f, " ", body)); // spacing before is dropped at the top of a page
                doc.add(centered(new Paragraph(e.series(), title), 24));
                doc.add(centered(new Paragraph(e.quarter(), subtitle), 12));
                if (e.ownTitle()) {
                    doc.add(centered(new Paragraph(e.title(), line), 12));
                }
                Paragraph publisher = centered(new Paragraph(e.publisher(), line), 6);
                publisher.setSpacingBefore(200);
                doc.add(publisher);
                doc.add(centered(new Paragraph(e.dateLine(), line), 6));
                doc.setFooter(footer);
                doc.newPage();

                doc.add(spaced(new Paragraph(Edition.CONTENTS, heading), 12));
                if (!e.intro().isEmpty()) {
                    doc.add(spaced(new Paragraph(new Chunk(Edition.INTRO, line).setLocalGoto("intro")), 6));
                }
                for (Edition.Article a : e.articles()) {
                    doc.add(spaced(new Paragraph(new Chunk(a.heading(), line).setLocalGoto("article" + a.number())),
                            6));
                }
                doc.newPage();

                if (!e.intro().isEmpty()) {
                    doc.add(spaced(new Paragraph(new Chunk(Edition.INTRO, heading).setLocalDestination("intro")), 10));
                    for (String p : e.intro()) {
                        doc.add(text(p, body));
                    }
                }
                for (Edition.Article a : e.articles()) {
                    Paragraph h = new Paragraph(new Chunk(a.heading(), heading)
                            .setLocalDestination("article" + a.number()));
                    h.setSpacingBefore(16);
                    h.setSpacingAfter(4);
                    doc.add(h);
                    doc.add(spaced(new Paragraph(a.meta(), small), 6));
                    for (String p : a.summary()) {
                        doc.add(text(p, body));
                    }
                    if (a.url() != null) {
                        Paragraph l = new Paragraph();
                        l.add(new Chunk("原文链接：", small));
                        l.add(new Chunk(a.url(), link).setAnchor(a.url()));
                        doc.add(l);
                    }
                }
                doc.close();
            } catch (DocumentException ex) {
                throw new IllegalStateException("cannot lay out the PDF: " + ex.getMessage(), ex);
            }
            return out.toByteArray();
        }
    }

    private static Paragraph text(String s, Font f) {
        Paragraph p = new Paragraph(s, f);
        p.setLeading(f.getSize() * 1.6f);
        p.setFirstLineIndent(f.getSize() * 2);
        p.setSpacingAfter(6);
        return p;
    }

    private static Paragraph centered(Paragraph p, float after) {
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph spaced(Paragraph p, float after) {
        p.setSpacingAfter(after);
        return p;
    }

    // The body and heading fonts, each list loaded once.
    private BaseFont[] fonts() {
        CjkFonts.Pair p = CjkFonts.find(regularFonts, boldFonts).orElseThrow(
                () -> DeskException.unavailable("pdf_font_missing", CjkFonts.missing(regularFonts)));
        return new BaseFont[] {p.regular(), p.bold()};
    }
}
