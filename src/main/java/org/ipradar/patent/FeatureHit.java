package org.ipradar.patent;

import java.util.List;

/**
 * Which claims of a patent one product feature touches: at least two thirds of the feature's words (after stemming
 * and stop words) appear in the claim.
 *
 * @param feature the feature as given
 * @param claims the numbers of the claims it touches, in order; empty when none
 */
public record FeatureHit(String feature, List<Integer> claims) {
    /** Copies the list. */
    public FeatureHit {
        claims = List.copyOf(claims);
    }

    /** Whether the feature touches any claim. */
    public boolean touched() {
        return !claims.isEmpty();
    }
}
