package io.ordercenter.gateway.limits;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import redis.embedded.RedisServer;

/**
 * A real Redis Cluster of a few primaries (redis-server 6.2 from embedded-redis), on loopback and
 * free ports: slots split evenly, nodes introduced with {@code CLUSTER MEET}, ready once every node
 * reports {@code cluster_state:ok}.
 */
final class RedisClusterNodes implements AutoCloseable {

    private static final int SLOTS = 16384;

    private final List<RedisServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private Path dir;

    static RedisClusterNodes start(int primaries) throws Exception {
        RedisClusterNodes cluster = new RedisClusterNodes();
        try {
            cluster.launch(primaries);
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void launch(int primaries) throws Exception {
        dir = Files.createTempDirectory("oc-redis-cluster");
        for (int i = 0; i < primaries; i++) {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("cluster-enabled yes")
                    .setting("cluster-config-file nodes-" + port + ".conf")
                    .setting("cluster-node-timeout 2000")
                    .setting("dir " + dir)
                    .setting("appendonly no")
                    .build();
            server.start();
            servers.add(server);
            ports.add(port);
        }
        int perNode = SLOTS / primaries;
        for (int i = 0; i < primaries; i++) {
            int from = i * perNode;
            int to = i == primaries - 1 ? SLOTS : from + perNode;
            int[] slots = IntStream.range(from, to).toArray();
            try (Node node = node(ports.get(i))) {
                node.connection().sync().clusterAddSlots(slots);
                if (i > 0) {
                    node.connection().sync().clusterMeet("127.0.0.1", ports.get(0));
                }
            }
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (int port : ports) {
            try (Node node = node(port)) {
                while (!node.connection().sync().clusterInfo().contains("cluster_state:ok")) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the Redis Cluster did not become ready");
                    }
                    Thread.sleep(100);
                }
            }
        }
    }

    List<String> nodes() {
        return ports.stream().map(port -> "127.0.0.1:" + port).toList();
    }

    /** Which node (index into {@link #nodes()}) owns the slot of {@code key}. */
    int ownerOf(String key) {
        try (Node node = node(ports.get(0))) {
            long slot = node.connection().sync().clusterKeyslot(key);
            return (int) Math.min(ports.size() - 1, slot / (SLOTS / ports.size()));
        }
    }

    private static Node node(int port) {
        RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", port));
        return new Node(client, client.connect());
    }

    private record Node(RedisClient client, StatefulRedisConnection<String, String> connection)
            implements AutoCloseable {
        @Override
        public void close() {
            connection.close();
            client.shutdown();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (RedisServer server : servers) {
            try {
                server.stop();
            } catch (IOException e) {
                // best effort: the next server still gets stopped
            }
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind
            }
        }
    }
}
