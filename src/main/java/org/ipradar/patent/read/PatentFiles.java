package org.ipradar.patent.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ipradar.patent.PatentBatch;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.RecordProblem;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a patent file in whatever format it is, found from its content: USPTO full-text XML (a single document or a
 * weekly bulk file of concatenated documents, ICE XML v4.x, PAP, ST.32 SGML-style grants), USPTO Greenbook/APS and
 * BRS text, EPO publication-server XML, EPO OPS XML responses, CSV/TSV and XLSX/XLS exports (through a
 * {@link ColumnMapping}), and ZIP archives of these (as the USPTO ships its weekly files).
 *
 * <p>A record that cannot be read is skipped and reported with its position ({@code document 3 (line 1234)},
 * {@code row 12}) and the reason; the others are read. Sequence listings ({@code sequence-cwu}) that the USPTO bulk
 * files interleave with the patents are not patents and are passed over without a problem.
 */
public final class PatentFiles {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml\\s");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private static final String ZIP_ENTRIES = ".*\\.(xml|sgm|sgml|txt|csv|tsv|xlsx|xls|aps)$";

    private enum Format { XML, GREENBOOK, BRS, TABLE, WORKBOOK, ZIP }

    private PatentFiles() {}

    /** Receives what a file yields, record by record, so that a large bulk file need not be held in memory. */
    public interface Sink {
        /** A record read, in file order. */
        void record(PatentRecord record);

        /** A record skipped, with its position and the reason. */
        void problem(RecordProblem problem);
    }

    /** Reads one file with the column mapping guessed from the headers (for CSV/XLSX). */
    public static PatentBatch read(Path file) throws IOException {
        return read(file, ColumnMapping.DEFAULT);
    }

    /**
     * Reads one file, detecting its format from content (and name); records in file order, bad records as problems.
     * The mapping is used for CSV/XLSX only.
     *
     * @throws PatentFormatException when the file is in no format this reader knows (the message names the file)
     * @throws IOException when the file cannot be read
     */
    public static PatentBatch read(Path file, ColumnMapping mapping) throws IOException {
        List<PatentRecord> records = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        read(file, mapping, new Sink() {
            @Override
            public void record(PatentRecord record) {
                records.add(record);
            }

            @Override
            public void problem(RecordProblem problem) {
                problems.add(problem);
            }
        });
        return new PatentBatch(records, problems);
    }

    /**
     * Reads one file like {@link #read(Path, ColumnMapping)}, handing each record and problem to the sink as soon as
     * it is read.
     *
     * @throws PatentFormatException when the file is in no format this reader knows (before anything is handed on)
     * @throws IOException when the file cannot be read
     */
    public static void read(Path file, ColumnMapping mapping, Sink sink) throws IOException {
        read(file, file.toString(), mapping, sink);
    }

    private static void read(Path file, String name, ColumnMapping mapping, Sink sink) throws IOException {
        byte[] head = head(file);
        Format format = sniff(head, name);
        switch (format) {
            case XML -> readXml(file, name, head, sink);
            case GREENBOOK, BRS -> readTagged(file, name, format, sink);
            case TABLE -> readTable(TableReader.csv(file, mapping), name, mapping, sink);
            case WORKBOOK -> readTable(TableReader.workbook(file, mapping), name, mapping, sink);
            case ZIP -> readZip(file, name, mapping, sink);
        }
    }

    /** Whether the name lets text be read as a table: a table extension ({@code .csv}, {@code .tsv}...) or none. */
    private static boolean tableName(String name) {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return file.matches(".*\\.(csv|tsv|txt|tab|dat)$") || !file.contains(".");
    }

    // ---- detection ----

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    private static Format sniff(byte[] head, String name) throws PatentFormatException {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return isWorkbookZip(head) ? Format.WORKBOOK : Format.ZIP;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xe0) {
            return Format.WORKBOOK;
        }
        String text = TableReader.decode(head).replace("\uFEFF", "");
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            String root = rootName(text);
            if (isKnownXmlRoot(root, text)) {
                return Format.XML;
            }
            throw new PatentFormatException(name + ": XML with root <" + root + "> is not a patent format this"
                    + " reader knows (USPTO us-patent-grant, us-patent-application, patent-application-publication,"
                    + " PATDOC; EPO ep-patent-document; OPS world-patent-data)");
        }
        if (text.contains(TaggedText.BRS_BOUNDARY)) {
            return Format.BRS;
        }
        String firstLine = start.lines().findFirst().orElse("").stripTrailing();
        if (firstLine.equals("PATN") || firstLine.startsWith("HHHHHT")) {
            return Format.GREENBOOK;
        }
        if (looksBinary(head)) {
            throw new PatentFormatException(name + ": not a patent format this reader knows (a binary file that is"
                    + " neither XLSX/XLS nor ZIP)");
        }
        if (!tableName(name)) {
            throw new PatentFormatException(name + ": not a patent format this reader knows (USPTO XML/SGML/Greenbook"
                    + "/BRS, EPO or OPS XML, or a .csv/.tsv/.txt/.xlsx table with a publication-number column)");
        }
        return Format.TABLE;
    }

    private static boolean isWorkbookZip(byte[] head) {
        String names = new String(head, StandardCharsets.ISO_8859_1);
        return names.contains("[Content_Types].xml") || names.contains("xl/");
    }

    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if ((b & 0xff) < 0x09) {
                controls++;
            }
        }
        return controls > head.length / 100 + 1;
    }

    /** The name of the first element, after the prolog and comments; local name, prefix dropped. */
    static String rootName(String xml) {
        Matcher m = ROOT.matcher(COMMENT.matcher(xml).replaceAll(""));
        if (!m.find()) {
            return "";
        }
        String name = m.group(1);
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static boolean isKnownXmlRoot(String root, String text) {
        return switch (root) {
            case "us-patent-grant", "us-patent-application", "patent-application-publication", "PATDOC",
                    "sequence-cwu", "ep-patent-document", "world-patent-data" -> true;
            case "fault" -> text.contains("ops.epo.org");
            default -> false;
        };
    }

    // ---- XML ----

    private static void readXml(Path file, String name, byte[] head, Sink sink) throws IOException {
        Charset charset = declaredCharset(head);
        try (BufferedReader reader = new BufferedReader(reader(Files.newInputStream(file), charset))) {
            StringBuilder doc = new StringBuilder();
            int lineNumber = 0;
            int docLine = 1;
            int documents = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (XML_DECLARATION.matcher(line).find() && !doc.toString().isBlank()) {
                    documents++;
                    readDocument(doc.toString(), name, documents, docLine, sink);
                    doc.setLength(0);
                    docLine = lineNumber;
                }
                if (doc.isEmpty()) {
                    docLine = lineNumber;
                }
                doc.append(line).append('\n');
            }
            if (!doc.toString().isBlank()) {
                documents++;
                readDocument(doc.toString(), name, documents, docLine, sink);
            }
        }
    }

    private static void readDocument(String xml, String name, int index, int line, Sink sink) {
        String where = "document " + index + " (line " + line + ")";
        String root = rootName(xml.substring(0, Math.min(xml.length(), SNIFF_BYTES)));
        if (root.equals("sequence-cwu")) {
            return;
        }
        Document document;
        try {
            document = Xml.parse(xml);
        } catch (SAXException e) {
            // Some office files are complete but not well-formed (a bare "&" in an address, "<First Embodiment" in
            // a heading; SGML-era grants). jsoup's lenient XML parser reads those; a document cut short (no end
            // tag) is reported instead, since a lenient parse would pass off half a record as whole.
            if (root.isEmpty() || !Pattern.compile("</(?:[\\w.-]+:)?" + Pattern.quote(root) + "\\s*>").matcher(xml)
                    .find()) {
                sink.problem(new RecordProblem(name, where, "not well-formed XML: " + e.getMessage()));
                return;
            }
            document = W3CDom.convert(Jsoup.parse(Xml.replaceNamedEntities(xml), "", Parser.xmlParser()));
        }
        Element element = document.getDocumentElement();
        try {
            switch (Xml.name(element)) {
                case "us-patent-grant", "us-patent-application" -> sink.record(UsptoXml.ice(element));
                case "patent-application-publication" -> sink.record(UsptoXml.pap(element));
                case "PATDOC" -> sink.record(UsptoXml.sgml(element));
                case "ep-patent-document" -> sink.record(EpoDocuments.read(element));
                case "world-patent-data", "fault" -> {
                    EpoOps.Result result = EpoOps.read(element);
                    result.records().forEach(sink::record);
                    for (String[] p : result.problems()) {
                        sink.problem(new RecordProblem(name, index == 1 ? p[0] : where + " " + p[0], p[1]));
                    }
                }
                default -> sink.problem(new RecordProblem(name, where, "<" + Xml.name(element)
                        + "> is not a patent document"));
            }
        } catch (RuntimeException e) {
            sink.problem(new RecordProblem(name, where, String.valueOf(e.getMessage())));
        }
    }

    private static Charset declaredCharset(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            return StandardCharsets.UTF_16;
        }
        String prolog = new String(head, 0, Math.min(head.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(prolog);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A reader that turns undecodable bytes into U+FFFD, so one bad byte costs a character, not the file. */
    private static Reader reader(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    // ---- tagged text ----

    private static void readTagged(Path file, String name, Format format, Sink sink) throws IOException {
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(reader(Files.newInputStream(file), textCharset(file)))) {
            lines = reader.lines().toList();
        }
        List<TaggedText.Chunk> chunks = format == Format.BRS ? TaggedText.brsDocuments(lines)
                : TaggedText.greenbookDocuments(lines);
        int index = 0;
        for (TaggedText.Chunk chunk : chunks) {
            index++;
            try {
                sink.record(format == Format.BRS ? TaggedText.brs(chunk.lines()) : TaggedText.greenbook(chunk.lines()));
            } catch (RuntimeException e) {
                sink.problem(new RecordProblem(name, "document " + index + " (line " + chunk.line() + ")",
                        String.valueOf(e.getMessage())));
            }
        }
    }

    /** Greenbook and BRS files are ASCII or UTF-8; older ones may hold Latin-1 bytes. */
    private static Charset textCharset(Path file) throws IOException {
        byte[] bytes = head(file);
        try {
            // the last bytes may be a character cut in two by the sniffing limit
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, Math.max(0, bytes.length - 4)));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    // ---- tables ----

    private static void readTable(TableReader.Table table, String name, ColumnMapping mapping, Sink sink)
            throws PatentFormatException {
        if (table == null) {
            String what = "a table without a publication-number column among its first " + TableReader.HEADER_ROWS
                    + " rows (name the column with a mapping such as number=公开号)";
            if (!mapping.explicit().isEmpty()) {
                what += "; the mapping names " + mapping.explicit().values();
            }
            throw new PatentFormatException(name + ": " + what);
        }
        TableReader.Result result = TableReader.records(table, mapping);
        result.records().forEach(sink::record);
        for (String[] p : result.problems()) {
            sink.problem(new RecordProblem(name, p[0], p[1]));
        }
    }

    // ---- ZIP ----

    private static void readZip(Path file, String name, ColumnMapping mapping, Sink sink) throws IOException {
        int read = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (entry.isDirectory() || entryName.startsWith("__MACOSX/")
                        || !entryName.toLowerCase(Locale.ROOT).matches(ZIP_ENTRIES)) {
                    continue;
                }
                String suffix = entryName.substring(entryName.lastIndexOf('.'));
                Path temp = Files.createTempFile("ipradar-patent-", suffix);
                try {
                    Files.copy(zip, temp, StandardCopyOption.REPLACE_EXISTING);
                    String inner = name + "!" + entryName;
                    try {
                        read(temp, inner, mapping, sink);
                    } catch (PatentFormatException e) {
                        sink.problem(new RecordProblem(name, entryName, e.getMessage()));
                    }
                    read++;
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        }
        if (read == 0) {
            throw new PatentFormatException(name + ": a ZIP archive with no XML, text or table file in it");
        }
    }
}
