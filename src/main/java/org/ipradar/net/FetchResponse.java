package org.ipradar.net;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * What a successful fetch brought back.
 *
 * @param status 2xx, or 304 when the validators matched
 * @param body the payload after decompression; empty for 304
 * @param contentType the Content-Type header, or null
 * @param etag the ETag to send next time (the one sent, when a 304 did not repeat it), or null
 * @param lastModified the Last-Modified to send next time, verbatim, or null
 * @param finalUrl the address that answered, after redirects
 * @param redirects the addresses that redirected, in order (empty when none)
 */
public record FetchResponse(int status, byte[] body, String contentType, String etag, String lastModified,
        URI finalUrl, List<URI> redirects) {

    /** Whether the server answered 304 Not Modified to our conditional request. */
    public boolean notModified() {
        return status == 304;
    }

    /** The charset named by the Content-Type header (widened to its superset), if any. */
    public Optional<Charset> headerCharset() {
        return Optional.ofNullable(Charsets.fromContentType(contentType));
    }

    /** The body decoded with the charset from the header, byte-order mark, {@code <meta>} or detection. */
    public Charsets.Decoded decode() {
        return Charsets.decode(body, contentType);
    }
}
