package org.ipradar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.Services;
import org.ipradar.config.Settings;
import org.ipradar.patent.ImportCounts;
import org.ipradar.patent.PatentBatch;
import org.ipradar.patent.PatentImporter;
import org.ipradar.patent.PatentRecord;
import org.ipradar.patent.RecordProblem;
import org.ipradar.patent.read.ColumnMapping;
import org.ipradar.patent.read.PatentFiles;
import org.ipradar.patent.read.PatentFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-patents FILE...}: loads patent records (USPTO full-text XML and its older text formats, EPO
 * publication-server and OPS XML, CSV/XLSX exports) into the patent store and index; a record read again updates the
 * stored one. Bad records are reported by file and position and skipped. Exit 0 when everything was read, 1 when
 * some records were skipped, 2 when a file could not be read at all (the other files are still imported).
 */
@Command(name = "import-patents", mixinStandardHelpOptions = true,
        description = "Import patent records (USPTO/EPO XML, CSV/XLSX) / 导入专利数据")
final class ImportPatentsCommand implements Callable<Integer> {
    /** Records stored and indexed per transaction while a file is read. */
    static final int CHUNK = 500;
    /** Problems beyond this many are counted but not printed one by one. */
    static final int PRINTED_PROBLEMS = 100;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "patent files: USPTO bulk XML (ipg/ipa, also"
            + " zipped), PAP, SGML, Greenbook, BRS text, EPO publication-server or OPS XML, CSV/TSV, XLSX/XLS")
    List<Path> files;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN,...", description = "columns of a CSV/XLSX export, e.g."
            + " number=公开号,title=标题,filing-date=申请日 (unnamed fields are guessed from the headers)")
    String map;

    @Override
    public Integer call() {
        ColumnMapping mapping;
        try {
            mapping = map == null ? ColumnMapping.DEFAULT : ColumnMapping.parse(map);
        } catch (IllegalArgumentException e) {
            throw new CliException("--map: " + e.getMessage());
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new CliException("cannot read " + f + ": no such file"); // before a data directory is made
            }
        }
        Settings s = common.settings();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        ImportCounts total = ImportCounts.none();
        boolean unreadable = false;
        try (Services services = Services.open(s, CommonOptions.sources(s, false), n -> {})) {
            PatentImporter importer = services.patents().importer();
            int[] printed = {0};
            for (Path f : files) {
                try {
                    ImportCounts counts = importFile(importer, f, mapping, problem -> {
                        if (printed[0] < PRINTED_PROBLEMS) {
                            err.println("skipped " + problem);
                        } else if (printed[0] == PRINTED_PROBLEMS) {
                            err.println("(more skipped records are counted but not listed)");
                        }
                        printed[0]++;
                    });
                    System.out.printf(Locale.ROOT, "%s: %s%n", f, counts.summary());
                    total = total.plus(counts);
                } catch (PatentFormatException e) {
                    err.println("cannot import " + f + ": " + e.getMessage());
                    unreadable = true;
                } catch (IOException e) {
                    err.println("cannot read " + f + ": " + e.getMessage());
                    unreadable = true;
                }
            }
            System.out.printf(Locale.ROOT, "imported %d file%s into %s: %s; %d patents stored (%.1fs)%n",
                    files.size(), files.size() == 1 ? "" : "s", s.dataDir(), total.summary(),
                    services.patents().store().count(), (System.nanoTime() - start) / 1e9);
        }
        return unreadable ? 2 : total.skipped() > 0 ? 1 : 0;
    }

    /** Receives a skipped record as soon as it is read. */
    interface Problems {
        void skipped(RecordProblem problem);
    }

    /** Reads the file in chunks of {@link #CHUNK} records, storing and indexing each, and counts what happened. */
    static ImportCounts importFile(PatentImporter importer, Path file, ColumnMapping mapping, Problems problems)
            throws IOException {
        List<PatentRecord> chunk = new ArrayList<>(CHUNK);
        List<RecordProblem> skipped = new ArrayList<>();
        ImportCounts[] counts = {ImportCounts.none()};
        int[] read = {0};
        PatentFiles.read(file, mapping, new PatentFiles.Sink() {
            @Override
            public void record(PatentRecord record) {
                chunk.add(record);
                if (chunk.size() == CHUNK) {
                    flush();
                }
            }

            @Override
            public void problem(RecordProblem problem) {
                skipped.add(problem);
                problems.skipped(problem);
            }

            private void flush() {
                counts[0] = counts[0].plus(importer.apply(new PatentBatch(chunk, List.of()),
                        PatentImporter.Progress.none()));
                read[0] += chunk.size();
                chunk.clear();
                System.out.printf(Locale.ROOT, "  %s: %d records stored%n", file.getFileName(), read[0]);
            }
        });
        if (!chunk.isEmpty()) {
            counts[0] = counts[0].plus(importer.apply(new PatentBatch(chunk, List.of()),
                    PatentImporter.Progress.none()));
        }
        return counts[0].plus(new ImportCounts(0, 0, 0, skipped.size(), skipped));
    }
}
