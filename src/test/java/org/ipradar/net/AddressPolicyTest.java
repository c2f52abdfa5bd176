package org.ipradar.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipradar.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
    private static final AddressPolicy DEFAULT = AddressPolicy.blockPrivate();

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal); // literals only: never a DNS query
    }

    // An IPv6 address kept as IPv6 even when it is IPv4-mapped (InetAddress.getByName would turn it into IPv4).
    private static InetAddress ip6(String literal) throws Exception {
        byte[] b = new byte[16];
        byte[] parsed = InetAddress.getByName(literal).getAddress();
        if (parsed.length == 4) {
            b[10] = (byte) 0xFF;
            b[11] = (byte) 0xFF;
            System.arraycopy(parsed, 0, b, 12, 4);
        } else {
            b = parsed;
        }
        return Inet6Address.getByAddress(null, b, -1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1         | loopback",
        "127.255.0.9       | loopback",
        "10.1.2.3          | private",
        "172.16.0.1        | private",
        "172.31.255.255    | private",
        "192.168.1.1       | private",
        "100.64.0.1        | shared address space (CGNAT)",
        "100.100.100.200   | shared address space (CGNAT)",
        "169.254.169.254   | cloud metadata",
        "169.254.1.1       | link-local",
        "0.0.0.0           | this network",
        "0.1.2.3           | this network",
        "224.0.0.1         | multicast",
        "239.255.255.250   | multicast",
        "255.255.255.255   | broadcast",
        "240.0.0.1         | reserved",
        "192.0.0.192       | IETF protocol assignments",
        "198.18.0.1        | benchmarking",
        "::1               | loopback",
        "::                | unspecified",
        "fc00::1           | unique local (private)",
        "fd00:ec2::254     | unique local (private)",
        "fe80::1           | link-local",
        "ff02::1           | multicast",
        "2001:db8::1       | documentation",
        "::7f00:1          | loopback, IPv4-compatible",
        "64:ff9b::a9fe:a9fe| cloud metadata, NAT64",
        "2002:7f00:1::     | loopback, 6to4",
        "2002:a00:1::1     | private, 6to4",
        "2001:0:4136:e378:8000:63bf:80ff:fffe | loopback, Teredo",
        "::ffff:0:a00:1    | private, IPv4-translated",
    })
    void blocksByDefaultWithTheRangeNamed(String literal, String category) throws Exception {
        assertEquals(Optional.of(category), DEFAULT.blockReason(ip(literal)));
        assertFalse(DEFAULT.allowed(ip(literal)));
    }

    @Test
    void ipv4MappedIpv6IsJudgedByItsIpv4Address() throws Exception {
        InetAddress mapped = ip6("127.0.0.1");
        assertTrue(mapped instanceof Inet6Address);
        assertEquals(Optional.of("loopback, IPv4-mapped"), DEFAULT.blockReason(mapped));
        assertEquals(Optional.of("cloud metadata, IPv4-mapped"), DEFAULT.blockReason(ip6("169.254.169.254")));
        assertEquals(Optional.empty(), DEFAULT.blockReason(ip6("8.8.8.8")));
        // the allow list covers the mapped form of an allowed IPv4 address
        assertTrue(AddressPolicy.parse("127.0.0.1/32").allowed(mapped));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1",
        "169.255.0.1", "2606:4700::1111", "2a00:1450:4001::200e", "64:ff9b::808:808", "2002:808:808::1"})
    void allowsPublicAddresses(String literal) throws Exception {
        assertEquals(Optional.empty(), DEFAULT.blockReason(ip(literal)));
        assertTrue(DEFAULT.allowed(ip(literal)));
    }

    @Test
    void allowListOpensExactlyTheListedRanges() throws Exception {
        AddressPolicy p = AddressPolicy.parse(" 127.0.0.1/32 , 10.0.0.0/8,fd00::/8,192.168.5.5");

        assertTrue(p.allowed(ip("127.0.0.1")));
        assertFalse(p.allowed(ip("127.0.0.2")));
        assertTrue(p.allowed(ip("10.200.3.4")));
        assertTrue(p.allowed(ip("fd12::5")));
        assertFalse(p.allowed(ip("fc00::5")));
        assertTrue(p.allowed(ip("192.168.5.5")));
        assertFalse(p.allowed(ip("192.168.5.6")));
        assertFalse(p.allowed(ip("169.254.169.254")));
        assertEquals(List.of("127.0.0.1/32", "10.0.0.0/8", "fd00::/8", "192.168.5.5"), p.allowList());
    }

    @Test
    void hostBitsInARangeAreIgnored() throws Exception {
        AddressPolicy p = AddressPolicy.parse("10.1.2.3/16");

        assertTrue(p.allowed(ip("10.1.200.200")));
        assertFalse(p.allowed(ip("10.2.0.1")));
    }

    @Test
    void emptyOrAbsentVariableAllowsNothingExtra() throws Exception {
        assertFalse(AddressPolicy.fromEnvironment(Map.of()).allowed(ip("127.0.0.1")));
        assertFalse(AddressPolicy.fromEnvironment(Map.of(AddressPolicy.ENV, "  ")).allowed(ip("127.0.0.1")));
        assertTrue(AddressPolicy.fromEnvironment(Map.of(AddressPolicy.ENV, "127.0.0.0/8")).allowed(ip("127.9.9.9")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.0.0.0/33   | IPRADAR_CRAWL_ALLOW: \"10.0.0.0/33\" is not a CIDR range such as 10.0.0.0/8 or fd00::/8 (prefix length must be 0..32, got 33)",
        "fd00::/129    | IPRADAR_CRAWL_ALLOW: \"fd00::/129\" is not a CIDR range such as 10.0.0.0/8 or fd00::/8 (prefix length must be 0..128, got 129)",
        "intranet.local| IPRADAR_CRAWL_ALLOW: \"intranet.local\" is not a CIDR range such as 10.0.0.0/8 or fd00::/8 (not an IPv4 or IPv6 address: intranet.local)",
        "300.1.1.1/8   | IPRADAR_CRAWL_ALLOW: \"300.1.1.1/8\" is not a CIDR range such as 10.0.0.0/8 or fd00::/8 (octet out of range: 300)",
        "10.0.0.0/x    | IPRADAR_CRAWL_ALLOW: \"10.0.0.0/x\" is not a CIDR range such as 10.0.0.0/8 or fd00::/8 (prefix length is not a number: x)",
    })
    void badRangeIsAConfigErrorNamingTheValue(String value, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> AddressPolicy.parse("127.0.0.1/32," + value));
        assertEquals(message, e.getMessage());
    }

    @Test
    void blockedAddressMessageNamesAddressRangeHostAndRemedy() throws Exception {
        BlockedAddressException e = assertThrows(BlockedAddressException.class,
                () -> DEFAULT.check("localhost", ip("127.0.0.1")));

        assertEquals("address blocked: 127.0.0.1 (loopback) for host localhost; allow it with IPRADAR_CRAWL_ALLOW",
                e.getMessage());
        assertEquals("localhost", e.host());
        assertEquals("127.0.0.1", e.address());
        assertEquals("loopback", e.category());
    }
}
