package org.ipradar.patent.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.ipradar.patent.read.ColumnMapping.Field;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    @Test
    void guessesChineseDatabaseHeaders() {
        List<String> headers = List.of("序号", "公开（公告）号", "标题", "摘要", "权利要求", "申请（专利权）人", "当前权利人",
                "发明人", "IPC分类号", "申请号", "申请日", "公开（公告）日", "授权日", "简单法律状态", "法律状态/事件", "预估到期日",
                "简单同族");
        Map<Field, Integer> columns = ColumnMapping.DEFAULT.resolve(headers);
        assertEquals(Map.ofEntries(Map.entry(Field.NUMBER, 1), Map.entry(Field.TITLE, 2),
                Map.entry(Field.ABSTRACT, 3), Map.entry(Field.CLAIMS, 4), Map.entry(Field.APPLICANTS, 5),
                Map.entry(Field.ASSIGNEES, 6), Map.entry(Field.INVENTORS, 7), Map.entry(Field.IPC, 8),
                Map.entry(Field.APPLICATION_NUMBER, 9), Map.entry(Field.FILING_DATE, 10),
                Map.entry(Field.PUBLICATION_DATE, 11), Map.entry(Field.GRANT_DATE, 12), Map.entry(Field.STATUS, 13),
                Map.entry(Field.EXPIRY, 15), Map.entry(Field.FAMILY, 16)), columns);
    }

    @Test
    void guessesEnglishDatabaseHeadersWithDecorations() {
        List<String> headers = List.of("Publication Number", "Title - DWPI", "Abstract - DWPI", "Assignee/Applicant",
                "Inventor", "IPC - Current", "CPC - Current", "Application Date", "Publication Date",
                "Priority Number", "Priority Date", "INPADOC Legal Status", "Expected Expiry Date",
                "INPADOC Family Members", "DOCDB Family ID");
        Map<Field, Integer> columns = ColumnMapping.DEFAULT.resolve(headers);
        assertEquals(Map.ofEntries(Map.entry(Field.NUMBER, 0), Map.entry(Field.TITLE, 1),
                Map.entry(Field.ABSTRACT, 2), Map.entry(Field.APPLICANTS, 3), Map.entry(Field.INVENTORS, 4),
                Map.entry(Field.IPC, 5), Map.entry(Field.CPC, 6), Map.entry(Field.FILING_DATE, 7),
                Map.entry(Field.PUBLICATION_DATE, 8), Map.entry(Field.PRIORITY, 9),
                Map.entry(Field.PRIORITY_DATE, 10), Map.entry(Field.STATUS, 11), Map.entry(Field.EXPIRY, 12),
                Map.entry(Field.FAMILY, 13), Map.entry(Field.FAMILY_ID, 14)), columns);
    }

    @Test
    void explicitColumnsWinAndTheRestIsGuessed() {
        ColumnMapping mapping = ColumnMapping.parse("number=文献编号, filing_date=递交日期\ntitle=名字");
        Map<Field, Integer> columns = mapping.resolve(List.of("名字", "文献编号", "递交日期", "摘要", "标题"));
        assertEquals(Map.of(Field.TITLE, 0, Field.NUMBER, 1, Field.FILING_DATE, 2, Field.ABSTRACT, 3), columns);
        assertEquals(Map.of(Field.NUMBER, "文献编号", Field.FILING_DATE, "递交日期", Field.TITLE, "名字"),
                mapping.explicit());
    }

    @Test
    void mistakesInAMappingNameTheirPart() {
        assertEquals("column mapping names an unknown field \"titel\"; the fields are number, kind, jurisdiction,"
                + " title, abstract, claims, first-claim, applicants, assignees, inventors, ipc, cpc,"
                + " application-number, filing-date, publication-date, grant-date, priority, priority-date, status,"
                + " expiry, family, family-id, type, lang",
                assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("titel=标题")).getMessage());
        assertEquals("column mapping \"number\" is not field=header (such as number=公开号)",
                assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("number")).getMessage());
        assertEquals("the column \"公开号\" named for number is not among the headers [标题, 摘要]",
                assertThrows(IllegalArgumentException.class,
                        () -> ColumnMapping.parse("number=公开号").resolve(List.of("标题", "摘要"))).getMessage());
    }
}
