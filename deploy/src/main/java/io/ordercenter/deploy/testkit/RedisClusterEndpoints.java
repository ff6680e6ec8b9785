package io.ordercenter.deploy.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the nodes of the test stack's Redis Cluster listen.
 *
 * @param nodes node name ({@code redis-1}..{@code redis-6}) to {@code host:port}, in name order;
 *     {@code redis-1}..{@code redis-3} started as primaries, {@code redis-4}..{@code redis-6} as their
 *     replicas (a failover changes that: ask the cluster who is primary now)
 */
public record RedisClusterEndpoints(Map<String, String> nodes) {

    public RedisClusterEndpoints {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** {@code host:port,host:port,…}: the value of {@code OC_REDIS_NODES}. */
    public String seeds() {
        return String.join(",", nodes.values());
    }

    public List<String> addresses() {
        return List.copyOf(nodes.values());
    }

    /** The name of the node listening on {@code port}, e.g. to kill the primary of a slot. */
    public Optional<String> nodeOnPort(int port) {
        return nodes.entrySet().stream()
                .filter(entry -> entry.getValue().endsWith(":" + port))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Parses the control API's answer: one {@code name=host:port} line per node. */
    static RedisClusterEndpoints parse(String body) {
        Map<String, String> nodes = new LinkedHashMap<>();
        body.lines().filter(line -> line.contains("=")).forEach(line -> {
            int eq = line.indexOf('=');
            nodes.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        });
        if (nodes.isEmpty()) {
            throw new IllegalStateException("the stack answered no Redis Cluster nodes: " + body);
        }
        return new RedisClusterEndpoints(nodes);
    }
}
