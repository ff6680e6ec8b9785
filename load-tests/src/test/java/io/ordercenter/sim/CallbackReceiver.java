package io.ordercenter.sim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A payment-callback receiver on 127.0.0.1 that records what arrives and can fail on purpose. */
final class CallbackReceiver implements AutoCloseable {

    /** One callback request as it arrived: the exact body bytes and the signature header. */
    record Received(byte[] body, String signature, String contentType) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/callback", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                received.add(new Received(
                        body,
                        exchange.getRequestHeaders().getFirst("X-Signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type")));
            }
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    /** Answers the next {@code times} callbacks with 500. */
    void failNext(int times) {
        failuresLeft.set(times);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void clear() {
        received.clear();
        failuresLeft.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
