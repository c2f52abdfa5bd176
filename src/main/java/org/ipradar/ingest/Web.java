package org.ipradar.ingest;

import org.ipradar.net.FetchException;
import org.ipradar.net.FetchRequest;
import org.ipradar.net.FetchResponse;

/** The network as the crawler sees it: one safe, polite fetch (address checks, robots.txt, per-host pacing). */
@FunctionalInterface
public interface Web {
    /** Fetches the request's address, waiting for the host's turn. */
    FetchResponse fetch(FetchRequest request) throws FetchException, InterruptedException;
}
