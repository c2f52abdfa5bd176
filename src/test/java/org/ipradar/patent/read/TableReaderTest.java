package org.ipradar.patent.read;

import static org.ipradar.patent.read.PatentFilesTest.fixture;
import static org.ipradar.patent.read.PatentFilesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipradar.patent.Claim;
import org.ipradar.patent.LegalEvent;
import org.ipradar.patent.LegalStatus;
import org.ipradar.patent.PatentBatch;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;
import org.ipradar.patent.RecordProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAChineseDatabaseExport() throws IOException {
        Path file = fixture("export-incopat-zh.csv");
        PatentBatch batch = PatentFiles.read(file);
        assertEquals(List.of("CN112345678B", "US20130012345A1", "EP1234567B1", "VN1-2020-01234", "CN306123456S"),
                ids(batch));
        assertEquals(List.of(
                new RecordProblem(file.toString(), "row 5", "filing date \"2020-13-45\" is not a date (Invalid value"
                        + " for MonthOfYear (valid values 1 - 12): 13)"),
                new RecordProblem(file.toString(), "row 6", "no publication number")), batch.problems());

        PatentRecord cn = batch.records().get(0);
        assertEquals(new PatentRecord("CN", "112345678", "B", "utility", "一种锂离子电池正极材料", "本发明公开了一种层状正极材料。",
                List.of(new Claim(1, "一种锂离子电池正极材料，其特征在于，包括层状钴酸锂。", true, List.of()),
                        new Claim(2, "根据权利要求1所述的正极材料，其特征在于，所述钴酸锂掺杂铝。", false, List.of(1)),
                        new Claim(3, "如权利要求1或2所述的正极材料，其特征在于，粒径为5微米。", false, List.of(1, 2)),
                        new Claim(4, "一种锂离子电池，包括权利要求1-3任一项所述的正极材料。", false, List.of(1, 2, 3)),
                        new Claim(5, "一种正极材料的制备方法，包括烧结步骤。", true, List.of())),
                List.of("示例新能源科技有限公司", "示例大学"), List.of("示例新能源科技有限公司"), List.of("张三", "李四"),
                List.of("H01M 4/525", "H01M 10/0525"), List.of("H01M 4/525", "Y02E 60/10"),
                List.of(new Priority("CN", "202010000001.X", LocalDate.of(2020, 1, 2))), "CN202010123456.7",
                LocalDate.of(2020, 3, 5), LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 1), LegalStatus.IN_FORCE,
                List.of(new LegalEvent(null, "", "有效")), LocalDate.of(2040, 3, 5), "",
                List.of("CN112345678A", "US20210123456A1"), "zh", "csv"), cn);

        PatentRecord us = batch.records().get(1);
        assertEquals(LegalStatus.LAPSED, us.status());
        assertEquals(List.of("Smith, Anne"), us.inventors());
        assertEquals("en", us.lang());
        assertEquals(LegalStatus.PENDING, batch.records().get(3).status());
        assertEquals("", batch.records().get(3).kind());
        PatentRecord design = batch.records().get(4);
        assertEquals("design", design.type());
        assertEquals(LegalStatus.EXPIRED, design.status());
    }

    @Test
    void readsAGooglePatentsExportAfterItsSearchUrlLine() throws IOException {
        PatentBatch batch = PatentFiles.read(fixture("export-google-patents.csv"));
        assertEquals(List.of("US20130012345A1", "CN112345678B", "WO2020123456A1"), ids(batch));
        assertEquals(List.of(), batch.problems());
        PatentRecord wo = batch.records().get(2);
        assertEquals("Separator \"film\", coated", wo.title());
        assertEquals(List.of("Example Corp"), wo.assignees());
        assertEquals(LocalDate.of(2019, 12, 20), wo.filingDate());
        assertEquals(LocalDate.of(2020, 6, 18), wo.publicationDate());
    }

    @Test
    void readsGb18030SemicolonSeparatedText() throws IOException {
        String csv = "公开号;标题;申请日;法律状态\r\nCN112345678B;一种锂离子电池正极材料;2020/3/5;审中\r\n";
        Path file = dir.resolve("export-gbk.csv");
        Files.write(file, csv.getBytes(Charset.forName("GB18030")));
        PatentRecord r = PatentFiles.read(file).records().get(0);
        assertEquals("一种锂离子电池正极材料", r.title());
        assertEquals(LocalDate.of(2020, 3, 5), r.filingDate());
        assertEquals(LegalStatus.PENDING, r.status());
    }

    @Test
    void usesAnExplicitMappingForHeadersItCannotGuess() throws IOException {
        Path file = dir.resolve("custom.tsv");
        Files.writeString(file, "文献编号\t国家\t名字\t递交日期\n112345678B\tCN\t正极材料\t20200305\n", StandardCharsets.UTF_8);
        assertThrows(PatentFormatException.class, () -> PatentFiles.read(file));
        PatentBatch batch = PatentFiles.read(file,
                ColumnMapping.parse("number=文献编号,jurisdiction=国家,title=名字,filing-date=递交日期"));
        PatentRecord r = batch.records().get(0);
        assertEquals("CN112345678B", r.id());
        assertEquals("正极材料", r.title());
        assertEquals(LocalDate.of(2020, 3, 5), r.filingDate());
        assertEquals("tsv", r.format());
    }

    @Test
    void saysWhichColumnIsMissing() throws IOException {
        Path file = dir.resolve("no-number.csv");
        Files.writeString(file, "标题,摘要\n一种电池,电池。\n", StandardCharsets.UTF_8);
        assertEquals(file + ": a table without a publication-number column among its first 10 rows (name the column"
                + " with a mapping such as number=公开号)",
                assertThrows(PatentFormatException.class, () -> PatentFiles.read(file)).getMessage());
    }

    @Test
    void textNamedAsSomethingElseIsNotATable() throws IOException {
        String text = "**Schema:** application number | document number | priority date | file date\n";
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, text, StandardCharsets.UTF_8);
        assertThrows(PatentFormatException.class, () -> PatentFiles.read(readme));
        Path csv = dir.resolve("numbers.csv");
        Files.writeString(csv, "document number\nUS7654321B2\n", StandardCharsets.UTF_8);
        assertEquals(List.of("US7654321B2"), ids(PatentFiles.read(csv)));
    }

    @Test
    void reportsWhereACsvBreaksOff() throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "公开号,标题\nCN112345678B,正极材料\nCN112345679B,\"负极\"材料\"\nCN112345680B,隔膜\n",
                StandardCharsets.UTF_8);
        PatentBatch batch = PatentFiles.read(file);
        assertEquals(List.of("CN112345678B"), ids(batch));
        assertEquals(1, batch.problems().size());
        assertEquals("row 3", batch.problems().get(0).position());
    }

    @Test
    void readsAWorkbookWithExcelDatesAndNumbers() throws IOException {
        Path file = dir.resolve("export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = workbook.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("导出自示例数据库（测试用）");
            Sheet sheet = workbook.createSheet("专利");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] headers = {"Publication Number", "Country", "Title", "Claims", "Applicants", "IPC",
                "Application Date", "Publication Date", "Legal Status", "Expected Expiry"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            Row one = sheet.createRow(1);
            one.createCell(0).setCellValue(112345678);
            one.createCell(1).setCellValue("CN");
            one.createCell(2).setCellValue("Cathode material");
            one.createCell(3).setCellValue("1. A cathode material comprising LiCoO2.\n2. The material according to"
                    + " claim 1, doped with Al.");
            one.createCell(4).setCellValue("Example New Energy Co.; Example University");
            one.createCell(5).setCellValue("H01M4/525");
            one.createCell(6).setCellValue(LocalDate.of(2020, 3, 5));
            one.getCell(6).setCellStyle(dateStyle);
            one.createCell(7).setCellValue(44348); // 2021-06-01 as a bare serial number
            one.createCell(8).setCellValue("Active");
            one.createCell(9).setCellValue("2040/3/5");
            Row two = sheet.createRow(2);
            two.createCell(0).setCellValue("US2013012345A1");
            two.createCell(2).setCellValue("Separator");
            two.createCell(6).setCellValue("2012-02-30");
            Row three = sheet.createRow(4);
            three.createCell(0).setCellValue("EP 1 234 567 B1");
            three.createCell(2).setCellValue("Printing machine");
            workbook.write(out);
        }
        PatentBatch batch = PatentFiles.read(file);
        assertEquals(List.of("CN112345678", "EP1234567B1"), ids(batch));
        assertEquals(List.of(new RecordProblem(file.toString(), "row 3", "filing date \"2012-02-30\" is not a date"
                + " (Invalid date 'FEBRUARY 30')")), batch.problems());
        PatentRecord r = batch.records().get(0);
        assertEquals("Cathode material", r.title());
        assertEquals(List.of(1), r.independentClaims().stream().map(Claim::number).toList());
        assertEquals(List.of("Example New Energy Co.", "Example University"), r.applicants());
        assertEquals(List.of("H01M 4/525"), r.ipc());
        assertEquals(LocalDate.of(2020, 3, 5), r.filingDate());
        assertEquals(LocalDate.of(2021, 6, 1), r.publicationDate());
        assertEquals(LocalDate.of(2040, 3, 5), r.expiry());
        assertEquals(LegalStatus.IN_FORCE, r.status());
        assertEquals("xlsx", r.format());
    }
}
