package org.ipradar.risk;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A risk-patent list as the spreadsheet a Chinese consultant expects: XLSX (Apache POI) or CSV (UTF-8 with a byte
 * order mark, so Excel reads the Chinese), with the columns 序号, 公开号, 标题, 申请人/专利权人, 申请日, 公开日, 法律状态,
 * 预计到期日, IPC, 风险等级, 风险说明, 相关性, 备注.
 *
 * <p>Formula injection: every cell is written as text, never as a formula; in XLSX a cell whose text starts with
 * {@code = + - @}, a tab or a carriage return also gets Excel's quote prefix (it stays text when edited), and in CSV
 * such a cell is prefixed with an apostrophe, as OWASP recommends, because a spreadsheet opening a CSV would
 * otherwise evaluate it.
 */
public final class RiskListExport {
    /** The column headings, in order. */
    public static final List<String> COLUMNS = List.of(
            "序号", "公开号", "标题", "申请人/专利权人", "申请日", "公开日", "法律状态", "预计到期日", "IPC", "风险等级", "风险说明", "相关性", "备注");

    private static final Map<String, String> STATUS = Map.of(
            "in_force", "有效",
            "pending", "审中",
            "expired", "失效（期限届满）",
            "lapsed", "失效",
            "unknown", "未知");
    private static final int[] WIDTHS = {6, 18, 40, 28, 12, 12, 14, 18, 18, 8, 50, 10, 30};

    /**
     * What the list is about, printed on the XLSX's second sheet.
     *
     * @param firm the firm's name
     * @param title the list's title, such as the product it was compiled for
     * @param version the saved version
     * @param created when this version was saved (date as shown)
     * @param markets the target markets, as codes
     */
    public record Heading(String firm, String title, int version, String created, List<String> markets) {
        /** Copies the list. */
        public Heading {
            markets = List.copyOf(markets);
        }
    }

    private RiskListExport() {}

    /** The cells of one row as text, in {@link #COLUMNS} order, before any escaping. */
    public static List<String> cells(RiskRow r) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(Integer.toString(r.rank()));
        c.add(r.patentId());
        c.add(r.title());
        c.add(String.join("; ", r.assignees()));
        c.add(date(r.filingDate()));
        c.add(date(r.publicationDate()));
        c.add(STATUS.getOrDefault(r.status(), r.status()));
        c.add(r.expiry() == null ? "" : r.expiry() + (r.expiryEstimated() ? "（估算）" : ""));
        c.add(String.join("; ", r.ipc()));
        c.add(r.risk().zh());
        c.add(r.reason());
        c.add(r.relevant() == null ? "" : r.relevant() ? "相关" : "不相关");
        c.add(r.note());
        return c;
    }

    /** Whether a spreadsheet would read the text as a formula (its first character is = + - @, tab or CR). */
    public static boolean formulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The list as CSV bytes: UTF-8 with a byte order mark, CRLF line ends, a header row. */
    public static byte[] csv(List<RiskRow> rows) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (SequenceWriter w = mapper.writerFor(String[].class).with(schema).writeValues(out)) {
            w.write(COLUMNS.toArray(String[]::new));
            for (RiskRow r : rows) {
                w.write(cells(r).stream().map(c -> formulaLike(c) ? "'" + c : c).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the risk list as CSV", e);
        }
        return out.toByteArray();
    }

    /** The list as XLSX bytes: the rows on sheet 风险专利列表 (header frozen, filters on), what it is on sheet 说明. */
    public static byte[] xlsx(Heading heading, List<RiskRow> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle("风险专利列表 " + heading.firm());
            CellStyle head = book.createCellStyle();
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle text = book.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle quoted = book.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);

            XSSFSheet sheet = book.createSheet("风险专利列表");
            Row top = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = top.createCell(i);
                c.setCellValue(COLUMNS.get(i));
                c.setCellStyle(head);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int n = 1;
            for (RiskRow r : rows) {
                Row row = sheet.createRow(n++);
                List<String> cells = cells(r);
                for (int i = 0; i < cells.size(); i++) {
                    Cell c = row.createCell(i);
                    String v = cells.get(i);
                    if (i == 0) {
                        c.setCellValue(r.rank());
                    } else {
                        c.setCellValue(v);
                    }
                    c.setCellStyle(formulaLike(v) ? quoted : text);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, COLUMNS.size() - 1));

            XSSFSheet about = book.createSheet("说明");
            about.setColumnWidth(0, 14 * 256);
            about.setColumnWidth(1, 80 * 256);
            String[][] lines = {
                {"企业", heading.firm()},
                {"列表", heading.title()},
                {"版本", Integer.toString(heading.version())},
                {"生成日期", heading.created()},
                {"目标市场", String.join(", ", heading.markets())},
                {"条数", Integer.toString(rows.size())},
                {"说明", "预计到期日标注“估算”的，按申请日和该法域的法定保护期限推算，未考虑期限延长、补偿或提前失效。"},
                {"声明", "本列表由系统检索生成并经咨询人员复核，仅供风险排查参考，不构成法律意见。"},
            };
            for (int i = 0; i < lines.length; i++) {
                Row row = about.createRow(i);
                Cell k = row.createCell(0);
                k.setCellValue(lines[i][0]);
                k.setCellStyle(head);
                Cell v = row.createCell(1);
                v.setCellValue(lines[i][1]);
                v.setCellStyle(formulaLike(lines[i][1]) ? quoted : text);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the risk list as XLSX", e);
        }
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
