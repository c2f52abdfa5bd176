package org.ipradar.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipradar.vocab.IpType;

/**
 * The Singapore IP judgments of the shared corpus ({@code cases/singapore_judgments/<id>/index.md} and
 * {@code report.md}) as labelled documents: the gold IP types come from the catchword tags in {@code index.md}, and
 * the text to tag is {@code report.md} without its title line and without the catchword lines that open it.
 */
final class SingaporeJudgments {
    /**
     * One judgment.
     *
     * @param id the folder name, as in {@code 2000_SGCA_19}
     * @param title the case name
     * @param text the judgment text without title and catchwords
     * @param catchwords the catchword tags, flattened in order, as {@code index.md} lists them
     * @param ipTypes the gold IP types derived from the catchwords
     */
    record Judgment(String id, String title, String text, List<String> catchwords, Set<String> ipTypes) {}

    // Catchword subjects that name an IP type (compared whole, ignoring case and spacing). Passing off is
    // unfair_competition even under "Trade Marks and Trade Names"; breach of confidence and confidential information
    // are trade_secret; "Industrial designs" (a topic under Copyright) is a design question too.
    private static final Pattern TRADEMARK = Pattern.compile("trade ?marks?(?: and trade names?)?");
    private static final Pattern PASSING_OFF = Pattern.compile("passing off|unfair competition");
    private static final Pattern PATENT = Pattern.compile("patents?(?: and inventions?)?");
    private static final Pattern COPYRIGHT = Pattern.compile("copyright");
    private static final Pattern DESIGN = Pattern.compile("(?:registered |industrial )?designs?");
    private static final Pattern TRADE_SECRET = Pattern.compile("confidence|breach of confidence|confidential information");
    private static final Pattern CUSTOMS = Pattern.compile(".*(?:border (?:enforcement )?measures?|customs).*");
    private static final Pattern GI = Pattern.compile(".*geographical indications?.*");
    // A catchword naming one of the IP statutes ("Section 49(c) Trade Marks Act (Cap 332, 1999 Rev Ed)") says the
    // case turns on that right, even under a heading such as "Criminal Law".
    private static final Pattern TRADEMARK_ACT = Pattern.compile(".*\\btrade marks? act\\b.*");
    private static final Pattern PATENTS_ACT = Pattern.compile(".*\\bpatents? act\\b.*");
    private static final Pattern COPYRIGHT_ACT = Pattern.compile(".*\\bcopyright act\\b.*");
    private static final Pattern DESIGNS_ACT = Pattern.compile(".*\\bregistered designs act\\b.*");

    // A catchword line of report.md: "_Tort_ – _Passing off_ – _Goodwill_" or its continuation "- _Whether ..._".
    private static final Pattern CATCHWORD_LINE = Pattern.compile("^(?:-\\s*)?_.*_$|^_.*–.*");

    private SingaporeJudgments() {}

    /** Reads every judgment folder under {@code dir}, in name order. */
    static List<Judgment> read(Path dir) {
        List<Judgment> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path f : folders.filter(Files::isDirectory).sorted().toList()) {
                out.add(readOne(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read judgments in " + dir, e);
        }
        return out;
    }

    private static Judgment readOne(Path folder) throws IOException {
        String index = Files.readString(folder.resolve("index.md"), StandardCharsets.UTF_8);
        String report = Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8);
        String title = "";
        List<String> tags = new ArrayList<>();
        for (String line : index.split("\n")) {
            if (line.startsWith("title:")) {
                title = line.substring("title:".length()).strip();
            } else if (line.startsWith("  - ")) {
                tags.add(unescape(line.substring(4).strip()));
            }
        }
        return new Judgment(folder.getFileName().toString(), title, withoutCatchwords(report), List.copyOf(tags),
                goldIpTypes(tags));
    }

    private static String unescape(String tag) {
        return tag.replace("\\\"", "\"").replace("\\'", "'").replace("\\_", "_");
    }

    /** The gold IP types of a flattened catchword list (see the patterns above for the mapping). */
    static Set<String> goldIpTypes(List<String> tags) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
            String next = i + 1 < tags.size()
                    ? tags.get(i + 1).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip()
                    : "";
            if (TRADEMARK.matcher(t).matches() && !PASSING_OFF.matcher(next).matches()
                    || TRADEMARK_ACT.matcher(t).matches()) {
                out.add(IpType.TRADEMARK.wire());
            }
            if (PASSING_OFF.matcher(t).matches()) {
                out.add(IpType.UNFAIR_COMPETITION.wire());
            }
            if (PATENT.matcher(t).matches() || PATENTS_ACT.matcher(t).matches()) {
                out.add(IpType.PATENT.wire());
            }
            if (COPYRIGHT.matcher(t).matches() || COPYRIGHT_ACT.matcher(t).matches()) {
                out.add(IpType.COPYRIGHT.wire());
            }
            if (DESIGN.matcher(t).matches() || DESIGNS_ACT.matcher(t).matches()) {
                out.add(IpType.DESIGN.wire());
            }
            if (TRADE_SECRET.matcher(t).matches()) {
                out.add(IpType.TRADE_SECRET.wire());
            }
            if (CUSTOMS.matcher(t).matches()) {
                out.add(IpType.CUSTOMS.wire());
            }
            if (GI.matcher(t).matches()) {
                out.add(IpType.GEOGRAPHICAL_INDICATION.wire());
            }
        }
        return out;
    }

    /**
     * The report without its {@code # title} line and without the catchword lines, which follow the
     * {@code **Parties**} line, so that the tagger cannot read the labels it is scored against.
     */
    static String withoutCatchwords(String report) {
        String[] lines = report.split("\n", -1);
        StringBuilder out = new StringBuilder(report.length());
        boolean inCatchwords = false;
        boolean done = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            if (i == 0 && s.startsWith("# ")) {
                continue;
            }
            if (!done && s.startsWith("**Parties**")) {
                inCatchwords = true;
                out.append(line).append('\n');
                continue;
            }
            if (inCatchwords) {
                if (s.isEmpty() || CATCHWORD_LINE.matcher(s).find()) {
                    continue;
                }
                inCatchwords = false;
                done = true;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
