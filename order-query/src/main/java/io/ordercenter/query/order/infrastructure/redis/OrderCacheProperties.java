package io.ordercenter.query.order.infrastructure.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The order cache, {@code ordercenter.query.cache.*}.
 *
 * @param orderTtl how long a cached order lives (default 10 min); events invalidate it sooner
 * @param missingTtl how long an id is remembered as not existing (default 10 s): long enough to
 *     absorb a storm of reads of a bad id, short enough never to hide a new order for long
 * @param ttlJitter the fraction by which each order TTL is randomly shortened or lengthened
 *     (default 0.1), so that orders cached together do not all expire together
 */
@ConfigurationProperties("ordercenter.query.cache")
public record OrderCacheProperties(Duration orderTtl, Duration missingTtl, Double ttlJitter) {

    public OrderCacheProperties {
        orderTtl = orderTtl == null ? Duration.ofMinutes(10) : orderTtl;
        missingTtl = missingTtl == null ? Duration.ofSeconds(10) : missingTtl;
        ttlJitter = ttlJitter == null ? 0.1 : ttlJitter;
        if (ttlJitter < 0 || ttlJitter >= 1) {
            throw new IllegalArgumentException("ordercenter.query.cache.ttl-jitter must be in [0, 1)");
        }
    }
}
