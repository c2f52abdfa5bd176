package org.ipradar.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipradar.docs.ImportDocument;
import org.ipradar.store.RawStore;

/**
 * The forms a collection's documents come in, each turned into import-docs' JSON lines so that every collection is
 * loaded by the same code: JSON lines as they are, TSV, a directory of Singapore judgments, a directory of Markdown
 * files.
 */
public enum CollectionFormat {
    /** One JSON document a line, as import-docs reads. */
    JSONL,
    /** {@code id<TAB>title<TAB>text} a line (or {@code id<TAB>text}), as CMRC 2018's docs.tsv; language guessed. */
    TSV,
    /**
     * A directory of judgments, one subdirectory each holding {@code index.md} (front matter: title, subtitle with
     * the citation and date, catchword tags) and {@code report.md} (the judgment): the layout of
     * opendocsg/slw-judgments-backfill. The id is the subdirectory's name; kind case, country SG, English; IP types
     * from the top-level catchwords.
     */
    SG_JUDGMENTS,
    /**
     * A directory of Markdown files, one document each: the title is the first {@code # } heading (else the file
     * name), the date a {@code (yyyy-MM-dd)} in the file name, the id {@code md-} and the first 12 hex digits of the
     * SHA-256 of the file name; language guessed.
     */
    MARKDOWN;

    /** The wire name, as in {@code sg-judgments}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a wire name, or throws listing them. */
    public static CollectionFormat parse(String value) {
        for (CollectionFormat f : values()) {
            if (f.wire().equals(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("must be one of: jsonl, tsv, sg-judgments, markdown (got \"" + value
                + "\")");
    }

    /** The format of a path: a .tsv file, a directory of judgments, a directory of .md files, else JSON lines. */
    public static CollectionFormat detect(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                boolean judgments = s.anyMatch(p -> Files.isRegularFile(p.resolve("index.md"))
                        && Files.isRegularFile(p.resolve("report.md")));
                return judgments ? SG_JUDGMENTS : MARKDOWN;
            } catch (IOException e) {
                throw new CollectionException("cannot list " + path + ": " + e.getMessage(), e);
            }
        }
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? TSV : JSONL;
    }

    /** Writes the documents at {@code in} as JSON lines to {@code out}; returns how many. Not for {@link #JSONL}. */
    public int toJsonl(Path in, Path out) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<ImportDocument> docs = switch (this) {
                case JSONL -> throw new IllegalStateException("JSON lines need no conversion");
                case TSV -> tsv(in);
                case SG_JUDGMENTS -> judgments(in);
                case MARKDOWN -> markdown(in);
            };
            for (ImportDocument d : docs) {
                w.write(d.toJsonLine());
                w.newLine();
            }
            return docs.size();
        } catch (IOException e) {
            throw new CollectionException("cannot convert " + in + " (" + wire() + "): " + e.getMessage(), e);
        }
    }

    private static List<ImportDocument> tsv(Path file) throws IOException {
        List<ImportDocument> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    out.add(ImportDocument.of(f[0].strip(), f[1].strip(), f[2].strip()));
                } else if (f.length == 2) {
                    out.add(ImportDocument.of(f[0].strip(), null, f[1].strip()));
                } else {
                    throw new CollectionException(file + " line " + n + ": expected id<TAB>title<TAB>text or"
                            + " id<TAB>text (got " + f.length + " fields)");
                }
            }
        }
        return out;
    }

    // Top-level catchwords of Singapore judgments and the IP type each stands for.
    private static final Map<String, String> CATCHWORD_IP_TYPES = Map.ofEntries(
            Map.entry("patents and inventions", "patent"),
            Map.entry("trade marks and trade names", "trademark"),
            Map.entry("trade marks", "trademark"),
            Map.entry("trademarks", "trademark"),
            Map.entry("copyright", "copyright"),
            Map.entry("designs", "design"),
            Map.entry("industrial designs", "design"),
            Map.entry("passing off", "unfair_competition"),
            Map.entry("confidence", "trade_secret"),
            Map.entry("confidential information", "trade_secret"),
            Map.entry("border enforcement measures", "customs"));
    private static final Pattern JUDGMENT_DATE = Pattern.compile("/\\s*(\\d{1,2} [A-Za-z]+ \\d{4})");
    private static final DateTimeFormatter JUDGMENT_DATE_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.ENGLISH);

    private static List<ImportDocument> judgments(Path dir) throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> Files.isRegularFile(p.resolve("index.md"))).sorted().toList();
        }
        List<ImportDocument> out = new ArrayList<>();
        for (Path c : cases) {
            String title = null;
            String published = null;
            Set<String> ipTypes = new LinkedHashSet<>();
            for (String line : Files.readAllLines(c.resolve("index.md"), StandardCharsets.UTF_8)) {
                if (line.startsWith("title:")) {
                    title = unescape(line.substring(6)).strip();
                } else if (line.startsWith("subtitle:")) {
                    Matcher m = JUDGMENT_DATE.matcher(unescape(line).replace('_', ' '));
                    if (m.find()) {
                        try {
                            published = LocalDate.parse(m.group(1), JUDGMENT_DATE_FORMAT).toString();
                        } catch (DateTimeParseException e) {
                            published = null; // a date the front matter spells otherwise is left out
                        }
                    }
                } else if (line.startsWith("  - ")) {
                    String type = CATCHWORD_IP_TYPES.get(unescape(line.substring(4)).strip().toLowerCase(Locale.ROOT));
                    if (type != null) {
                        ipTypes.add(type);
                    }
                }
            }
            Path report = c.resolve("report.md");
            String text = Files.isRegularFile(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
            out.add(new ImportDocument(c.getFileName().toString(), title, null, null, "en", "case", List.of("SG"),
                    List.copyOf(ipTypes), null, published, text));
        }
        return out;
    }

    private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)");

    private static List<ImportDocument> markdown(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        List<ImportDocument> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String title = text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                    .orElse(name.substring(0, name.length() - 3));
            Matcher m = FILE_DATE.matcher(name);
            String published = m.find() ? m.group(1) : null;
            String id = "md-" + RawStore.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
            out.add(new ImportDocument(id, title, null, null, null, null, null, null, null, published, text));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\_", "_").replace("\\'", "'").replace("\\\"", "\"");
    }
}
