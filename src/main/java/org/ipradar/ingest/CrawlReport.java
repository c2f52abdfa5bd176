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
     * One source's outcome.
     *
     * @param sourceId the source id
     * @param outcome ok, not_modified (304), same_payload (identical 200), or failed
     * @param httpStatus the HTTP status, or null
     * @param items items in the payload
     * @param added new documents
     * @param updated changed documents
     * @param unchanged documents already stored as they are
     * @param error the failure's reason, or null
     * @param took wall time for this source
     */
    public record SourceReport(String sourceId, String outcome, Integer httpStatus, int items, int added, int updated,
            int unchanged, String error, Duration took) {
        /** Whether this source failed. */
        public boolean failed() {
            return "failed".equals(outcome);
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
}
