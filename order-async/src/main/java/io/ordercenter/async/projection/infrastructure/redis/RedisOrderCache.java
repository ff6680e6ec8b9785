package io.ordercenter.async.projection.infrastructure.redis;

import io.ordercenter.async.projection.application.OrderCache;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Deletes {@link CacheKeys#order} and {@link CacheKeys#missingOrder} in one command, behind the Redis guard. */
public final class RedisOrderCache implements OrderCache {

    private final StringRedisTemplate redis;
    private final DependencyGuard guard;

    public RedisOrderCache(StringRedisTemplate redis, DependencyGuard guard) {
        this.redis = redis;
        this.guard = guard;
    }

    @Override
    public void evict(String orderId) {
        guard.call(() -> redis.delete(List.of(CacheKeys.order(orderId), CacheKeys.missingOrder(orderId))));
    }
}
