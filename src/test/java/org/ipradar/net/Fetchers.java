package org.ipradar.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;

/** Fetchers for tests: the fixture server's 127.0.0.1 allowed (127.0.0.2 and the rest not), no robots by default. */
final class Fetchers {
    static final String UA = "ipradar-test/1.0 (+https://example.org/ipradar-test; tests@example.org)";
    static final AddressPolicy FIXTURE_ONLY = AddressPolicy.parse("127.0.0.1/32");

    private Fetchers() {}

    static HttpFetcher.Builder builder() {
        return HttpFetcher.builder(UA).policy(FIXTURE_ONLY).robots(false);
    }

    static HttpFetcher plain() {
        return builder().build();
    }

    /** A resolver that knows only the given names (and localhost through the system), for tests that need hosts. */
    static Dns fakeDns(Map<String, List<String>> names) {
        return host -> {
            List<String> literals = names.get(host);
            if (literals == null) {
                if (host.equals("localhost")) {
                    return Dns.SYSTEM.lookup(host);
                }
                throw new UnknownHostException("no such host in the test resolver: " + host);
            }
            List<InetAddress> out = new java.util.ArrayList<>();
            for (String l : literals) {
                out.add(InetAddress.getByAddress(host, InetAddress.getByName(l).getAddress()));
            }
            return out;
        };
    }
}
