package org.ipradar.dedup;

/**
 * A stored document that is a near duplicate of the one asked about, with the evidence.
 *
 * @param docId the stored document's id
 * @param basis why the two count as one story
 * @param similarity the estimated Jaccard similarity of the two texts
 * @param containment the estimated share of the smaller text found in the larger one
 */
public record Match(String docId, Basis basis, double similarity, double containment) {
    /** Why two documents count as one story, strongest first. */
    public enum Basis {
        /** The two texts share most of their shingles. */
        TEXT,
        /** The smaller text is an excerpt of the larger one (a feed summary, a shortened copy): same opening,
         * and most of its shingles are in the larger text. */
        EXCERPT,
        /** One text is too short to compare and the two carry the same long title. */
        TITLE
    }
}
