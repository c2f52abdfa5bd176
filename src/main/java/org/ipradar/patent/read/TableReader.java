package org.ipradar.patent.read;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ipradar.patent.LegalEvent;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.Priority;
import org.ipradar.patent.read.ColumnMapping.Field;

/**
 * Reads CSV/TSV and XLSX/XLS exports of patent databases: one record a row, columns found through a
 * {@link ColumnMapping}. The header row may follow a few lines of preamble (Google Patents puts the search URL
 * first); CSV text may be UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or GB18030/GBK as
 * Chinese Excel saves it; the separator (comma, tab, semicolon) is found from the header.
 */
final class TableReader {
    /** The header row is looked for among this many first rows. */
    static final int HEADER_ROWS = 10;
    private static final Pattern CLASS_SYMBOL = Pattern.compile(
            "[A-HY]\\s?[0-9]{2}\\s?[A-Z]\\s*[0-9]{1,4}\\s*/\\s*[0-9]{1,6}");
    private static final Pattern PRIORITY_DATE_IN_TEXT = Pattern.compile(
            "((?:19|20)[0-9]{2}[-/.]?[01]?[0-9][-/.]?[0-3]?[0-9])\\s*$");

    /** One row: its position as a spreadsheet shows it (1-based) and its cells. */
    record TableRow(int number, List<String> cells) {}

    /**
     * The rows of a table, header included, what kind of file it was, and where and why reading stopped early (CSV
     * with a broken quote), or null.
     */
    record Table(List<TableRow> rows, String format, String[] stopped) {}

    /** What came out of a table: records and problems as (position, reason). */
    record Result(List<PatentRecord> records, List<String[]> problems) {}

    private TableReader() {}

    /** The rows of a CSV/TSV file, or null when it has no header row with a publication-number column. */
    static Table csv(Path file, ColumnMapping mapping) throws IOException {
        String text = decode(Files.readAllBytes(file));
        for (char separator : separators(text)) {
            List<String[]> stopped = new ArrayList<>();
            List<TableRow> rows = csvRows(text, separator, stopped);
            if (headerRow(rows, mapping) >= 0) {
                return new Table(rows, separator == '\t' ? "tsv" : "csv", stopped.isEmpty() ? null : stopped.get(0));
            }
        }
        return null;
    }

    /** The rows of the first sheet of a workbook that has a header row with a publication-number column, or null. */
    static Table workbook(Path file, ColumnMapping mapping) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : workbook) {
                List<TableRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    int last = Math.max(row.getLastCellNum(), 0);
                    for (int c = 0; c < last; c++) {
                        cells.add(cellText(row.getCell(c), formatter));
                    }
                    rows.add(new TableRow(row.getRowNum() + 1, cells));
                }
                if (headerRow(rows, mapping) >= 0) {
                    return new Table(rows, workbook.getClass().getSimpleName().startsWith("HSSF") ? "xls" : "xlsx",
                            null);
                }
            }
            return null;
        }
    }

    /** The records of the rows below the header (the header must exist: see {@link #headerRow}). */
    static Result records(Table table, ColumnMapping mapping) {
        int header = headerRow(table.rows(), mapping);
        Map<Field, Integer> columns = mapping.resolve(table.rows().get(header).cells());
        List<PatentRecord> records = new ArrayList<>();
        List<String[]> problems = new ArrayList<>();
        for (int i = header + 1; i < table.rows().size(); i++) {
            TableRow row = table.rows().get(i);
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                records.add(record(row, columns, table.format()));
            } catch (RuntimeException e) {
                problems.add(new String[] {"row " + row.number(), String.valueOf(e.getMessage())});
            }
        }
        if (table.stopped() != null) {
            problems.add(table.stopped());
        }
        return new Result(records, problems);
    }

    /** The index of the header row (the first that maps a number column), or -1. */
    static int headerRow(List<TableRow> rows, ColumnMapping mapping) {
        for (int i = 0; i < Math.min(HEADER_ROWS, rows.size()); i++) {
            try {
                if (mapping.resolve(rows.get(i).cells()).containsKey(Field.NUMBER)) {
                    return i;
                }
            } catch (IllegalArgumentException e) {
                // an explicitly named header is not in this row; try the next
            }
        }
        return -1;
    }

    /** The headers a mapping cannot place, for the message when no header row is found. */
    static List<String> firstRow(Table table) {
        return table.rows().isEmpty() ? List.of() : table.rows().get(0).cells();
    }

    private static PatentRecord record(TableRow row, Map<Field, Integer> columns, String format) {
        RecordBuilder r = new RecordBuilder();
        List<String> numbers = Texts.splitValues(cell(row, columns, Field.NUMBER));
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("no publication number");
        }
        String defaultJurisdiction = cell(row, columns, Field.JURISDICTION).strip();
        PublicationNumber n = PatentNumbers.parse(numbers.get(0), defaultJurisdiction);
        if (n.jurisdiction().isEmpty()) {
            throw new IllegalArgumentException("publication number \"" + numbers.get(0)
                    + "\" names no jurisdiction and no column gives one");
        }
        r.jurisdiction = n.jurisdiction();
        r.number = n.number();
        String kind = cell(row, columns, Field.KIND).strip();
        r.kind = n.kind().isEmpty() ? kind : n.kind();
        for (String other : numbers.subList(1, numbers.size())) {
            PatentNumbers.tryParse(other, "").ifPresent(m -> r.addFamily(m.id()));
        }
        r.title = cell(row, columns, Field.TITLE);
        r.abstractText = cell(row, columns, Field.ABSTRACT);
        String claims = cell(row, columns, Field.CLAIMS);
        if (claims.isBlank()) {
            claims = cell(row, columns, Field.FIRST_CLAIM);
        }
        r.claims = Claims.split(claims);
        r.applicants.addAll(Texts.splitValues(cell(row, columns, Field.APPLICANTS)));
        r.assignees.addAll(Texts.splitValues(cell(row, columns, Field.ASSIGNEES)));
        r.inventors.addAll(Texts.splitValues(cell(row, columns, Field.INVENTORS)));
        symbols(cell(row, columns, Field.IPC)).forEach(r::addIpc);
        symbols(cell(row, columns, Field.CPC)).forEach(r::addCpc);
        r.applicationNumber = Texts.collapse(cell(row, columns, Field.APPLICATION_NUMBER));
        r.filingDate = date(row, columns, Field.FILING_DATE, "filing date");
        r.publicationDate = date(row, columns, Field.PUBLICATION_DATE, "publication date");
        r.grantDate = date(row, columns, Field.GRANT_DATE, "grant date");
        r.expiry = date(row, columns, Field.EXPIRY, "expiry date");
        priorities(r, cell(row, columns, Field.PRIORITY), cell(row, columns, Field.PRIORITY_DATE));
        String status = Texts.collapse(cell(row, columns, Field.STATUS));
        if (!status.isEmpty()) {
            r.status = LegalStatuses.fromText(status);
            r.events.add(new LegalEvent(null, "", status));
        }
        for (String member : cell(row, columns, Field.FAMILY).split("[;；|,，\\s]+")) {
            PatentNumbers.tryParse(member, "").filter(m -> !m.jurisdiction().isEmpty())
                    .ifPresent(m -> r.addFamily(m.id()));
        }
        r.familyId = Texts.collapse(cell(row, columns, Field.FAMILY_ID)).replaceAll("\\.0+$", "");
        r.type = PatentTypes.fromWord(cell(row, columns, Field.TYPE));
        String lang = Texts.collapse(cell(row, columns, Field.LANG));
        r.lang = lang.isEmpty() ? Languages.guess(r.title + " " + r.abstractText) : lang;
        r.format = format;
        return r.build();
    }

    private static String cell(TableRow row, Map<Field, Integer> columns, Field field) {
        Integer at = columns.get(field);
        return at == null || at >= row.cells().size() ? "" : row.cells().get(at);
    }

    private static LocalDate date(TableRow row, Map<Field, Integer> columns, Field field, String what) {
        String text = cell(row, columns, field);
        try {
            return Dates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + e.getMessage(), e);
        }
    }

    private static List<String> symbols(String cell) {
        List<String> found = new ArrayList<>();
        Matcher m = CLASS_SYMBOL.matcher(Normalizer.normalize(cell, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static void priorities(RecordBuilder r, String numbersCell, String datesCell) {
        List<String> numbers = Texts.splitValues(numbersCell);
        List<String> dates = Texts.splitValues(datesCell);
        for (int i = 0; i < numbers.size(); i++) {
            String value = numbers.get(i);
            LocalDate date = i < dates.size() ? Dates.lenient(dates.get(i)) : null;
            Matcher inText = PRIORITY_DATE_IN_TEXT.matcher(value);
            if (inText.find() && inText.start() > 0) {
                if (date == null) {
                    date = Dates.lenient(inText.group(1));
                }
                value = value.substring(0, inText.start()).strip();
            }
            String country = value.length() > 2 && Character.isLetter(value.charAt(0))
                    && Character.isLetter(value.charAt(1)) ? value.substring(0, 2).toUpperCase(Locale.ROOT) : "";
            String number = country.isEmpty() ? value : value.substring(2).strip();
            if (!number.isEmpty()) {
                r.priorities.add(new Priority(country, number, date));
            }
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                        : formatter.formatCellValue(cell);
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static List<TableRow> csvRows(String text, char separator, List<String[]> stopped) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<TableRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            int number = 0;
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                number++;
                rows.add(new TableRow(number, Arrays.asList(cells)));
            }
        } catch (IOException | RuntimeException e) {
            // what was read before a broken quote is kept; the rest cannot be split into rows reliably
            stopped.add(new String[] {"row " + (rows.size() + 1), "the CSV is malformed from here on ("
                    + Texts.collapse(String.valueOf(e.getMessage())).replaceAll(" at \\[Source.*$", "")
                    + "); the rest of the file was not read"});
        }
        return rows;
    }

    /** The separators to try, the most frequent in the first lines first. */
    private static List<Character> separators(String text) {
        String head = text.substring(0, Math.min(text.length(), 8192));
        List<Character> candidates = new ArrayList<>(List.of(',', '\t', ';', '|'));
        candidates.sort((a, b) -> Long.compare(count(head, b), count(head, a)));
        return candidates;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** The text of a CSV file: by its byte-order mark, else UTF-8 when it decodes as such, else GB18030. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
