package org.ipradar.ingest;

import java.net.URI;

/**
 * What a fetch returned.
 *
 * @param status the HTTP status (200 or 304)
 * @param body the decoded (decompressed) payload; empty for 304
 * @param contentType the Content-Type header, or null
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, verbatim, or null
 * @param finalUrl the address after redirects
 */
public record FetchResult(int status, byte[] body, String contentType, String etag, String lastModified, URI finalUrl) {
    /** Whether the server answered 304 Not Modified to our conditional request. */
    public boolean notModified() {
        return status == 304;
    }
}
