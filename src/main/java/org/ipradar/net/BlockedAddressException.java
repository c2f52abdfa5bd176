package org.ipradar.net;

import java.io.IOException;
import java.net.InetAddress;

/**
 * A host resolved to an address the {@link AddressPolicy} forbids; thrown before any socket is connected to it.
 *
 * <p>It is an {@link IOException} so it can travel through the HTTP client's DNS and socket layers unchanged.
 */
public final class BlockedAddressException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String host;
    private final String address;
    private final String category;

    /** Creates the exception for {@code host} resolving to {@code address}, blocked as {@code category}. */
    public BlockedAddressException(String host, InetAddress address, String category) {
        super("address blocked: " + address.getHostAddress() + " (" + category + ") for host " + host
                + "; allow it with " + AddressPolicy.ENV);
        this.host = host;
        this.address = address.getHostAddress();
        this.category = category;
    }

    /** The host name (or literal) that was being reached. */
    public String host() {
        return host;
    }

    /** The blocked address, as a literal. */
    public String address() {
        return address;
    }

    /** Why the address is blocked, such as loopback, private or metadata. */
    public String category() {
        return category;
    }
}
