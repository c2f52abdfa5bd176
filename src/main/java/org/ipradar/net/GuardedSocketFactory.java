package org.ipradar.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Makes sockets that check the address against the policy in {@code connect()}, before any packet is sent: the last
 * line of defence should a forbidden address get past name resolution (an IP literal, a pooled route, a bug).
 */
final class GuardedSocketFactory extends SocketFactory {
    private final AddressPolicy policy;

    GuardedSocketFactory(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(policy);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket s = createSocket();
        s.connect(new InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket s = createSocket();
        s.bind(new InetSocketAddress(localHost, localPort));
        s.connect(new InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket s = createSocket();
        s.connect(new InetSocketAddress(host, port));
        return s;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket s = createSocket();
        s.bind(new InetSocketAddress(localAddress, localPort));
        s.connect(new InetSocketAddress(address, port));
        return s;
    }

    /** A plain socket whose connect refuses forbidden addresses. */
    private static final class GuardedSocket extends Socket {
        private final AddressPolicy policy;

        GuardedSocket(AddressPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, 0);
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress isa)) {
                throw new IOException("unsupported socket address " + endpoint);
            }
            InetAddress a = isa.getAddress();
            if (a == null) {
                throw new IOException("unresolved address " + isa.getHostString());
            }
            policy.check(hostOf(a), a);
            super.connect(endpoint, timeout);
        }

        // the name the address was resolved from, read without a reverse lookup (toString is "name/literal")
        private static String hostOf(InetAddress a) {
            String s = a.toString();
            int slash = s.indexOf('/');
            return slash > 0 ? s.substring(0, slash) : a.getHostAddress();
        }
    }
}
