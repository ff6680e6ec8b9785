package io.ordercenter.platform.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis through plain Lettuce, imported by each service that uses it: one {@link RedisConnection}
 * shared by every caller (Lettuce pipelines the commands of many threads on it), built by {@link
 * RedisClient} for a standalone server or {@link RedisClusterClient} for a Redis Cluster, and a
 * {@code redis} health indicator. What a service does while Redis is slow or down is its own policy,
 * behind its own guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisProperties.class)
public class RedisConfiguration {

    /** The resilience4j instance name of Redis in every service (bulkhead, time limiter, circuit breaker). */
    public static final String GUARD = "redis";

    @Bean(destroyMethod = "shutdown")
    ClientResources redisClientResources(RedisProperties properties) {
        return DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(
                        Duration.ofMillis(10), properties.reconnectDelayMax(), 2, TimeUnit.MILLISECONDS))
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    AbstractRedisClient redisClient(ClientResources resources, RedisProperties properties) {
        SocketOptions socket = SocketOptions.builder()
                .connectTimeout(properties.connectTimeout())
                .build();
        TimeoutOptions timeouts = TimeoutOptions.enabled(properties.commandTimeout());
        if (!properties.cluster()) {
            RedisClient client = RedisClient.create(resources);
            client.setOptions(ClientOptions.builder()
                    .autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(socket)
                    .timeoutOptions(timeouts)
                    .build());
            return client;
        }
        RedisClusterClient client = RedisClusterClient.create(resources, uris(properties));
        client.setOptions(ClusterClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(socket)
                .timeoutOptions(timeouts)
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                        .enablePeriodicRefresh(properties.topologyRefreshPeriod())
                        // MOVED/ASK redirects, reconnect attempts and unknown nodes: a failover is
                        // followed within about a second of a command noticing it
                        .enableAllAdaptiveRefreshTriggers()
                        .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))
                        .build())
                .build());
        return client;
    }

    @Bean(destroyMethod = "close")
    RedisConnection redisConnection(AbstractRedisClient client, RedisProperties properties) {
        List<RedisURI> uris = uris(properties);
        RedisConnection connection = new RedisConnection(
                () -> {
                    if (client instanceof RedisClusterClient cluster) {
                        // connectAsync needs the topology loaded first (the blocking connect loads it itself)
                        return cluster.refreshPartitionsAsync()
                                .toCompletableFuture()
                                .thenCompose(loaded -> cluster.connectAsync(StringCodec.UTF8));
                    }
                    return ((RedisClient) client)
                            .connectAsync(StringCodec.UTF8, uris.get(0))
                            .toCompletableFuture();
                },
                properties.reconnectDelayMax());
        // a cluster's first connect reads its topology before connecting: allow a command's time for that
        connection.open(properties.connectTimeout().plus(properties.commandTimeout()));
        return connection;
    }

    @Bean
    HealthIndicator redisHealthIndicator(RedisConnection connection) {
        return () -> {
            try {
                connection.commands().ping().get(1, TimeUnit.SECONDS);
                return Health.up().build();
            } catch (Exception e) {
                return Health.down().build();
            }
        };
    }

    private static List<RedisURI> uris(RedisProperties properties) {
        return properties.parsedNodes().stream()
                .map(node -> RedisURI.builder()
                        .withHost(node.host())
                        .withPort(node.port())
                        .withTimeout(properties.commandTimeout())
                        .build())
                .toList();
    }
}
