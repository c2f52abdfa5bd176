package org.ipradar.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM and captures what it prints. */
final class CliRun {
    final int exit;
    final String out;
    final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    // Lucene logs once per JVM through java.util.logging (its vector API note) on the first index opened.
    private static String withoutLuceneLog(String err) {
        return err.replaceAll("(?m)^\\w{3} \\d{1,2}, \\d{4} .* org\\.apache\\.lucene\\..*\n(INFO|WARNING): .*\n", "");
    }

    static synchronized CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Cli.run(args);
            System.out.flush();
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                    withoutLuceneLog(err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n")));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
