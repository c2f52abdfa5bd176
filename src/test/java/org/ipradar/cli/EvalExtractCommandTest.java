package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractCommandTest {
    private static final String GOLD = "Cục Sở hữu trí tuệ vừa khuyến cáo doanh nghiệp đăng ký nhãn hiệu sớm tại các"
            + " thị trường xuất khẩu, sau khi ghi nhận nhiều vụ hàng giả mạo nhãn hiệu Việt Nam ở nước ngoài.\n\n"
            + "Theo Cục, trong năm 2025 có hơn 40 doanh nghiệp phản ánh việc nhãn hiệu của mình bị đăng ký trước bởi"
            + " bên thứ ba tại các nước ASEAN và Trung Quốc.\n\n"
            + "Doanh nghiệp có thể nộp đơn quốc tế theo Nghị định thư Madrid để được bảo hộ tại nhiều nước cùng lúc.";

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Cli.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A corpus of one page per set, whose gold text is exactly what the extractor should find. */
    static Path corpus(Path dir) throws IOException {
        byte[] page;
        try (InputStream in = EvalExtractCommandTest.class.getResourceAsStream(
                "/fixtures/extract/selector-redesigned.html")) {
            page = in.readAllBytes();
        }
        Path bench = Files.createDirectories(dir.resolve("html/article-extraction-benchmark/html"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(bench.resolve("abc123.html.gz")))) {
            gz.write(page);
        }
        String json = "{\"abc123\": {\"articleBody\": \"" + GOLD.replace("\n", "\\n") + "\", \"url\": \"https://x\"}}";
        Files.writeString(bench.getParent().resolve("ground-truth.json"), json, StandardCharsets.UTF_8);
        Path readability = Files.createDirectories(dir.resolve("html/readability/vn-1"));
        Files.write(readability.resolve("source.html"), page);
        Files.writeString(readability.resolve("expected.html"),
                "<div><p>" + GOLD.replace("\n\n", "</p><p>") + "</p></div>", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void printsPrecisionRecallAndF1PerSet(@TempDir Path dir) throws IOException {
        Run r = run("eval-extract", "--corpus", corpus(dir).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("""
                set                             pages  precision   recall       F1
                article-extraction-benchmark        1     1.0000   1.0000   1.0000
                readability                         1     1.0000   1.0000   1.0000
                """), r.out());
    }

    @Test
    void verboseAddsALinePerPage(@TempDir Path dir) throws IOException {
        Run r = run("eval-extract", "--corpus", corpus(dir).toString(), "--set", "readability", "--verbose");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("readability                         1     1.0000   1.0000   1.0000\n"
                + "  vn-1                                    1.0000   1.0000   1.0000"), r.out());
        assertTrue(!r.out().contains("\narticle-extraction-benchmark "), r.out());
    }

    @Test
    void missingCorpusExitsTwoNamingWhereItLooked(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        Run r = run("eval-extract", "--corpus", missing.toString());
        assertEquals(2, r.exit());
        assertEquals("ipradar: shared corpus not found at " + missing + " (give --corpus DIR or set IPRADAR_CORPUS)\n",
                r.err());
    }

    @Test
    void unknownSetExitsTwoListingTheSets(@TempDir Path dir) throws IOException {
        Run r = run("eval-extract", "--corpus", corpus(dir).toString(), "--set", "gne");
        assertEquals(2, r.exit());
        assertEquals("ipradar: --set must be one of: article-extraction-benchmark, readability (got \"gne\")\n",
                r.err());
    }
}
