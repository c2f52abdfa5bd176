package org.ipradar.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one pass over the sources: one line per source and the totals, in the style of Anserini's counters.
 *
 * @param sources per-source outcomes, in feeds.yml order
 * @param took wall time of the pass
 */
public record CrawlReport(List<SourceReport> sources, Duration took) {

    /**
     * One source's outcome. Every item found lands in exactly one of the buckets added, updated, unchanged,
     * duplicate, skipped and quarantined, so {@code items} is their sum.
     *
     * @param sourceId the source id
     * @param outcome ok, not_modified (304), same_payload (identical 200), deferred (backing off), or failed
     * @param httpStatus the HTTP status, or null
     * @param items items found in the payload(s)
     * @param added new documents
     * @param updated changed documents
     * @param unchanged documents already stored as they are
     * @param duplicates items that another source or address already reported (kept apart or joined to a cluster)
     * @param skipped items left out, each with its reason in {@code warnings}
     * @param quarantined items or payloads kept aside because they could not be read
     * @param error the failure's reason, or null
     * @param warnings what an editor should know: skipped items, selectors that no longer match, article pages that
     *     failed
     * @param took wall time for this source
     */
    public record SourceReport(String sourceId, String outcome, Integer httpStatus, int items, int added,
            int updated, int unchanged, int duplicates, int skipped, int quarantined, String error,
            List<String> warnings, Duration took) {
        public SourceReport {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        /** Whether this source failed. */
        public boolean failed() {
            return "failed".equals(outcome);
        }

        /** The buckets as {@code new=3 updated=0 unchanged=5 duplicate=1 skipped=0 quarantined=0}. */
        public String counts() {
            return "new=" + added + " updated=" + updated + " unchanged=" + unchanged + " duplicate=" + duplicates
                    + " skipped=" + skipped + " quarantined=" + quarantined;
        }
    }

    /** How many sources failed. */
    public long failed() {
        return sources.stream().filter(SourceReport::failed).count();
    }

    /** New documents over all sources. */
    public int added() {
        return sources.stream().mapToInt(SourceReport::added).sum();
    }

    /** Updated documents over all sources. */
    public int updated() {
        return sources.stream().mapToInt(SourceReport::updated).sum();
    }

    /** Unchanged documents over all sources. */
    public int unchanged() {
        return sources.stream().mapToInt(SourceReport::unchanged).sum();
    }

    /** Duplicate items over all sources. */
    public int duplicates() {
        return sources.stream().mapToInt(SourceReport::duplicates).sum();
    }

    /** Skipped items over all sources. */
    public int skipped() {
        return sources.stream().mapToInt(SourceReport::skipped).sum();
    }

    /** Quarantined items or payloads over all sources. */
    public int quarantined() {
        return sources.stream().mapToInt(SourceReport::quarantined).sum();
    }
}
