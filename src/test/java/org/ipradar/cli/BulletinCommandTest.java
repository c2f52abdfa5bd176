package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ipradar.Services;
import org.ipradar.bulletin.BulletinStore;
import org.ipradar.store.Database;
import org.ipradar.testing.DeskFixtures;
import org.ipradar.testing.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin QUARTER}: the draft it prints, and its one-line refusals. */
class BulletinCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
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

    @BeforeEach
    void data() {
        try (Services s = TestServices.open(dir)) {
            s.writer().write(DeskFixtures.twoQuarters());
        }
    }

    @Test
    void printsTheProposedDraft() {
        Run r = run("bulletin", "2026Q3", "--size", "3", "--data", dir.toString(), "--feeds",
                dir.resolve("none.yml").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                海外知识产权信息季度简报（2026年第三季度）
                draft for 2026Q3: 9 candidate documents published 2026-07-01 to 2026-09-30 (Asia/Shanghai), 3 proposed

                本期简报精选2026年第三季度海外知识产权信息 3 篇，涉及越南、泰国、印度尼西亚国家和地区，涵盖商标、专利等领域，供出口企业参考。

                 1. title a1
                    src | 2026-07-10 | case | VN | trademark | score 8.5
                    https://example.org/a1
                    text a1

                 2. title a3
                    src | 2026-08-01 | case | TH | patent | score 8.0
                    https://example.org/a3
                    text a3

                 3. title a5
                    src | 2026-09-01 | law | ID | - | score 7.5
                    https://example.org/a5
                    text a5
                """, r.out().replace(System.lineSeparator(), "\n"));
        try (Database db = Database.open(dir)) {
            assertEquals(List.of(), new BulletinStore(db).list(List.of("draft")), "nothing saved without --save");
        }
    }

    @Test
    void saveKeepsTheDraftForTheEditors() {
        Run r = run("bulletin", "2026q3", "--save", "--data", dir.toString(), "--feeds", dir.resolve("none.yml").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("saved as draft bulletin 1; editors find it at /bulletins/1", r.out().strip().lines().toList().getLast());
        try (Database db = Database.open(dir)) {
            var drafts = new BulletinStore(db).list(List.of("draft"));
            assertEquals(1, drafts.size());
            String cli = "cli:" + System.getProperty("user.name", "unknown");
            assertEquals(cli, drafts.getFirst().createdBy());
            var entry = new org.ipradar.store.AuditStore(db, java.time.Clock.systemUTC())
                    .list(new org.ipradar.store.AuditStore.Query(null, "bulletin_created", 5, 0)).entries().getFirst();
            assertEquals(cli + " bulletin 1", entry.actor() + " " + entry.objectType() + " " + entry.objectId());
            assertEquals(8, drafts.getFirst().items().size());
        }
    }

    @Test
    void aQuarterWithTooFewDocumentsExitsWithTheReason() {
        Run r = run("bulletin", "2026Q1", "--data", dir.toString(), "--feeds", dir.resolve("none.yml").toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("ipradar: 2026Q1 has 1 candidate document (published 2026-01-01 to 2026-03-31, Asia/Shanghai); a"
                + " bulletin needs at least 2: write guides, law notes or cases on the desk, or pick another quarter"
                + System.lineSeparator(), r.err());
    }

    @Test
    void badInputIsOneLine() {
        assertEquals("ipradar: quarter must look like 2026Q3: a year, Q and 1 to 4 (got \"2026-3\")"
                + System.lineSeparator(), run("bulletin", "2026-3", "--data", dir.toString()).err());
        Path empty = dir.resolve("empty");
        assertEquals("ipradar: no database in " + empty.toAbsolutePath() + "; crawl first, or pass --data DIR"
                + System.lineSeparator(), run("bulletin", "2026Q3", "--data", empty.toString()).err());
    }
}
