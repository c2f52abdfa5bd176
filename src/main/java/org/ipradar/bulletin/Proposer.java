package org.ipradar.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipradar.store.Article;
import org.ipradar.vocab.Countries;
import org.ipradar.vocab.Industry;

/**
 * Picks a quarter's documents for the subcenter's readers, exporters to ASEAN from the city's key industries, in
 * three deterministic steps:
 *
 * <ol>
 *   <li><b>Score</b> each document: +3 when it concerns an ASEAN country (+1 for any other country or region but
 *       China); +2 when it concerns a key industry ({@link #KEY_INDUSTRIES}); +2 for a case or a law, +1 for a guide,
 *       0 for news; +1 when it is tagged with an IP type; +0.5 when it is in Chinese, the bulletin's language.
 *   <li><b>One per cluster</b>: of near-duplicates, only the best-scored report is kept.
 *   <li><b>Spread</b> greedily (as maximal marginal relevance does): each next pick has the highest score minus, for
 *       its countries and again for its IP types, the average number of picks already made with each of them (a
 *       document without any counts as its own value, so untagged ones are spread too).
 * </ol>
 *
 * Ties go to the newer document, then to the smaller id, so the same documents always give the same bulletin.
 */
public final class Proposer {
    /** The city's key industries: the first eight of the vocabulary. */
    public static final Set<String> KEY_INDUSTRIES = Set.of(Industry.NEW_MATERIALS.wire(),
            Industry.HIGH_END_EQUIPMENT.wire(), Industry.AI.wire(), Industry.BIOMEDICINE.wire(),
            Industry.MEDICAL_DEVICES.wire(), Industry.FOOD.wire(), Industry.CHEMICALS.wire(),
            Industry.ELECTRONICS.wire());
    /** How many articles a proposal has unless asked otherwise. */
    public static final int DEFAULT_SIZE = 8;
    /** The most articles a bulletin may have. */
    public static final int MAX_SIZE = 30;

    private static final Set<String> ASEAN = Set.copyOf(Countries.ASEAN);
    private static final String NONE = "";

    private Proposer() {}

    /** A document with its score. */
    public record Scored(Article article, double score) {}

    /** The score of one document for the subcenter's readers. */
    public static double score(Article a) {
        double s = 0;
        if (a.countries().stream().anyMatch(ASEAN::contains)) {
            s += 3;
        } else if (a.countries().stream().anyMatch(c -> !c.equals("CN"))) {
            s += 1;
        }
        if (a.industries().stream().anyMatch(KEY_INDUSTRIES::contains)) {
            s += 2;
        }
        s += switch (a.kind()) {
            case "case", "law" -> 2;
            case "guide" -> 1;
            default -> 0;
        };
        if (!a.ipTypes().isEmpty()) {
            s += 1;
        }
        if (a.lang().equals("zh")) {
            s += 0.5;
        }
        return s;
    }

    // Best first: score, then newer, then smaller id.
    private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.article().published(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(s -> s.article().id());

    /** The candidates scored, one per near-duplicate cluster, best first. */
    public static List<Scored> ranked(List<Article> candidates) {
        Map<String, Scored> best = new LinkedHashMap<>();
        for (Article a : candidates) {
            Scored s = new Scored(a, score(a));
            best.merge(a.cluster(), s, (x, y) -> ORDER.compare(x, y) <= 0 ? x : y);
        }
        List<Scored> out = new ArrayList<>(best.values());
        out.sort(ORDER);
        return out;
    }

    /** Up to {@code size} documents, chosen and ordered by the three steps above. */
    public static List<Scored> propose(List<Article> candidates, int size) {
        List<Scored> pool = new ArrayList<>(ranked(candidates));
        List<Scored> picked = new ArrayList<>();
        Map<String, Integer> byCountry = new HashMap<>();
        Map<String, Integer> byIpType = new HashMap<>();
        while (picked.size() < size && !pool.isEmpty()) {
            int bestAt = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                Scored s = pool.get(i);
                double value = s.score() - overlap(s.article().countries(), byCountry)
                        - overlap(s.article().ipTypes(), byIpType);
                if (value > bestValue) { // strictly greater: ties keep the earlier, better-ranked one
                    bestValue = value;
                    bestAt = i;
                }
            }
            Scored chosen = pool.remove(bestAt);
            picked.add(chosen);
            count(chosen.article().countries(), byCountry);
            count(chosen.article().ipTypes(), byIpType);
        }
        return picked;
    }

    private static double overlap(List<String> values, Map<String, Integer> counts) {
        if (values.isEmpty()) {
            return counts.getOrDefault(NONE, 0);
        }
        double sum = 0;
        for (String v : values) {
            sum += counts.getOrDefault(v, 0);
        }
        return sum / values.size();
    }

    private static void count(List<String> values, Map<String, Integer> counts) {
        if (values.isEmpty()) {
            counts.merge(NONE, 1, Integer::sum);
        }
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
    }
}
