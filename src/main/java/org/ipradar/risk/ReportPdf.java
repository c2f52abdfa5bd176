package org.ipradar.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ipradar.desk.DeskException;
import org.ipradar.office.Blocks;
import org.ipradar.office.CjkFonts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A risk-warning report as a PDF (OpenPDF), laid out like the DOCX: title page, the four parts, the charts in the
 * diagnosis, the notice, page numbers. Needs a CJK font ({@link CjkFonts}); without one export fails saying so.
 */
public final class ReportPdf {
    private static final Object LOCK = new Object();

    private final List<Path> regularFonts;
    private final List<Path> boldFonts;

    /** A writer that looks for fonts in the given places (for tests); see {@link #standard()}. */
    public ReportPdf(List<Path> regularFonts, List<Path> boldFonts) {
        this.regularFonts = List.copyOf(regularFonts);
        this.boldFonts = List.copyOf(boldFonts);
    }

    /** A writer that looks for fonts in the usual places. */
    public static ReportPdf standard() {
        return new ReportPdf(CjkFonts.REGULAR, CjkFonts.BOLD);
    }

    /**
     * The PDF file's bytes.
     *
     * @throws DeskException with reason {@link DeskException.Reason#UNAVAILABLE} when no CJK font is installed
     */
    public byte[] write(ReportEdition e) {
        CjkFonts.Pair fonts = CjkFonts.find(regularFonts, boldFonts).orElseThrow(
                () -> DeskException.unavailable("pdf_font_missing", CjkFonts.missing(regularFonts)));
        synchronized (LOCK) {
            Font title = new Font(fonts.bold(), 26);
            Font subtitle = new Font(fonts.bold(), 18);
            Font h1 = new Font(fonts.bold(), 15);
            Font h2 = new Font(fonts.bold(), 12.5f);
            Font body = new Font(fonts.regular(), 11);
            Font bold = new Font(fonts.bold(), 11);
            Font small = new Font(fonts.regular(), 9, Font.NORMAL, new java.awt.Color(0x55, 0x55, 0x55));
            Font link = new Font(fonts.regular(), 11, Font.UNDERLINE, new java.awt.Color(0x05, 0x63, 0xC1));
            Font line = new Font(fonts.regular(), 12);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
            try {
                PdfWriter.getInstance(doc, out);
                doc.addTitle(ReportEdition.TITLE + " " + e.firm());
                doc.addAuthor(e.publisher());
                doc.addCreator("ipradar");
                HeaderFooter footer = new HeaderFooter(new Phrase("— ", small), new Phrase(" —", small));
                footer.setAlignment(Element.ALIGN_CENTER);
                footer.setBorder(Rectangle.NO_BORDER);
                doc.open();

                doc.add(new Paragraph(150f, " ", body));
                doc.add(centered(new Paragraph(ReportEdition.TITLE, title), 24));
                doc.add(centered(new Paragraph(e.firm(), subtitle), 12));
                doc.add(centered(new Paragraph("目标市场：" + e.markets(), line), 12));
                Paragraph publisher = centered(new Paragraph(e.publisher(), line), 6);
                publisher.setSpacingBefore(200);
                doc.add(publisher);
                doc.add(centered(new Paragraph(e.versionLine(), line), 6));
                doc.setFooter(footer);
                doc.newPage();

                for (ReportPart part : e.parts()) {
                    Paragraph h = new Paragraph(part.title(), h1);
                    h.setSpacingBefore(16);
                    h.setSpacingAfter(8);
                    doc.add(h);
                    boolean chartsPlaced = !"diagnosis".equals(part.key()) || e.charts().isEmpty();
                    for (Blocks.Block b : Blocks.parse(part.text())) {
                        doc.add(block(b, b.kind() == Blocks.Kind.HEADING ? h2 : body, bold, link));
                        if (!chartsPlaced && b.kind() == Blocks.Kind.PARAGRAPH) {
                            charts(doc, e, small);
                            chartsPlaced = true;
                        }
                    }
                    if (!chartsPlaced) {
                        charts(doc, e, small);
                    }
                }
                Paragraph notice = new Paragraph("声明：" + ReportDrafter.NOTICE, small);
                notice.setSpacingBefore(18);
                doc.add(notice);
                doc.close();
            } catch (DocumentException | IOException ex) {
                throw new IllegalStateException("cannot lay out the report as PDF: " + ex.getMessage(), ex);
            }
            return out.toByteArray();
        }
    }

    private static Paragraph block(Blocks.Block b, Font font, Font bold, Font link) {
        Paragraph p = new Paragraph();
        p.setLeading(font.getSize() * 1.6f);
        p.setSpacingAfter(4);
        switch (b.kind()) {
            case HEADING -> {
                p.setSpacingBefore(8);
                p.setKeepTogether(true);
            }
            case ITEM -> {
                p.setIndentationLeft(18 * b.level());
                p.setFirstLineIndent(-12);
                p.add(new Chunk(b.marker() + " ", font));
            }
            case PARAGRAPH -> {
                if (b.level() > 0) {
                    p.setIndentationLeft(18 * b.level());
                } else {
                    p.setFirstLineIndent(font.getSize() * 2);
                }
            }
        }
        for (Blocks.Run r : b.runs()) {
            Font f = r.link() != null ? link : r.bold() && b.kind() != Blocks.Kind.HEADING ? bold : font;
            Chunk c = new Chunk(r.text(), f);
            if (r.link() != null) {
                c.setAnchor(r.link());
            }
            p.add(c);
        }
        return p;
    }

    private static void charts(Document doc, ReportEdition e, Font small) throws DocumentException, IOException {
        for (ReportEdition.Chart c : e.charts()) {
            Image img = Image.getInstance(c.png());
            img.scaleToFit(430, 230);
            img.setAlignment(Element.ALIGN_CENTER);
            doc.add(img);
            doc.add(centered(new Paragraph(c.caption(), small), 10));
        }
    }

    private static Paragraph centered(Paragraph p, float after) {
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }
}
