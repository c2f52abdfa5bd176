package org.ipradar.patent;

/**
 * The claim a risk row is about, with the words it shares with the product marked.
 *
 * @param number the claim number
 * @param text the claim text as stored
 * @param highlighted the claim text as HTML: escaped, with each run of words the product shares in {@code <mark>}
 * @param independent whether it is an independent claim
 */
public record MatchedClaim(int number, String text, String highlighted, boolean independent) {}
