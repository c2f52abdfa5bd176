package org.ipradar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ipradar.enrich.TagEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval-tags}: measures the tagger (countries, IP types, industries, kind) against the shared corpus and the
 * bundled hand-labelled headlines, and prints per-tag precision and recall as Markdown tables.
 */
@Command(name = "eval-tags", mixinStandardHelpOptions = true,
        description = "Measure the document tagger against labelled data / 评估自动标注")
final class EvalTagsCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "the shared data folder (default: $IPRADAR_CORPUS or ../shared/data)")
    Path corpus;

    @Override
    public Integer call() {
        Path root = corpus != null ? corpus : defaultCorpus();
        Path judgments = root.resolve(TagEvaluation.JUDGMENTS);
        Path laws = root.resolve(TagEvaluation.CHINA_LAWS);
        if (!Files.isDirectory(judgments) || !Files.isDirectory(laws)) {
            throw new CliException("no labelled corpus at " + root.toAbsolutePath().normalize() + " (need "
                    + TagEvaluation.JUDGMENTS + " and " + TagEvaluation.CHINA_LAWS
                    + "); pass --corpus DIR or set IPRADAR_CORPUS");
        }
        System.out.println("# Tagger evaluation (corpus " + root.toAbsolutePath().normalize() + ")");
        System.out.println();
        System.out.println("## " + TagEvaluation.judgmentIpTypes(root).render());
        System.out.println("## " + TagEvaluation.corpusKinds(root).render());
        System.out.println("## Home countries of the corpus documents");
        System.out.println();
        for (TagEvaluation.HomeCountry h : TagEvaluation.corpusCountries(root)) {
            System.out.println("- " + h.render());
        }
        System.out.println();
        printHeadlines("held-out headlines (written after the lists were first frozen)", TagEvaluation.HELD_OUT_SET);
        printHeadlines("development headlines (the lists were tuned on them)", TagEvaluation.DEV_SET);
        double micros = TagEvaluation.microsPer5k(root);
        if (micros > 0) {
            System.out.printf(Locale.ROOT, "Speed: %.0f microseconds of CPU per 5,000 characters of judgment text%n",
                    micros);
        } else {
            System.out.println("Speed: not measured (no judgment of 5,000 characters or more)");
        }
        return 0;
    }

    private static void printHeadlines(String name, String resource) {
        for (TagEvaluation.Table t : TagEvaluation.headlineTables(name, TagEvaluation.headlines(resource))) {
            System.out.println("## " + t.render());
        }
    }

    private static Path defaultCorpus() {
        String env = System.getenv("IPRADAR_CORPUS");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
    }
}
