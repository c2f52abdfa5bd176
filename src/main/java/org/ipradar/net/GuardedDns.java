package org.ipradar.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves a host name and keeps only the addresses the policy allows, so the HTTP client never has a forbidden
 * address to connect to; when every address is forbidden the lookup fails with the reason for the first one.
 */
final class GuardedDns implements Dns {
    private final Dns delegate;
    private final AddressPolicy policy;

    GuardedDns(Dns delegate, AddressPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> all = delegate.lookup(hostname);
        List<InetAddress> kept = new ArrayList<>(all.size());
        BlockedAddressException first = null;
        for (InetAddress a : all) {
            try {
                policy.check(hostname, a);
                kept.add(a);
            } catch (BlockedAddressException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (kept.isEmpty() && first != null) {
            // Dns may only throw UnknownHostException: carry the real reason as its cause
            UnknownHostException u = new UnknownHostException(first.getMessage());
            u.initCause(first);
            throw u;
        }
        return kept;
    }
}
