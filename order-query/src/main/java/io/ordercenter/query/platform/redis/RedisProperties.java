package io.ordercenter.query.platform.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Redis is and how long to wait for it, {@code ordercenter.redis.*}.
 *
 * @param host Redis host
 * @param port Redis port (default 6379)
 * @param connectTimeout TCP connect timeout (default 500 ms)
 * @param commandTimeout a command's last-resort expiry in the client (default 1 s); the guard's
 *     time limit ({@code resilience4j.timelimiter.instances.redis}) is what callers wait at most
 * @param reconnectDelayMax the longest wait between reconnect attempts after Redis went away
 *     (default 1 s), so that reads return to the cache soon after Redis is back
 */
@ConfigurationProperties("ordercenter.redis")
public record RedisProperties(
        String host, Integer port, Duration connectTimeout, Duration commandTimeout, Duration reconnectDelayMax) {

    public RedisProperties {
        port = port == null ? 6379 : port;
        connectTimeout = connectTimeout == null ? Duration.ofMillis(500) : connectTimeout;
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(1) : commandTimeout;
        reconnectDelayMax = reconnectDelayMax == null ? Duration.ofSeconds(1) : reconnectDelayMax;
    }
}
