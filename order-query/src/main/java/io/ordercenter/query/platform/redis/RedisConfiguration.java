package io.ordercenter.query.platform.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis through plain Lettuce: one connection shared by every request (Lettuce pipelines commands
 * of many threads on it), and the {@code redis} dependency guard. Policy when Redis is slow or
 * down: order reads go to the database (through their own bulkhead), user stats answer 503.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisProperties.class)
public class RedisConfiguration {

    /** The resilience4j instance name of Redis (semaphore bulkhead, time limiter, circuit breaker). */
    public static final String GUARD = "redis";

    @Bean(destroyMethod = "shutdown")
    ClientResources redisClientResources(RedisProperties properties) {
        return DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(
                        Duration.ofMillis(10), properties.reconnectDelayMax(), 2, TimeUnit.MILLISECONDS))
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(ClientResources resources, RedisProperties properties) {
        RedisClient client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(properties.connectTimeout())
                        .build())
                .timeoutOptions(TimeoutOptions.enabled(properties.commandTimeout()))
                .build());
        return client;
    }

    @Bean(destroyMethod = "close")
    RedisConnection redisConnection(RedisClient client, RedisProperties properties) {
        RedisURI uri = RedisURI.builder()
                .withHost(properties.host())
                .withPort(properties.port())
                .withTimeout(properties.commandTimeout())
                .build();
        RedisConnection connection = new RedisConnection(client, uri, properties.reconnectDelayMax());
        connection.open(properties.connectTimeout());
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
}
