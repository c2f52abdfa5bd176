package org.ipradar.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A listening socket that counts every TCP connection it accepts, to prove that none was opened. */
final class SocketTrap implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;

    /** Listens on the given loopback address (127.0.0.1, 127.0.0.2 ...) on a free port. */
    SocketTrap(String literal) {
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getByName(literal), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + literal, e);
        }
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    accepted.incrementAndGet();
                    s.close();
                } catch (IOException e) {
                    return; // closed
                }
            }
        }, "socket-trap-" + literal);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far, after letting the accepting thread catch up for 100 ms. */
    int accepted() throws InterruptedException {
        Thread.sleep(100);
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
