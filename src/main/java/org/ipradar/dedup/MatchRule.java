package org.ipradar.dedup;

/**
 * When two fingerprints count as the same story.
 *
 * <p>Texts of at least {@code minShingles} distinct shingles are compared by their text: the same story when their
 * estimated Jaccard similarity reaches {@code similarity} ({@link Match.Basis#TEXT}), or when their openings agree
 * (lead similarity at least {@code leadSimilarity}) and the smaller text is contained in the larger one to at least
 * {@code containment} ({@link Match.Basis#EXCERPT}). A shorter text (a feed item with a one-line summary) is never
 * matched on its text; with {@code sameTitle} it is matched to a document with the same long title
 * ({@link Match.Basis#TITLE}).
 *
 * @param similarity the least estimated Jaccard similarity of two texts of one story
 * @param containment the least estimated containment of an excerpt in its article
 * @param leadSimilarity the least estimated similarity of the openings of an excerpt and its article
 * @param minShingles the fewest distinct shingles a text needs to be compared at all
 * @param sameTitle whether a short text is matched by an identical long title
 */
public record MatchRule(double similarity, double containment, double leadSimilarity, int minShingles,
        boolean sameTitle) {
    /** The rule chosen by {@code ipradar eval-dedup} on the shared corpus. */
    public static final MatchRule DEFAULT = new MatchRule(0.4, 0.6, 0.6, 30, true);

    /** Checks that the thresholds are shares and the minimum is positive. */
    public MatchRule {
        check("similarity", similarity);
        check("containment", containment);
        check("leadSimilarity", leadSimilarity);
        if (minShingles < 1) {
            throw new IllegalArgumentException("minShingles must be at least 1 (got " + minShingles + ")");
        }
    }

    private static void check(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be greater than 0 and at most 1 (got " + value + ")");
        }
    }

    /** This rule with another similarity threshold. */
    public MatchRule withSimilarity(double threshold) {
        return new MatchRule(threshold, containment, leadSimilarity, minShingles, sameTitle);
    }

    /** This rule without matches by title. */
    public MatchRule withoutTitles() {
        return new MatchRule(similarity, containment, leadSimilarity, minShingles, false);
    }

    /** The match of {@code candidate} (stored as {@code docId}) to {@code query} under this rule, or null. */
    public Match match(Fingerprint query, String docId, Fingerprint candidate) {
        boolean comparable = Math.min(query.shingles(), candidate.shingles()) >= minShingles;
        if (comparable) {
            double j = Fingerprint.similarity(query, candidate);
            double c = Fingerprint.containment(query, candidate);
            if (j >= similarity) {
                return new Match(docId, Match.Basis.TEXT, j, c);
            }
            if (c >= containment && Fingerprint.leadSimilarity(query, candidate) >= leadSimilarity) {
                return new Match(docId, Match.Basis.EXCERPT, j, c);
            }
            return null;
        }
        if (sameTitle && query.titleHash() != 0 && query.titleHash() == candidate.titleHash()) {
            return new Match(docId, Match.Basis.TITLE, Fingerprint.similarity(query, candidate),
                    Fingerprint.containment(query, candidate));
        }
        return null;
    }
}
