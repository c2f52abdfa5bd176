package org.ipradar.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipradar.Services;
import org.ipradar.search.SearchRequest;
import org.ipradar.store.Article;
import org.ipradar.store.RawStore;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportDocsTest {
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    ImportReport importFile(Services services, Path file, List<LineProblem> heard) throws IOException {
        DocumentImporter importer = new DocumentImporter(services.writer(),
                new DocumentJson("import", Clock.fixed(NOW, ZoneOffset.UTC)));
        return importer.importFile(file, new DocumentImporter.Listener() {
            @Override
            public void problem(LineProblem problem) {
                heard.add(problem);
            }
        });
    }

    ImportReport importFile(Services services, Path file) throws IOException {
        return importFile(services, file, new ArrayList<>());
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void importsEveryFieldAndKeepsTheGivenId() throws IOException {
        Path file = write("docs.jsonl", """
                {"id": "sg-2016-gyp", "title": " Global Yellow Pages v Promedia ", "url": "HTTPS://Example.org:443/c?id=1#top", "source": "sg-courts", "lang": "en", "kind": "case", "countries": ["sg", "SG", "MY"], "ipTypes": ["copyright", "copyright"], "industries": ["other"], "published": "2016-01-27", "fetched": "2026-10-01T08:30:00+08:00", "text": "Copyright in compilations.\\n\\nDirectories.", "cluster": "ignored", "alsoReportedBy": []}
                """);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            ImportReport report = importFile(services, file);
            assertEquals("1 line: 1 new, 0 updated, 0 unchanged, 0 skipped", report.summary());
            Article a = services.documents().get("sg-2016-gyp").orElseThrow();
            assertEquals("Global Yellow Pages v Promedia", a.title());
            assertEquals("https://example.org/c?id=1", a.url(), "the link in the crawler's canonical form");
            assertEquals("sg-courts", a.source());
            assertEquals("en", a.lang());
            assertEquals("case", a.kind());
            assertEquals(List.of("SG", "MY"), a.countries(), "upper-cased, each once, in order");
            assertEquals(List.of("copyright"), a.ipTypes());
            assertEquals(List.of("other"), a.industries());
            assertEquals(Instant.parse("2016-01-27T00:00:00Z"), a.published(), "a date is its midnight UTC");
            assertEquals(Instant.parse("2026-10-01T00:30:00Z"), a.fetched());
            assertEquals("Copyright in compilations.\n\nDirectories.", a.text());
            assertEquals("sg-2016-gyp", a.cluster(), "the API's cluster is not taken from the file");
        }
    }

    @Test
    void fillsWhatALineLeavesOut() throws IOException {
        Path file = write("docs.jsonl", """
                {"title": "越南商标抢注案件提醒", "text": "某企业在越南遭遇商标抢注。"}
                {"url": "https://example.org/news/1", "text": "Only a text here\\nand a second line"}
                """);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            importFile(services, file);
            Article zh = services.documents().get(DocumentJson.hashId("import:import:越南商标抢注案件提醒:null"))
                    .orElseThrow();
            assertEquals("zh", zh.lang(), "guessed from the text");
            assertEquals("news", zh.kind());
            assertEquals("import", zh.source());
            assertEquals(NOW, zh.fetched());
            assertNull(zh.published());
            assertNull(zh.url());
            String crawlerId = RawStore.sha256("url:https://example.org/news/1".getBytes(StandardCharsets.UTF_8))
                    .substring(0, 24);
            Article en = services.documents().get(crawlerId).orElseThrow(
                    () -> new AssertionError("a line with a url and no id gets the crawler's id for that url"));
            assertEquals("Only a text here", en.title(), "the text's first line stands in for a missing title");
            assertEquals("en", en.lang());
        }
    }

    @Test
    void reportsEachBadLineByNumberAndFieldAndImportsTheRest() throws IOException {
        String longTitle = "x".repeat(1001);
        String lines = String.join("\n",
                "{\"id\": \"good-1\", \"title\": \"Durian exports\", \"countries\": [\"TH\"]}",
                "{\"title\": \"x\", \"countries\": [\"VN\", \"XX\"]}",
                "{\"title\": \"x\", \"kind\": \"blog\"}",
                "{\"title\": \"x\", \"published\": \"01/03/2026\"}",
                "{\"title\": \"x\", \"published\": \"2099-01-01\"}",
                "{\"title\": \"x\", \"tilte\": \"y\"}",
                "{\"text\": \"  \"}",
                "{\"title\": \"x\", \"lang\": \"chinese\"}",
                "{\"title\": \"x\", \"url\": \"ftp://example.org/x\"}",
                "{\"title\": \"x\", \"ipTypes\": [\"patents\"]}",
                "{\"title\": \"x\", \"industries\": \"ai\"}",
                "{\"title\": 5}",
                "{\"title\": \"x\"",
                "[1, 2]",
                "{\"id\": \"a b\", \"title\": \"x\"}",
                "{\"title\": \"" + longTitle + "\"}",
                "{\"title\": \"x\", \"source\": \"my source\"}",
                "{\"title\": \"a\", \"title\": \"b\"}",
                "{\"title\": \"a\"} {}",
                "{\"title\": \"x\", \"countries\": [\"VN\", 7]}",
                "{\"id\": \"good-2\", \"title\": \"Mangosteen\"}",
                "");
        Path file = write("docs.jsonl", lines);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            List<LineProblem> heard = new ArrayList<>();
            ImportReport report = importFile(services, file, heard);
            List<String> expected = List.of(
                    "line 2: countries: must be an ISO 3166-1 alpha-2 code such as VN, TH, SG, or EU or WO (got \"XX\")",
                    "line 3: kind: must be one of: news, case, law, guide, bulletin (got \"blog\")",
                    "line 4: published: must be a date such as 2026-03-01 or an ISO-8601 time with its offset such as"
                            + " 2026-03-01T08:00:00Z (got \"01/03/2026\")",
                    "line 5: published: is in the future (got \"2099-01-01\")",
                    "line 6: tilte: unknown field (the fields are: id, title, url, source, lang, kind, countries,"
                            + " ipTypes, industries, published, fetched, text)",
                    "line 7: title: a document needs a title or a text (both are missing or blank)",
                    "line 8: lang: must be an ISO 639-1 code in lower case such as zh, en, vi (got \"chinese\")",
                    "line 9: url: must be an absolute http or https URL (got \"ftp://example.org/x\")",
                    "line 10: ipTypes: must be one of: patent, design, trademark, copyright, trade_secret,"
                            + " geographical_indication, unfair_competition, customs (got \"patents\")",
                    "line 11: industries: must be an array of strings (got a string)",
                    "line 12: title: must be a string (got a number)",
                    "line 13: not valid JSON at column 14: Unexpected end-of-input: expected close marker for Object",
                    "line 14: not a JSON object (got an array)",
                    "line 15: id: must be letters, digits and . _ : ~ -, starting with a letter or digit (got \"a b\")",
                    "line 16: title: must be at most 1000 characters (got 1001)",
                    "line 17: source: must be letters, digits and '-', starting with a letter or digit (got \"my"
                            + " source\")",
                    "line 18: not valid JSON at column 23: Duplicate field 'title'",
                    "line 19: not valid JSON at column 16: more than one JSON value on the line",
                    "line 20: countries: must be an array of strings (got a number in it)");
            assertEquals(expected, report.problems().stream().map(LineProblem::toString).toList());
            assertEquals(expected, heard.stream().map(LineProblem::toString).toList(), "heard as they were read");
            assertEquals("21 lines: 2 new, 0 updated, 0 unchanged, 19 skipped (title: 3, invalid JSON: 3,"
                    + " countries: 2, published: 2, kind: 1, tilte: 1, lang: 1, url: 1, ipTypes: 1, industries: 1,"
                    + " not an object: 1, id: 1, source: 1)", report.summary());
            assertEquals(2, services.documents().count());
            assertEquals(List.of("good-1"), services.search().search(SearchRequest.of("durian")).hits().stream()
                    .map(h -> h.id()).toList(), "what was imported is searchable at once");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        Path file = write("docs.jsonl", """
                {"id": "a", "title": "Durian", "text": "Thai durian exports."}
                {"title": "Mangosteen", "published": "2026-03-01T08:00:00Z"}
                """);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            importFile(services, file);
            long seq = services.documents().maxSeq();
            ImportReport again = importFile(services, file);
            assertEquals("2 lines: 0 new, 0 updated, 2 unchanged, 0 skipped", again.summary());
            assertEquals(seq, services.documents().maxSeq(), "no change number was taken");

            write("docs.jsonl", """
                    {"id": "a", "title": "Durian", "text": "Thai durian exports grew."}
                    {"title": "Mangosteen", "published": "2026-03-01T08:00:00Z"}
                    """);
            assertEquals("2 lines: 0 new, 1 updated, 1 unchanged, 0 skipped", importFile(services, file).summary());
            assertEquals("Thai durian exports grew.", services.documents().get("a").orElseThrow().text());
        }
    }

    @Test
    void toleratesAByteOrderMarkBlankLinesAndCrLf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        bytes.writeBytes("{\"id\": \"a\", \"title\": \"Durian\"}\r\n\r\n   \n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"b\", \"title\": \"x\", \"kind\": \"blog\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xff, '"', '}', '\n'});
        bytes.writeBytes("{\"id\": \"c\", \"title\": \"Mangosteen\"}".getBytes(StandardCharsets.UTF_8)); // no final \n
        Path file = Files.write(dir.resolve("docs.jsonl"), bytes.toByteArray());
        try (Services services = TestServices.open(dir.resolve("data"))) {
            ImportReport report = importFile(services, file);
            assertEquals(List.of("line 4: kind: must be one of: news, case, law, guide, bulletin (got \"blog\")",
                    "line 5: not valid UTF-8"), report.problems().stream().map(LineProblem::toString).toList(),
                    "blank lines count in the numbering");
            assertEquals("4 lines: 2 new, 0 updated, 0 unchanged, 2 skipped (kind: 1, invalid UTF-8: 1)",
                    report.summary());
            assertEquals("Durian", services.documents().get("a").orElseThrow().title(), "the mark is not in the id");
        }
    }

    @Test
    void aRepeatedIdIsImportedInFileOrderSoTheLaterLineWins() throws IOException {
        Path file = write("docs.jsonl", """
                {"id": "a", "title": "First"}
                {"id": "a", "title": "Second"}
                """);
        try (Services services = TestServices.open(dir.resolve("data"))) {
            ImportReport report = importFile(services, file);
            assertEquals("2 lines: 1 new, 1 updated, 0 unchanged, 0 skipped; 1 line repeats an earlier line's id (the"
                    + " later line wins)", report.summary());
            assertEquals("Second", services.documents().get("a").orElseThrow().title());
        }
    }

    @Test
    void aUtf16FileOrADirectoryCannotBeRead() throws IOException {
        Path utf16 = Files.write(dir.resolve("utf16.jsonl"), "\uFEFF{\"title\": \"x\"}\n".getBytes(
                StandardCharsets.UTF_16BE));
        try (Services services = TestServices.open(dir.resolve("data"))) {
            IOException e = assertThrows(IOException.class, () -> importFile(services, utf16));
            assertEquals("the file is UTF-16 (it starts with a UTF-16 byte-order mark); import-docs reads UTF-8",
                    e.getMessage());
            IOException d = assertThrows(IOException.class, () -> importFile(services, dir));
            assertEquals(dir + " is a directory, not a file of JSON lines", d.getMessage());
            assertEquals(Map.of(), services.documents().countBySource());
        }
    }
}
