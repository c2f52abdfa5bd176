package org.ipradar.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures near-duplicate clustering on a {@link DedupCollection}: pairwise precision, recall and F1 of the clusters
 * that {@link Clusters} forms in arrival order, a sweep of the similarity threshold, which variants were found, and
 * how often the URL canonicalizer unifies generated URL variants.
 */
public final class DedupEvaluation {
    private DedupEvaluation() {}

    /**
     * Pair counts of a clustering against the true clusters.
     *
     * @param truePairs document pairs of one story
     * @param predictedPairs document pairs put in one cluster
     * @param correctPairs document pairs of one story put in one cluster
     */
    public record Scores(long truePairs, long predictedPairs, long correctPairs) {
        /** The share of predicted pairs that are true; 1 when nothing was predicted. */
        public double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        /** The share of true pairs that were predicted; 1 when there are none. */
        public double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        /** The harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * How many documents of one variant kind ended in the cluster of their story's original.
     *
     * @param variant the variant kind (see {@link DedupCollection.Doc#variant()})
     * @param joined documents in their original's cluster
     * @param total documents of that kind
     */
    public record VariantRecall(String variant, int joined, int total) {}

    /**
     * Wrongly merged pairs of different stories, by what the two documents have in common.
     *
     * @param kind {@code same site}, {@code same title}, {@code same source} or {@code other}
     * @param pairs how many candidate near-miss pairs of that kind the collection has
     * @param merged how many of them were put in one cluster
     */
    public record NearMisses(String kind, long pairs, long merged) {}

    /**
     * The measurement of one language's collection.
     *
     * @param lang the language
     * @param docs documents in the collection
     * @param stories true clusters
     * @param storiesBySource stories taken from each source
     * @param rule the rule measured in detail
     * @param scores the scores under that rule
     * @param sweep the scores at other similarity thresholds, the rest of the rule unchanged
     * @param textOnly the scores at the rule's threshold with the excerpt and title matches switched off
     * @param variants per-variant recall under the rule
     * @param nearMisses wrongly merged pairs under the rule
     * @param shortDocs documents below the rule's minimum number of shingles
     * @param microsPer5k CPU time to fingerprint 5 KB (UTF-8) of this language's text, in microseconds (median)
     */
    public record LangResult(String lang, int docs, int stories, Map<String, Integer> storiesBySource, MatchRule rule,
            Scores scores, Map<Double, Scores> sweep, Scores textOnly, List<VariantRecall> variants,
            List<NearMisses> nearMisses, int shortDocs, double microsPer5k) {}

    /**
     * How one kind of URL variant fared.
     *
     * @param kind what was changed
     * @param unified variants whose key equals the original's
     * @param total variants of that kind
     */
    public record UrlCase(String kind, int unified, int total) {}

    /**
     * The URL canonicalizer measured on the benchmark's page URLs.
     *
     * @param originals distinct original URLs
     * @param distinctKeys distinct keys of the originals (equal to {@code originals} when none were merged wrongly)
     * @param cases variants that must share the original's key
     * @param keptApart variants that must not (another value of a meaningful parameter, another path)
     */
    public record UrlResult(int originals, int distinctKeys, List<UrlCase> cases, UrlCase keptApart) {}

    /**
     * Rebuilding an index from stored fingerprints.
     *
     * @param docs fingerprints loaded
     * @param millis time to decode and add them
     * @param arrayBytes bytes of the index's arrays
     * @param heapBytes growth of the used heap after a garbage collection, ids and their map included (approximate)
     */
    public record LoadResult(int docs, long millis, long arrayBytes, long heapBytes) {}

    /** The thresholds of the sweep. */
    public static final double[] SWEEP = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** Measures the collection under {@code rule}, with a sweep of its similarity threshold. */
    public static LangResult evaluate(DedupCollection c, MatchRule rule) {
        List<DedupCollection.Doc> docs = c.docs();
        List<Fingerprint> fps = new ArrayList<>(docs.size());
        int shortDocs = 0;
        for (DedupCollection.Doc d : docs) {
            Fingerprint fp = Fingerprint.of(d.title(), d.text());
            fps.add(fp);
            if (fp.shingles() < rule.minShingles()) {
                shortDocs++;
            }
        }
        Map<String, String> predicted = cluster(docs, fps, rule);
        Map<Double, Scores> sweep = new LinkedHashMap<>();
        for (double t : SWEEP) {
            sweep.put(t, t == rule.similarity() ? scores(docs, predicted) : scores(docs, cluster(docs, fps,
                    rule.withSimilarity(t))));
        }
        MatchRule textOnly = new MatchRule(rule.similarity(), 1, 1, rule.minShingles(), false);
        Scores text = scores(docs, cluster(docs, fps, textOnly));
        long stories = docs.stream().map(DedupCollection.Doc::story).distinct().count();
        return new LangResult(c.lang(), docs.size(), (int) stories, c.storiesBySource(), rule,
                scores(docs, predicted), sweep, text, variants(docs, fps, rule, predicted), nearMisses(docs, predicted),
                shortDocs, microsPer5k(docs));
    }

    /** The predicted cluster of every document, assigned in arrival order. */
    static Map<String, String> cluster(List<DedupCollection.Doc> docs, List<Fingerprint> fps, MatchRule rule) {
        Clusters clusters = new Clusters(new NearDuplicateIndex(rule));
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            out.put(docs.get(i).id(), clusters.assign(docs.get(i).id(), fps.get(i)));
        }
        return out;
    }

    /** The pairwise scores of a predicted clustering. */
    static Scores scores(List<DedupCollection.Doc> docs, Map<String, String> predicted) {
        Map<String, Long> byStory = new HashMap<>();
        Map<String, Long> byCluster = new HashMap<>();
        Map<String, Long> byBoth = new HashMap<>();
        for (DedupCollection.Doc d : docs) {
            String cluster = predicted.get(d.id());
            byStory.merge(d.story(), 1L, Long::sum);
            byCluster.merge(cluster, 1L, Long::sum);
            byBoth.merge(cluster + "\u0000" + d.story(), 1L, Long::sum);
        }
        return new Scores(pairs(byStory), pairs(byCluster), pairs(byBoth));
    }

    private static long pairs(Map<String, Long> groups) {
        long n = 0;
        for (long g : groups.values()) {
            n += g * (g - 1) / 2;
        }
        return n;
    }

    private static List<VariantRecall> variants(List<DedupCollection.Doc> docs, List<Fingerprint> fps,
            MatchRule rule, Map<String, String> predicted) {
        Map<String, String> originalOf = new HashMap<>();
        for (DedupCollection.Doc d : docs) {
            if (d.variant().equals("original")) {
                originalOf.put(d.story(), d.id());
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String v : List.of("boilerplate", "cut", "edit", "added", "summary", "summary, short", "natural")) {
            counts.put(v, new int[2]);
        }
        for (int i = 0; i < docs.size(); i++) {
            DedupCollection.Doc d = docs.get(i);
            if (d.variant().equals("original")) {
                continue;
            }
            // a summary below the rule's minimum can only be matched by its title
            String kind = d.variant().equals("summary") && fps.get(i).shingles() < rule.minShingles()
                    ? "summary, short" : d.variant();
            int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
            c[1]++;
            if (predicted.get(d.id()).equals(predicted.get(originalOf.get(d.story())))) {
                c[0]++;
            }
        }
        List<VariantRecall> out = new ArrayList<>();
        counts.forEach((v, c) -> {
            if (c[1] > 0) {
                out.add(new VariantRecall(v, c[0], c[1]));
            }
        });
        return out;
    }

    private static List<NearMisses> nearMisses(List<DedupCollection.Doc> docs, Map<String, String> predicted) {
        long[][] counts = new long[4][2];
        for (int i = 0; i < docs.size(); i++) {
            DedupCollection.Doc a = docs.get(i);
            for (int j = i + 1; j < docs.size(); j++) {
                DedupCollection.Doc b = docs.get(j);
                if (a.story().equals(b.story())) {
                    continue;
                }
                int kind = !a.title().isEmpty() && a.title().equals(b.title()) ? 1
                        : a.site().equals(b.site()) && !a.site().equals("feed") ? 0
                        : a.source().equals(b.source()) ? 2 : 3;
                counts[kind][0]++;
                if (predicted.get(a.id()).equals(predicted.get(b.id()))) {
                    counts[kind][1]++;
                }
            }
        }
        String[] names = {"same site", "same title", "same source", "other"};
        List<NearMisses> out = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            out.add(new NearMisses(names[k], counts[k][0], counts[k][1]));
        }
        return out;
    }

    // The median over rounds of the mean CPU time for 5 KB slices of the collection's texts, after a warm-up.
    private static double microsPer5k(List<DedupCollection.Doc> docs) {
        StringBuilder all = new StringBuilder();
        for (DedupCollection.Doc d : docs) {
            all.append(d.text()).append("\n\n");
            if (all.length() > 400_000) {
                break;
            }
        }
        List<String> slices = new ArrayList<>();
        for (int i = 0; i + 5000 <= all.length() && slices.size() < 60; i += 5000) {
            String s = all.substring(i, i + 5000);
            // 5 KB of UTF-8, not 5000 chars: Chinese takes three bytes a character
            int chars = s.length();
            while (s.substring(0, chars).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 5120) {
                chars -= 50;
            }
            slices.add(s.substring(0, chars));
        }
        if (slices.isEmpty()) {
            return Double.NaN;
        }
        long sink = 0;
        for (int round = 0; round < 30; round++) {
            for (String s : slices) {
                sink += Fingerprint.of("", s).shingles();
            }
        }
        // thread CPU time, not wall time: the figure should not depend on what else the machine is running
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] perSlice = new double[11];
        for (int round = 0; round < perSlice.length; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (String s : slices) {
                sink += Fingerprint.of("", s).shingles();
            }
            perSlice[round] = (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / slices.size();
        }
        java.util.Arrays.sort(perSlice);
        return sink == Long.MIN_VALUE ? 0 : perSlice[perSlice.length / 2];
    }

    /** Generates URL variants of the benchmark's page URLs and counts how many keep the original's key. */
    public static UrlResult urls(Path corpus) throws IOException {
        List<String> originals = DedupCollection.benchmarkUrls(corpus).stream().distinct().toList();
        Map<String, int[]> cases = new LinkedHashMap<>();
        int[] apart = new int[2];
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String url : originals) {
            String key = UrlCanonicalizer.key(url);
            keys.add(key);
            for (Map.Entry<String, String> v : UrlVariants.of(url).entrySet()) {
                int[] c = cases.computeIfAbsent(v.getKey(), k -> new int[2]);
                c[1]++;
                if (UrlCanonicalizer.key(v.getValue()).equals(key)) {
                    c[0]++;
                }
            }
            for (String other : UrlVariants.different(url)) {
                apart[1]++;
                if (!UrlCanonicalizer.key(other).equals(key)) {
                    apart[0]++;
                }
            }
        }
        List<UrlCase> out = new ArrayList<>();
        cases.forEach((k, c) -> out.add(new UrlCase(k, c[0], c[1])));
        return new UrlResult(originals.size(), keys.size(), out, new UrlCase("different page", apart[0], apart[1]));
    }

    /** Rebuilds an index from {@code docs} stored fingerprints of random texts and times it. */
    public static LoadResult load(int docs, long seed) {
        Random rnd = new Random(seed);
        byte[] template = Fingerprint.of("A title long enough to be hashed for the test",
                "some text to take the shape of a stored fingerprint from").toBytes();
        List<byte[]> stored = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) {
            byte[] b = template.clone();
            byte[] random = new byte[b.length - 3];
            rnd.nextBytes(random);
            System.arraycopy(random, 0, b, 3, random.length);
            b[3] = 0; // a positive shingle count
            stored.add(b);
        }
        long before = usedHeap();
        long start = System.nanoTime();
        NearDuplicateIndex index = new NearDuplicateIndex(MatchRule.DEFAULT, docs);
        for (int i = 0; i < docs; i++) {
            index.add(String.format(Locale.ROOT, "%024x", i), Fingerprint.fromBytes(stored.get(i)));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heap = usedHeap() - before;
        // the index, and the stored bytes counted before, must both still be alive when the heap is measured
        java.lang.ref.Reference.reachabilityFence(index);
        java.lang.ref.Reference.reachabilityFence(stored);
        return new LoadResult(docs, millis, index.arrayBytes(), heap);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc(); // a measurement, not a habit: the figure is the heap the index keeps
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
