package io.ordercenter.gateway.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordercenter.redis.*}: where the rate-limit buckets live.
 *
 * @param nodes {@code host:port} seed nodes ({@code OC_REDIS_NODES}); one server unless {@code cluster}
 * @param cluster a Redis Cluster through Lettuce's cluster client ({@code OC_REDIS_CLUSTER})
 * @param timeout the longest a limit check waits for Redis before the request goes ahead unlimited
 */
@ConfigurationProperties("ordercenter.redis")
public record RedisProperties(List<String> nodes, Boolean cluster, Duration timeout) {

    public RedisProperties {
        if (nodes == null || nodes.isEmpty()) {
            throw new IllegalArgumentException("ordercenter.redis.nodes (OC_REDIS_NODES) names no Redis node");
        }
        for (String node : nodes) {
            if (!node.matches("[^:\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException("ordercenter.redis.nodes: '" + node + "' is not host:port");
            }
        }
        nodes = List.copyOf(nodes);
        cluster = cluster != null && cluster;
        timeout = timeout == null ? Duration.ofMillis(300) : timeout;
    }
}
