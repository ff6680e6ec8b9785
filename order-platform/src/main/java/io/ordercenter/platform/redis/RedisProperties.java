package io.ordercenter.platform.redis;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Redis is and how long to wait for it, {@code ordercenter.redis.*}.
 *
 * @param nodes {@code host:port} of the server, or seed nodes of a cluster (any subset of its nodes;
 *     the client discovers the rest)
 * @param cluster {@code true}: a Redis Cluster through Lettuce's cluster client, which follows
 *     failovers and slot moves (periodic and adaptive topology refresh); {@code false} (the default):
 *     one standalone server, exactly one node
 * @param connectTimeout TCP connect timeout (default 500 ms)
 * @param commandTimeout a command's last-resort expiry in the client (default 1 s); the guard's time
 *     limit ({@code resilience4j.timelimiter.instances.redis}) is what callers wait at most
 * @param reconnectDelayMax the longest wait between reconnect attempts after Redis went away
 *     (default 1 s), so that callers return to Redis soon after it is back
 * @param topologyRefreshPeriod how often the cluster client re-reads the cluster's topology besides
 *     the adaptive refreshes that redirects and disconnects trigger (default 5 s)
 */
@ConfigurationProperties("ordercenter.redis")
public record RedisProperties(
        List<String> nodes,
        Boolean cluster,
        Duration connectTimeout,
        Duration commandTimeout,
        Duration reconnectDelayMax,
        Duration topologyRefreshPeriod) {

    public RedisProperties {
        nodes = nodes == null
                ? List.of()
                : nodes.stream()
                        .map(String::trim)
                        .filter(node -> !node.isEmpty())
                        .toList();
        cluster = cluster != null && cluster;
        connectTimeout = connectTimeout == null ? Duration.ofMillis(500) : connectTimeout;
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(1) : commandTimeout;
        reconnectDelayMax = reconnectDelayMax == null ? Duration.ofSeconds(1) : reconnectDelayMax;
        topologyRefreshPeriod = topologyRefreshPeriod == null ? Duration.ofSeconds(5) : topologyRefreshPeriod;
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException(
                    "ordercenter.redis.nodes (OC_REDIS_NODES) is empty: give host:port[,host:port...]");
        }
        if (!cluster && nodes.size() != 1) {
            throw new IllegalArgumentException("ordercenter.redis.nodes (OC_REDIS_NODES) lists " + nodes.size()
                    + " nodes, but a standalone Redis (OC_REDIS_CLUSTER=false) has exactly one");
        }
        nodes.forEach(RedisProperties::parse);
    }

    /** A node's host and port from {@code host:port}. */
    static Node parse(String node) {
        int colon = node.lastIndexOf(':');
        if (colon <= 0 || colon == node.length() - 1) {
            throw new IllegalArgumentException("Redis node '" + node + "' is not host:port");
        }
        try {
            int port = Integer.parseInt(node.substring(colon + 1));
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return new Node(node.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Redis node '" + node + "' has no valid port");
        }
    }

    List<Node> parsedNodes() {
        return nodes.stream().map(RedisProperties::parse).toList();
    }

    record Node(String host, int port) {}
}
