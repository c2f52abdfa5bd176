package org.ipradar.docs;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipradar.index.DocumentWriter;
import org.ipradar.store.Article;
import org.ipradar.store.DocumentStore;

/**
 * Loads a file of JSON documents, one a line (UTF-8; a byte-order mark at the start and blank lines are allowed),
 * through the {@link DocumentWriter} in batches: store first, then index. A bad line is reported by number and
 * skipped; the rest are imported. Unchanged documents (same content hash) are not rewritten, so importing a file
 * twice changes nothing.
 */
public final class DocumentImporter {
    /** At most this many bad lines are kept in the report (all are counted and all go to the listener). */
    public static final int KEPT_PROBLEMS = 1_000;
    /** A longer line is skipped unread. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    static final int BATCH_DOCUMENTS = 500;
    static final long BATCH_CHARS = 16_000_000;
    static final long PROGRESS_LINES = 10_000;
    static final long PROGRESS_NANOS = 5_000_000_000L;

    /** Hears about an import as it goes. */
    public interface Listener {
        /** A bad line, as soon as it is read. */
        default void problem(LineProblem problem) {}

        /** The running counts, every {@value #PROGRESS_LINES} lines or 5 seconds, whichever comes first. */
        default void progress(long lines, long imported, long skipped) {}
    }

    private final DocumentWriter writer;
    private final DocumentJson json;

    /** An importer writing through the writer and reading lines with the given reader. */
    public DocumentImporter(DocumentWriter writer, DocumentJson json) {
        this.writer = writer;
        this.json = json;
    }

    /**
     * Imports the file; throws when it cannot be opened or read (missing, a directory, UTF-16), never for a bad
     * line. What was imported before a read error stays imported.
     */
    public ImportReport importFile(Path file, Listener listener) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory, not a file of JSON lines");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importLines(in, listener);
        }
    }

    /** Imports JSON lines from a stream (read to its end, not closed). */
    public ImportReport importLines(InputStream stream, Listener listener) throws IOException {
        Run run = new Run(listener);
        LineReader lines = new LineReader(new BufferedInputStream(stream, 1 << 16));
        byte[] line;
        while ((line = lines.next()) != null) {
            long number = lines.number();
            if (number == 1) {
                if (line.length >= 2 && (line[0] & 0xff) == 0xfe && (line[1] & 0xff) == 0xff
                        || line.length >= 2 && (line[0] & 0xff) == 0xff && (line[1] & 0xff) == 0xfe) {
                    throw new IOException("the file is UTF-16 (it starts with a UTF-16 byte-order mark); import-docs"
                            + " reads UTF-8");
                }
                if (line.length >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb
                        && (line[2] & 0xff) == 0xbf) {
                    line = Arrays.copyOfRange(line, 3, line.length); // UTF-8 byte-order mark
                }
            }
            if (lines.overlong()) {
                run.lines++;
                run.skip(new LineProblem(number, null, "longer than " + MAX_LINE_BYTES / (1024 * 1024)
                        + " MiB; skipped unread"));
                continue;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line))
                        .toString();
            } catch (CharacterCodingException e) {
                run.lines++;
                run.skip(new LineProblem(number, null, "not valid UTF-8"));
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            run.lines++;
            try {
                run.add(json.read(text), number);
            } catch (BadDocumentException e) {
                run.skip(new LineProblem(number, e.field(), e.getMessage()));
            }
            run.maybeReport();
        }
        run.flush();
        writer.commit();
        return run.report();
    }

    /** The counts and the pending batch of one import. */
    private final class Run {
        final Listener listener;
        final long start = System.nanoTime();
        long lastReport = start;
        long lastReportLines;
        long lines;
        long added;
        long updated;
        long unchanged;
        long skipped;
        long repeated;
        final Map<String, Long> skippedBy = new LinkedHashMap<>();
        final List<LineProblem> problems = new ArrayList<>();
        final Set<String> seenIds = new HashSet<>();
        final Set<String> batchIds = new HashSet<>();
        final List<Article> batch = new ArrayList<>();
        long batchChars;

        Run(Listener listener) {
            this.listener = listener;
        }

        void add(Article a, long line) {
            if (!seenIds.add(a.id())) {
                repeated++;
                if (batchIds.contains(a.id())) {
                    flush(); // so the store sees both, in file order, and each line is counted once
                }
            }
            batch.add(a);
            batchIds.add(a.id());
            batchChars += a.title().length() + a.text().length();
            if (batch.size() >= BATCH_DOCUMENTS || batchChars >= BATCH_CHARS) {
                flush();
            }
        }

        void skip(LineProblem p) {
            skipped++;
            skippedBy.merge(p.reason(), 1L, Long::sum);
            if (problems.size() < KEPT_PROBLEMS) {
                problems.add(p);
            }
            listener.problem(p);
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            for (DocumentStore.Upserted u : writer.write(List.copyOf(batch))) {
                switch (u.outcome()) {
                    case NEW -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            batch.clear();
            batchIds.clear();
            batchChars = 0;
        }

        void maybeReport() {
            long now = System.nanoTime();
            if (lines - lastReportLines >= PROGRESS_LINES || now - lastReport >= PROGRESS_NANOS) {
                listener.progress(lines, added + updated + unchanged + batch.size(), skipped);
                lastReport = now;
                lastReportLines = lines;
            }
        }

        ImportReport report() {
            Map<String, Long> by = new LinkedHashMap<>();
            skippedBy.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> by.put(e.getKey(), e.getValue()));
            return new ImportReport(lines, added, updated, unchanged, skipped, repeated, by, List.copyOf(problems),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Lines as bytes, so that a line that is not UTF-8 is reported on its own instead of ending the file. */
    private static final class LineReader {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        private long number;
        private boolean overlong;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its line break (\n or \r\n), or null at the end. */
        byte[] next() throws IOException {
            buf.reset();
            overlong = false;
            int b = in.read();
            if (b == -1) {
                return null;
            }
            number++;
            while (b != -1 && b != '\n') {
                if (buf.size() < MAX_LINE_BYTES) {
                    buf.write(b);
                } else {
                    overlong = true;
                }
                b = in.read();
            }
            byte[] line = buf.toByteArray();
            if (line.length > 0 && line[line.length - 1] == '\r') {
                return Arrays.copyOf(line, line.length - 1);
            }
            return line;
        }

        long number() {
            return number;
        }

        boolean overlong() {
            return overlong;
        }
    }
}
