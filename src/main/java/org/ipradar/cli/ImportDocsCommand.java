package org.ipradar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.docs.DocumentImporter;
import org.ipradar.docs.DocumentJson;
import org.ipradar.docs.ImportReport;
import org.ipradar.docs.LineProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-docs FILE}: loads curated documents, one JSON document a line, into the data directory; bad lines are
 * reported by number and skipped. Exit 0 when every line was imported, 1 when some were skipped, 2 when the file
 * cannot be read.
 */
@Command(name = "import-docs", mixinStandardHelpOptions = true,
        description = "Import documents from a JSON-lines file / 导入文档 (JSONL)")
final class ImportDocsCommand implements Callable<Integer> {
    /** Bad lines beyond this many are counted in the total but not printed one by one. */
    static final int PRINTED_PROBLEMS = 100;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "one JSON document a line, with the fields of"
            + " GET /api/documents/{id}: id, title, url, source, lang, kind, countries, ipTypes, industries,"
            + " published, fetched, text")
    Path file;

    @Option(names = "--source", paramLabel = "NAME", defaultValue = "import",
            description = "source of documents that name none (default: import)")
    String source;

    @Override
    public Integer call() {
        if (!DocumentJson.isValidSource(source)) {
            throw new CliException("--source must be letters, digits and '-', at most 64, starting with a letter or"
                    + " digit (got \"" + source + "\")");
        }
        if (!Files.exists(file)) {
            throw new CliException("cannot read " + file + ": no such file"); // before a data directory is made
        }
        Settings s = common.settings();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = Services.open(s, CommonOptions.sources(s, false), n -> {})) {
            ImportReport report = run(services, file, source, err);
            System.out.printf(Locale.ROOT, "imported %s into %s: %s (%.1fs)%n", file, s.dataDir(), report.summary(),
                    report.elapsed().toMillis() / 1000.0);
            return report.skipped() == 0 ? 0 : 1;
        }
    }

    /** Imports the file through the services, printing progress to stdout and bad lines to {@code err}. */
    static ImportReport run(Services services, Path file, String source, PrintWriter err) {
        DocumentImporter importer = new DocumentImporter(services.writer(),
                new DocumentJson(source, Clock.systemUTC()));
        try {
            return importer.importFile(file, new DocumentImporter.Listener() {
                int printed;

                @Override
                public void problem(LineProblem problem) {
                    if (printed < PRINTED_PROBLEMS) {
                        err.println(file.getFileName() + ": " + problem);
                    } else if (printed == PRINTED_PROBLEMS) {
                        err.println(file.getFileName() + ": more bad lines are counted in the total, not shown");
                    }
                    printed++;
                }

                @Override
                public void progress(long lines, long imported, long skipped) {
                    System.out.printf(Locale.ROOT, "  %d lines read: %d imported, %d skipped%n", lines, imported,
                            skipped);
                }
            });
        } catch (NoSuchFileException e) {
            throw new CliException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
