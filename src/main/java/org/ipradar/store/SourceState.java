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
        int itemsLast) {}
