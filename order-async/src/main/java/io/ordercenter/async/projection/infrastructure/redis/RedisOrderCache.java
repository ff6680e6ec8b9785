package io.ordercenter.async.projection.infrastructure.redis;

import io.ordercenter.async.projection.application.OrderCache;
import io.ordercenter.platform.redis.OrderCacheEviction;
import io.ordercenter.platform.resilience.DependencyGuard;

/**
 * {@link OrderCache} in Redis: the shared {@link OrderCacheEviction} (drop the entry and the missing
 * marker, raise the version floor), behind the Redis guard. order-trade already ran the same
 * eviction when the change committed; this run after the event is the backstop.
 */
public final class RedisOrderCache implements OrderCache {

    private final OrderCacheEviction eviction;
    private final DependencyGuard guard;

    public RedisOrderCache(OrderCacheEviction eviction, DependencyGuard guard) {
        this.eviction = eviction;
        this.guard = guard;
    }

    @Override
    public void evict(String orderId, long version) {
        guard.call(() -> eviction.evict(orderId, version).join());
    }
}
