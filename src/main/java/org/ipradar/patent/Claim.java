package org.ipradar.patent;

import java.util.List;
import java.util.Objects;

/**
 * One claim of a patent document.
 *
 * @param number the claim number as printed (1-based)
 * @param text the claim text, whitespace collapsed, without the leading number
 * @param independent whether the claim refers to no other claim
 * @param dependsOn the numbers of the claims it refers to (empty for an independent claim)
 */
public record Claim(int number, String text, boolean independent, List<Integer> dependsOn) {
    /** Checks the fields. */
    public Claim {
        Objects.requireNonNull(text, "claim text");
        dependsOn = List.copyOf(dependsOn);
        if (number < 1) {
            throw new IllegalArgumentException("claim number must be at least 1 (got " + number + ")");
        }
    }
}
