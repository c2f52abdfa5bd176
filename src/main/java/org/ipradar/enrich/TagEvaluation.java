package org.ipradar.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures the {@link Tagger} against labelled data: the IP types of the Singapore IP judgments in the shared corpus
 * (gold from their catchwords, tagged without them), the kind of those judgments and of the PRC IP laws, and every
 * facet on the hand-labelled headline sets bundled with ipradar. Figures are per-tag precision, recall and support,
 * with micro averages.
 */
public final class TagEvaluation {
    /** The judgments, relative to the corpus root. */
    public static final String JUDGMENTS = "cases/singapore_judgments";
    /** The PRC IP statutes and judicial interpretations, relative to the corpus root. */
    public static final String CHINA_LAWS = "cases/china_ip_law";
    /** The headline set the tagger was tuned on. */
    public static final String DEV_SET = "eval/headlines-dev.tsv";
    /** The headline set written after the lists were first frozen (scored blind once; see its header). */
    public static final String HELD_OUT_SET = "eval/headlines-heldout.tsv";

    private TagEvaluation() {}

    /**
     * Counts for one tag.
     *
     * @param tag the tag, or {@code micro} for the sum over tags
     * @param tp documents with the tag in both gold and output
     * @param fp documents with the tag in the output only
     * @param fn documents with the tag in the gold only
     */
    public record Counts(String tag, int tp, int fp, int fn) {
        /** Documents whose gold has the tag. */
        public int support() {
            return tp + fn;
        }

        /** Documents the tagger gave the tag. */
        public int tagged() {
            return tp + fp;
        }

        /** tp / (tp + fp), or 1 when nothing was tagged. */
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        /** tp / (tp + fn), or 1 when the gold never has the tag. */
        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        /** The harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Per-tag counts of one facet over a set of documents.
     *
     * @param caption what was measured on what
     * @param documents how many documents
     * @param rows one per tag seen in gold or output, sorted by tag
     * @param micro the sums over all rows
     */
    public record Table(String caption, int documents, List<Counts> rows, Counts micro) {
        /** The row of a tag, or an all-zero row when the tag never occurred. */
        public Counts row(String tag) {
            return rows.stream().filter(r -> r.tag().equals(tag)).findFirst().orElse(new Counts(tag, 0, 0, 0));
        }

        /** The table in Markdown, under its caption. */
        public String render() {
            StringBuilder b = new StringBuilder();
            b.append(caption).append(" (").append(documents).append(" documents)\n\n");
            b.append("| tag | support | tagged | precision | recall | F1 |\n");
            b.append("|---|---:|---:|---:|---:|---:|\n");
            for (Counts c : rows) {
                b.append(line(c, c.tag()));
            }
            b.append(line(micro, "**micro**"));
            return b.toString();
        }

        private static String line(Counts c, String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |%n", name, c.support(),
                    c.tagged(), c.precision(), c.recall(), c.f1());
        }
    }

    /** Accumulates gold and output tag sets into a {@link Table}. */
    static final class Scoreboard {
        private final String caption;
        private final Map<String, int[]> counts = new TreeMap<>();
        private int documents;

        Scoreboard(String caption) {
            this.caption = caption;
        }

        void add(Set<String> gold, Set<String> output) {
            documents++;
            Set<String> all = new TreeSet<>(gold);
            all.addAll(output);
            for (String t : all) {
                int[] c = counts.computeIfAbsent(t, k -> new int[3]);
                boolean g = gold.contains(t);
                boolean o = output.contains(t);
                c[g && o ? 0 : o ? 1 : 2]++;
            }
        }

        Table table() {
            List<Counts> rows = new ArrayList<>();
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                rows.add(new Counts(e.getKey(), c[0], c[1], c[2]));
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            return new Table(caption, documents, List.copyOf(rows), new Counts("micro", tp, fp, fn));
        }
    }

    /**
     * One hand-labelled document.
     *
     * @param id its id
     * @param lang its language
     * @param gold its labels
     * @param title its title
     * @param text its text
     */
    public record Labelled(String id, String lang, Tags gold, String title, String text) {}

    /** A bundled headline set ({@link #DEV_SET} or {@link #HELD_OUT_SET}). */
    public static List<Labelled> headlines(String resource) {
        List<Labelled> out = new ArrayList<>();
        for (Lexicon.Line line : Lexicon.lines(resource)) {
            if (line.cells().length != 8) {
                throw new IllegalStateException(line.where()
                        + ": expected id, lang, countries, ipTypes, industries, kind, title, text");
            }
            Tags gold = new Tags(list(line.cell(2)), list(line.cell(3)), list(line.cell(4)), line.cell(5));
            out.add(new Labelled(line.cell(0), line.cell(1), gold, line.cell(6), line.cell(7)));
        }
        return out;
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).sorted().toList();
    }

    /** The four tables (countries, IP types, industries, kind) of a labelled set tagged with no source defaults. */
    public static List<Table> headlineTables(String name, List<Labelled> docs) {
        Tagger tagger = Tagger.standard();
        List<Function<Tags, List<String>>> facets =
                List.of(Tags::countries, Tags::ipTypes, Tags::industries, t -> List.of(t.kind()));
        List<String> names = List.of("countries", "ipTypes", "industries", "kind");
        List<Scoreboard> boards = new ArrayList<>();
        for (String f : names) {
            boards.add(new Scoreboard(f + " on " + name));
        }
        for (Labelled d : docs) {
            Tags out = tagger.tag(d.title(), d.text(), d.lang(), Tagger.Defaults.none());
            for (int i = 0; i < facets.size(); i++) {
                boards.get(i).add(Set.copyOf(facets.get(i).apply(d.gold())), Set.copyOf(facets.get(i).apply(out)));
            }
        }
        return boards.stream().map(Scoreboard::table).toList();
    }

    /** The IP types of the Singapore IP judgments under a corpus root, against their catchwords. */
    public static Table judgmentIpTypes(Path corpus) {
        Scoreboard b = new Scoreboard("ipTypes on Singapore IP judgments (gold: catchwords; text without them)");
        for (SingaporeJudgments.Judgment j : SingaporeJudgments.read(corpus.resolve(JUDGMENTS))) {
            Tags out = Tagger.standard().tag(j.title(), j.text(), "en", Tagger.Defaults.none());
            b.add(j.ipTypes(), Set.copyOf(out.ipTypes()));
        }
        return b.table();
    }

    /** The kind of the judgments (gold: case) and of the PRC laws (gold: law), tagged with no source defaults. */
    public static Table corpusKinds(Path corpus) {
        Scoreboard kinds = new Scoreboard("kind on Singapore IP judgments (gold: case) and PRC IP laws (gold: law)");
        Tagger tagger = Tagger.standard();
        for (SingaporeJudgments.Judgment j : SingaporeJudgments.read(corpus.resolve(JUDGMENTS))) {
            kinds.add(Set.of("case"), Set.of(tagger.tag(j.title(), j.text(), "en", Tagger.Defaults.none()).kind()));
        }
        for (Path law : chinaLaws(corpus)) {
            String[] titleAndText = titleAndText(law);
            Tags out = tagger.tag(titleAndText[0], titleAndText[1], "zh", Tagger.Defaults.none());
            kinds.add(Set.of("law"), Set.of(out.kind()));
        }
        return kinds.table();
    }

    /**
     * How often a document set's home country is tagged (with no source default), and which other countries are.
     * The others are not errors as such (a Singapore judgment about a Chinese brand is about China too), so they are
     * counted, not scored.
     *
     * @param name the document set
     * @param home the country every document is about
     * @param documents how many documents
     * @param found how many were tagged with the home country
     * @param others for each other country, how many documents it was tagged on
     */
    public record HomeCountry(String name, String home, int documents, int found, Map<String, Integer> others) {
        /** One line, as in {@code SG on 113 of 117 Singapore IP judgments; others per document 0.9 (GB 30, US 19)}. */
        public String render() {
            int total = others.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder top = new StringBuilder();
            others.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5)
                    .forEach(e -> top.append(top.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
            return String.format(Locale.ROOT, "%s tagged on %d of %d %s (recall %.3f); other countries per document"
                    + " %.2f (%s)", home, found, documents, name, documents == 0 ? 1.0 : (double) found / documents,
                    documents == 0 ? 0.0 : (double) total / documents, top.isEmpty() ? "none" : top);
        }
    }

    /** The home countries of the judgments (Singapore) and of the PRC laws (China). */
    public static List<HomeCountry> corpusCountries(Path corpus) {
        Tagger tagger = Tagger.standard();
        List<Tags> judgments = new ArrayList<>();
        for (SingaporeJudgments.Judgment j : SingaporeJudgments.read(corpus.resolve(JUDGMENTS))) {
            judgments.add(tagger.tag(j.title(), j.text(), "en", Tagger.Defaults.none()));
        }
        List<Tags> laws = new ArrayList<>();
        for (Path law : chinaLaws(corpus)) {
            String[] titleAndText = titleAndText(law);
            laws.add(tagger.tag(titleAndText[0], titleAndText[1], "zh", Tagger.Defaults.none()));
        }
        return List.of(home("Singapore IP judgments", "SG", judgments), home("PRC IP laws", "CN", laws));
    }

    private static HomeCountry home(String name, String home, List<Tags> tagged) {
        int found = 0;
        Map<String, Integer> others = new TreeMap<>();
        for (Tags t : tagged) {
            for (String c : t.countries()) {
                if (c.equals(home)) {
                    found++;
                } else {
                    others.merge(c, 1, Integer::sum);
                }
            }
        }
        return new HomeCountry(name, home, tagged.size(), found, Map.copyOf(others));
    }

    /** The Markdown files of the PRC laws folder, in name order. */
    static List<Path> chinaLaws(Path corpus) {
        try (Stream<Path> files = Files.list(corpus.resolve(CHINA_LAWS))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus.resolve(CHINA_LAWS), e);
        }
    }

    /** A Markdown file's {@code # } heading and the rest. */
    static String[] titleAndText(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            String first = nl < 0 ? s : s.substring(0, nl);
            if (first.startsWith("# ")) {
                return new String[] {first.substring(2).strip(), nl < 0 ? "" : s.substring(nl + 1)};
            }
            return new String[] {"", s};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * How long tagging takes: the mean over the judgments cut into 5,000-character pieces, in microseconds of this
     * thread's CPU time per piece (so other processes on the machine do not count), after a warm-up pass.
     */
    public static double microsPer5k(Path corpus) {
        List<String> pieces = new ArrayList<>();
        for (SingaporeJudgments.Judgment j : SingaporeJudgments.read(corpus.resolve(JUDGMENTS))) {
            for (int i = 0; i + 5000 <= j.text().length(); i += 5000) {
                pieces.add(j.text().substring(i, i + 5000));
            }
        }
        if (pieces.isEmpty()) {
            return 0;
        }
        Tagger tagger = Tagger.standard();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int tags = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            tags = 0;
            long start = cpu.getCurrentThreadCpuTime();
            for (String p : pieces) {
                tags += tagger.tag("", p, "en", Tagger.Defaults.none()).ipTypes().size();
            }
            long took = cpu.getCurrentThreadCpuTime() - start;
            if (round == 1) {
                return tags < 0 ? -1 : took / 1000.0 / pieces.size(); // tags keeps the work from being optimised away
            }
        }
        return 0;
    }
}
