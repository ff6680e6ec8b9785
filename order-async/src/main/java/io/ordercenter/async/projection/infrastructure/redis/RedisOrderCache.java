package io.ordercenter.async.projection.infrastructure.redis;

import io.ordercenter.async.projection.application.OrderCache;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Evicts {@link CacheKeys#order} and {@link CacheKeys#missingOrder} and raises {@link
 * CacheKeys#orderFloor} in one script, behind the Redis guard.
 */
public final class RedisOrderCache implements OrderCache {

    /**
     * How long a floor is kept: far longer than any read's load from the database may take, so a
     * racing reader always finds it.
     */
    static final Duration FLOOR_TTL = Duration.ofMinutes(10);

    /** KEYS: order, missing marker, floor; ARGV: version, floor TTL in ms. */
    static final RedisScript<Long> EVICT = RedisScript.of(
            """
            redis.call('DEL', KEYS[1], KEYS[2])
            local floor = tonumber(redis.call('GET', KEYS[3]))
            if not floor or floor < tonumber(ARGV[1]) then
              redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
            end
            return 1
            """,
            Long.class);

    private final StringRedisTemplate redis;
    private final DependencyGuard guard;

    public RedisOrderCache(StringRedisTemplate redis, DependencyGuard guard) {
        this.redis = redis;
        this.guard = guard;
    }

    @Override
    public void evict(String orderId, long version) {
        guard.call(() -> redis.execute(
                EVICT,
                List.of(CacheKeys.order(orderId), CacheKeys.missingOrder(orderId), CacheKeys.orderFloor(orderId)),
                Long.toString(version),
                Long.toString(FLOOR_TTL.toMillis())));
    }
}
