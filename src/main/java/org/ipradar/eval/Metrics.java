package org.ipradar.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-query measures, as trec_eval computes them: {@code ndcg_cut.10} (linear gain: the judged grade; discount
 * log2(rank + 1); ideal from every judged document), recall at a depth, and the reciprocal rank of the first relevant
 * document within a depth. A grade above 0 is relevant; a document listed twice in a ranking counts once, where it
 * first appears.
 */
public final class Metrics {
    private Metrics() {}

    /** nDCG at depth k: DCG of the ranking's first k over DCG of the best possible first k; 0 with nothing relevant. */
    public static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        List<String> ranked = distinct(ranking);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.get(ranked.get(i))) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>();
        for (int g : grades.values()) {
            if (g > 0) {
                ideal.add(g);
            }
        }
        ideal.sort((a, b) -> Integer.compare(b, a));
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of relevant documents found in the first k; 0 with nothing relevant. */
    public static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        List<String> ranked = distinct(ranking);
        long found = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gain(grades.get(ranked.get(i))) > 0) {
                found++;
            }
        }
        return (double) found / relevant;
    }

    /** 1 / the rank of the first relevant document within the first k, or 0 when there is none. */
    public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
        List<String> ranked = distinct(ranking);
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gain(grades.get(ranked.get(i))) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(Integer grade) {
        return grade == null || grade < 0 ? 0 : grade;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static List<String> distinct(List<String> ranking) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(ranking.size());
        for (String id : ranking) {
            if (seen.add(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
