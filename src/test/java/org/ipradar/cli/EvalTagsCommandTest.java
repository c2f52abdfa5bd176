package org.ipradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval-tags}: the tables it prints on a corpus, and its one-line failure without one. */
class EvalTagsCommandTest {
    @TempDir
    Path empty;

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

    @Test
    void missingCorpusExitsTwoWithTheReason() {
        Run r = run("eval-tags", "--corpus", empty.toString());
        assertEquals(2, r.exit());
        assertEquals("ipradar: no labelled corpus at " + empty.toAbsolutePath().normalize()
                + " (need cases/singapore_judgments and cases/china_ip_law); pass --corpus DIR or set IPRADAR_CORPUS"
                + System.lineSeparator(), r.err());
    }

    @Test
    void printsTheTablesForACorpus() throws URISyntaxException {
        Path corpus = Path.of(EvalTagsCommandTest.class.getResource("/fixtures/enrich/corpus").toURI());
        Run r = run("eval-tags", "--corpus", corpus.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("""
                ## ipTypes on Singapore IP judgments (gold: catchwords; text without them) (3 documents)

                | tag | support | tagged | precision | recall | F1 |
                |---|---:|---:|---:|---:|---:|
                | patent | 1 | 1 | 1.000 | 1.000 | 1.000 |
                | trademark | 2 | 2 | 1.000 | 1.000 | 1.000 |
                | unfair_competition | 1 | 1 | 1.000 | 1.000 | 1.000 |
                | **micro** | 4 | 4 | 1.000 | 1.000 | 1.000 |
                """), r.out());
        assertTrue(r.out().contains("- SG tagged on 1 of 3 Singapore IP judgments (recall 0.333)"), r.out());
        assertTrue(r.out().contains("## countries on held-out headlines (written after the lists were first frozen)"
                + " (40 documents)"), r.out());
        assertTrue(r.out().contains("## kind on development headlines (the lists were tuned on them) (60 documents)"),
                r.out());
    }
}
