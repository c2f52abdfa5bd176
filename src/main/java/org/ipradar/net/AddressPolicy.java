package org.ipradar.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ipradar.config.ConfigException;

/**
 * Which addresses the crawler may connect to: every public unicast address, and none of loopback, private, shared
 * (CGNAT), link-local (cloud metadata), unspecified, multicast, broadcast, documentation or reserved ranges, nor their
 * IPv4-mapped, IPv4-compatible, NAT64, 6to4 or Teredo IPv6 forms, unless a range is listed in
 * {@code IPRADAR_CRAWL_ALLOW}.
 */
public final class AddressPolicy {
    /** The environment variable listing the ranges that are allowed although blocked by default. */
    public static final String ENV = "IPRADAR_CRAWL_ALLOW";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    // first match wins: the narrow metadata and broadcast entries come before the ranges that contain them
    private static final List<Range> BLOCKED = List.of(
            Range.of("0.0.0.0/8", "this network"),
            Range.of("10.0.0.0/8", "private"),
            Range.of("100.64.0.0/10", "shared address space (CGNAT)"),
            Range.of("127.0.0.0/8", "loopback"),
            Range.of("169.254.169.254/32", "cloud metadata"),
            Range.of("169.254.0.0/16", "link-local"),
            Range.of("172.16.0.0/12", "private"),
            Range.of("192.0.0.0/24", "IETF protocol assignments"),
            Range.of("192.0.2.0/24", "documentation"),
            Range.of("192.88.99.0/24", "6to4 relay anycast"),
            Range.of("192.168.0.0/16", "private"),
            Range.of("198.18.0.0/15", "benchmarking"),
            Range.of("198.51.100.0/24", "documentation"),
            Range.of("203.0.113.0/24", "documentation"),
            Range.of("224.0.0.0/4", "multicast"),
            Range.of("255.255.255.255/32", "broadcast"),
            Range.of("240.0.0.0/4", "reserved"),
            Range.of("::/128", "unspecified"),
            Range.of("::1/128", "loopback"),
            Range.of("100::/64", "discard-only"),
            Range.of("64:ff9b:1::/48", "local-use NAT64"),
            Range.of("2001:db8::/32", "documentation"),
            Range.of("fc00::/7", "unique local (private)"),
            Range.of("fe80::/10", "link-local"),
            Range.of("fec0::/10", "site-local"),
            Range.of("ff00::/8", "multicast"));

    private static final AddressPolicy DEFAULT = new AddressPolicy(List.of());

    private final List<Range> allowed;

    private AddressPolicy(List<Range> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** The policy with an empty allow list: every blocked range stays blocked. */
    public static AddressPolicy blockPrivate() {
        return DEFAULT;
    }

    /** Reads {@value #ENV} from the given environment; absent or blank means an empty allow list. */
    public static AddressPolicy fromEnvironment(Map<String, String> env) {
        return parse(env.getOrDefault(ENV, ""));
    }

    /**
     * Parses a comma-separated list of CIDR ranges (IPv4 or IPv6, a bare address meaning just that address).
     *
     * @throws ConfigException naming the variable and the bad value when an entry is not a CIDR range
     */
    public static AddressPolicy parse(String allowList) {
        if (allowList == null || allowList.isBlank()) {
            return DEFAULT;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : allowList.split(",", -1)) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                ranges.add(Range.parse(entry, "allowed by " + ENV));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(ENV + ": \"" + entry + "\" is not a CIDR range such as 10.0.0.0/8 or"
                        + " fd00::/8 (" + e.getMessage() + ")", e);
            }
        }
        return new AddressPolicy(ranges);
    }

    /** Whether a connection to the address is allowed. */
    public boolean allowed(InetAddress address) {
        return blockReason(address).isEmpty();
    }

    /** Why the address is blocked (for example "loopback", or "private, IPv4-mapped"), or empty when allowed. */
    public Optional<String> blockReason(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (matchesAny(allowed, bytes)) {
            return Optional.empty();
        }
        for (Range r : BLOCKED) {
            if (r.contains(bytes)) {
                return Optional.of(r.label());
            }
        }
        if (address instanceof Inet6Address) {
            Embedded e = embeddedIpv4(bytes);
            if (e != null) {
                if (matchesAny(allowed, e.ipv4())) {
                    return Optional.empty();
                }
                for (Range r : BLOCKED) {
                    if (r.contains(e.ipv4())) {
                        return Optional.of(r.label() + ", " + e.form());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Throws when the address is blocked; {@code host} is the name being reached, for the message. */
    public void check(String host, InetAddress address) throws BlockedAddressException {
        Optional<String> reason = blockReason(address);
        if (reason.isPresent()) {
            throw new BlockedAddressException(host, address, reason.get());
        }
    }

    /** The allowed ranges, as given. */
    public List<String> allowList() {
        return allowed.stream().map(Range::text).toList();
    }

    @Override
    public String toString() {
        return ENV + "=" + String.join(",", allowList());
    }

    private static boolean matchesAny(List<Range> ranges, byte[] bytes) {
        for (Range r : ranges) {
            if (r.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    private record Embedded(byte[] ipv4, String form) {}

    // IPv6 forms that carry an IPv4 address a packet may end up at.
    private static Embedded embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return null;
        }
        if (zero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return new Embedded(slice(b, 12), "IPv4-mapped");
        }
        if (zero(b, 0, 8) && (b[8] & 0xFF) == 0xFF && (b[9] & 0xFF) == 0xFF && zero(b, 10, 12)) {
            return new Embedded(slice(b, 12), "IPv4-translated");
        }
        if (zero(b, 0, 12)) {
            return new Embedded(slice(b, 12), "IPv4-compatible");
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && zero(b, 4, 12)) {
            return new Embedded(slice(b, 12), "NAT64");
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return new Embedded(slice(b, 2), "6to4");
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            byte[] client = slice(b, 12);
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~client[i];
            }
            return new Embedded(client, "Teredo");
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        byte[] out = new byte[4];
        System.arraycopy(b, from, out, 0, 4);
        return out;
    }

    /** An address range: the network bytes, the prefix length, and a label saying what it is. */
    private record Range(byte[] network, int prefix, String label, String text) {

        static Range of(String cidr, String label) {
            return parse(cidr, label);
        }

        static Range parse(String cidr, String label) {
            int slash = cidr.indexOf('/');
            String addr = slash < 0 ? cidr : cidr.substring(0, slash);
            boolean v4 = IPV4.matcher(addr).matches();
            if (!v4 && !IPV6.matcher(addr).matches()) {
                throw new IllegalArgumentException("not an IPv4 or IPv6 address: " + addr);
            }
            if (v4) {
                for (String octet : addr.split("\\.")) {
                    if (Integer.parseInt(octet) > 255) {
                        throw new IllegalArgumentException("octet out of range: " + octet);
                    }
                }
            }
            byte[] bytes;
            try {
                // the text is a literal (checked above), so this never queries DNS
                InetAddress a = InetAddress.getByName(addr);
                bytes = a.getAddress();
                if (!v4 && a instanceof Inet4Address) {
                    // an IPv4-mapped literal comes back as IPv4: its prefix counts the 96 mapping bits
                    v4 = true;
                    if (slash >= 0) {
                        int p = prefixOf(cidr.substring(slash + 1), 128);
                        if (p < 96) {
                            throw new IllegalArgumentException("an IPv4-mapped range needs a prefix of 96 or more");
                        }
                        return new Range(mask(bytes, p - 96), p - 96, label, cidr);
                    }
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + addr, e);
            }
            int bits = bytes.length * 8;
            int prefix = slash < 0 ? bits : prefixOf(cidr.substring(slash + 1), bits);
            return new Range(mask(bytes, prefix), prefix, label, cidr);
        }

        private static int prefixOf(String text, int bits) {
            int p;
            try {
                p = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("prefix length is not a number: " + text, e);
            }
            if (p < 0 || p > bits) {
                throw new IllegalArgumentException("prefix length must be 0.." + bits + ", got " + p);
            }
            return p;
        }

        private static byte[] mask(byte[] bytes, int prefix) {
            byte[] out = bytes.clone();
            for (int i = 0; i < out.length; i++) {
                int keep = Math.max(0, Math.min(8, prefix - i * 8));
                out[i] = (byte) (out[i] & (0xFF << (8 - keep)));
            }
            return out;
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            byte[] masked = mask(address, prefix);
            return java.util.Arrays.equals(masked, network);
        }
    }
}
