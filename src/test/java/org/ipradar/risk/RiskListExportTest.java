package org.ipradar.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RiskListExportTest {
    private static final RiskRow FIRST = new RiskRow(1, "US9876543B2", "US", "Coated separator for a lithium battery",
            List.of("Acme Energy Inc.", "Beta Cells Ltd"), LocalDate.of(2016, 3, 1), LocalDate.of(2018, 1, 9),
            "in_force", LocalDate.of(2036, 3, 1), true, List.of("H01M 50/446", "H01M 10/0525"), RiskLevel.HIGH,
            "高：独立权利要求 1 覆盖 4/5 项技术特征，且在目标市场 US 有效。", "1. A separator comprising a ceramic coating ...",
            true, "需进一步做侵权比对");
    private static final RiskRow EVIL = new RiskRow(2, "VN1-2020-01234", "VN", "=HYPERLINK(\"http://x\",\"点我\")",
            List.of("@SUM(A1:A9)"), null, null, "pending", null, false, List.of(), RiskLevel.LOW,
            "-2+3", "", null, "+cmd|' /C calc'!A0");

    @Test
    void cellsFollowTheChineseColumns() {
        assertEquals(List.of("1", "US9876543B2", "Coated separator for a lithium battery",
                        "Acme Energy Inc.; Beta Cells Ltd", "2016-03-01", "2018-01-09", "有效", "2036-03-01（估算）",
                        "H01M 50/446; H01M 10/0525", "高", "高：独立权利要求 1 覆盖 4/5 项技术特征，且在目标市场 US 有效。", "相关",
                        "需进一步做侵权比对"),
                RiskListExport.cells(FIRST));
        assertEquals(List.of("2", "VN1-2020-01234", "=HYPERLINK(\"http://x\",\"点我\")", "@SUM(A1:A9)", "", "", "审中", "",
                        "", "低", "-2+3", "", "+cmd|' /C calc'!A0"),
                RiskListExport.cells(EVIL));
    }

    @Test
    void formulaLikeTextIsRecognised() {
        for (String s : List.of("=1+1", "+1", "-1", "@x", "\tx", "\rx")) {
            assertTrue(RiskListExport.formulaLike(s), s);
        }
        for (String s : List.of("", "1", "a=b", " =1", "高")) {
            assertFalse(RiskListExport.formulaLike(s), s);
        }
    }

    @Test
    void csvHasBomHeaderAndEscapedFormulas() throws Exception {
        byte[] bytes = RiskListExport.csv(List.of(FIRST, EVIL));
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("序号,公开号,标题,申请人/专利权人,申请日,公开日,法律状态,预计到期日,IPC,风险等级,风险说明,相关性,备注\r\n"), text);

        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .readValues(new ByteArrayInputStream(bytes, 3, bytes.length - 3))) {
            it.forEachRemaining(r -> rows.add(Arrays.asList(r)));
        }
        assertEquals(3, rows.size());
        assertEquals(RiskListExport.COLUMNS, rows.get(0));
        assertEquals(RiskListExport.cells(FIRST), rows.get(1));
        assertEquals(List.of("2", "VN1-2020-01234", "'=HYPERLINK(\"http://x\",\"点我\")", "'@SUM(A1:A9)", "", "", "审中",
                "", "", "低", "'-2+3", "", "'+cmd|' /C calc'!A0"), rows.get(2));
    }

    @Test
    void xlsxHoldsTextCellsWithQuotePrefixForFormulas() throws Exception {
        RiskListExport.Heading heading = new RiskListExport.Heading("南宁某新材料有限公司", "锂电池隔膜涂层", 3, "2026-11-24",
                List.of("US", "VN"));
        byte[] bytes = RiskListExport.xlsx(heading, List.of(FIRST, EVIL));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheet("风险专利列表");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(RiskListExport.COLUMNS, header);
            assertEquals(2, sheet.getLastRowNum());
            XSSFRow first = sheet.getRow(1);
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertEquals("US9876543B2", first.getCell(1).getStringCellValue());
            assertEquals("2036-03-01（估算）", first.getCell(7).getStringCellValue());
            assertFalse(first.getCell(2).getCellStyle().getQuotePrefixed());

            XSSFRow evil = sheet.getRow(2);
            for (int i : new int[] {2, 3, 10, 12}) {
                assertEquals(CellType.STRING, evil.getCell(i).getCellType(), "column " + i);
                assertTrue(evil.getCell(i).getCellStyle().getQuotePrefixed(), "column " + i);
            }
            assertEquals("=HYPERLINK(\"http://x\",\"点我\")", evil.getCell(2).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());

            XSSFSheet about = book.getSheet("说明");
            assertEquals("南宁某新材料有限公司", about.getRow(0).getCell(1).getStringCellValue());
            assertEquals("3", about.getRow(2).getCell(1).getStringCellValue());
            assertEquals("US, VN", about.getRow(4).getCell(1).getStringCellValue());
            assertEquals("2", about.getRow(5).getCell(1).getStringCellValue());
            assertTrue(about.getRow(7).getCell(1).getStringCellValue().contains("不构成法律意见"));
        }
    }
}
