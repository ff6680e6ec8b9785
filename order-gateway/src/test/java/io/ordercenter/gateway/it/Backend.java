package io.ordercenter.gateway.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.HttpHeaders;

/**
 * A real HTTP server standing in for one instance of a service: answers every API request 200 with
 * a small JSON naming itself, records what it received, and can be stopped, started again on the
 * same port, made to hang (answer later than the gateway waits) or to answer 503 itself.
 */
final class Backend implements AutoCloseable {

    enum Mode {
        ANSWER,
        HANG,
        UNAVAILABLE
    }

    record Received(String method, String path, String query, HttpHeaders headers, byte[] body) {}

    private final String name;
    private int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile Mode mode = Mode.ANSWER;
    private HttpServer server;

    private Backend(String name, int port) {
        this.name = name;
        this.port = port;
    }

    static Backend start(String name) {
        Backend backend = new Backend(name, 0);
        backend.start();
        return backend;
    }

    /** Listens again (on the port of the first start), waiting a moment if the port is not free yet. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
                break;
            } catch (java.net.BindException e) {
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException(e);
                }
                sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        port = server.getAddress().getPort();
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    long count(String method, String path) {
        return received.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .count();
    }

    void reset() {
        received.clear();
        mode = Mode.ANSWER;
        start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/actuator/health")) {
                answer(exchange, 200, "application/json", "{\"status\":\"UP\"}");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpHeaders headers = new HttpHeaders();
            exchange.getRequestHeaders().forEach(headers::addAll);
            received.add(new Received(
                    exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body));
            switch (mode) {
                case HANG -> {
                    sleep(3_000);
                    answer(exchange, 200, "application/json", "{\"instance\":\"" + name + "\",\"late\":true}");
                }
                case UNAVAILABLE ->
                    answer(
                            exchange,
                            503,
                            "application/problem+json",
                            "{\"status\":503,\"code\":\"DEPENDENCY_UNAVAILABLE\",\"from\":\"" + name + "\"}");
                default ->
                    answer(
                            exchange,
                            200,
                            "application/json",
                            "{\"instance\":\"" + name + "\",\"bytes\":" + body.length + "}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }
}
