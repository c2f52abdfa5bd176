package org.ipradar.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.ipradar.vocab.Kind;

/**
 * One source from feeds.yml: where to fetch it, how to read it, and the defaults its documents take.
 *
 * @param id stable id: letters, digits and '-'
 * @param name a human name, or the id when none is given
 * @param url http(s) address of the feed
 * @param type how the payload is read
 * @param lang the language of its documents, or empty to detect per document
 * @param country the default country code of its documents, or empty
 * @param kind the default kind of its documents
 * @param every how often it is polled
 * @param timeout the whole-request time limit for one fetch
 * @param maxBytes the cap on decoded payload bytes
 */
public record Source(
        String id,
        String name,
        URI url,
        Type type,
        Optional<String> lang,
        Optional<String> country,
        Kind kind,
        Duration every,
        Duration timeout,
        long maxBytes) {

    /** How a source's payload is read. */
    public enum Type {
        /** RSS 0.9x, 1.0, 2.0 or Atom, detected from the payload. */
        FEED
    }
}
