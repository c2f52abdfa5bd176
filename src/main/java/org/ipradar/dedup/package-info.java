/**
 * Near duplicates: one page under several links ({@link org.ipradar.dedup.UrlCanonicalizer#key}) and one story from
 * several sources ({@link org.ipradar.dedup.Fingerprint}, a MinHash of the text, stored with each document; {@link
 * org.ipradar.dedup.NearDuplicateIndex}, an LSH index rebuilt from the stored fingerprints at start-up; {@link
 * org.ipradar.dedup.Clusters}, which gives each arriving document a stable cluster id). {@link
 * org.ipradar.dedup.DedupCollection} and {@link org.ipradar.dedup.DedupEvaluation} measure them on the shared corpus
 * ({@code ipradar eval-dedup}).
 */
package org.ipradar.dedup;
