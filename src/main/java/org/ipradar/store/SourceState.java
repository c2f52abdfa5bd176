package org.ipradar.store;

import java.time.Instant;

/**
 * A source's fetch state as last recorded: its health for editors, and the validators for the next conditional GET.
 *
 * @param id the source id
 * @param status {@code new} (never fetched), {@code ok} or {@code failed}
 * @param httpStatus the last HTTP status, or null when no response was received
 * @param errorCount failures in a row since the last success
 * @param lastError the last failure's reason, or null
 * @param lastAttempt when it was last fetched, or null
 * @param lastSuccess when it was last read without error, or null
 * @param etag the last ETag, sent back as If-None-Match
 * @param lastModified the last Last-Modified, sent back verbatim as If-Modified-Since
 * @param lastHash hash of the last payload read, so an identical 200 costs no parsing
 * @param itemsLast items found in the last payload that was parsed
 * @param nextAttempt the earliest time of the next attempt after failures (backoff), or null
 * @param itemsMax the most items a payload of this source ever had, so a drop to zero can be flagged
 * @param itemsMaxAt when it last had that many
 * @param lastCounts what the last crawl did with its items, as {@code new=3 updated=0 ...}, or null
 * @param warnings the last crawl's warnings, one per line, or null
 */
public record SourceState(
        String id,
        String status,
        Integer httpStatus,
        int errorCount,
        String lastError,
        Instant lastAttempt,
        Instant lastSuccess,
        String etag,
        String lastModified,
        String lastHash,
        int itemsLast,
        Instant nextAttempt,
        int itemsMax,
        Instant itemsMaxAt,
        String lastCounts,
        String warnings) {

    /** Whether the source's last fetch was refused: HTTP 401/403/451, a blocked address or robots.txt. */
    public boolean blocked() {
        return httpStatus != null && (httpStatus == 401 || httpStatus == 403 || httpStatus == 451)
                || lastError != null && (lastError.startsWith("address blocked") || lastError.startsWith("robots.txt"));
    }

    /** Whether the last read found no items where earlier reads found some: selectors or feed gone stale. */
    public boolean itemsVanished() {
        return "ok".equals(status) && itemsLast == 0 && itemsMax > 0;
    }
}
