package io.ordercenter.platform.redis;

import io.lettuce.core.ScriptOutputType;
import io.ordercenter.contracts.CacheKeys;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The one definition of "this order changed to version N": drop its cached entry and its missing
 * marker and raise its version floor ({@link CacheKeys#orderFloor}) to N, in one script, so that no
 * reader caches a version older than N afterwards (order-query's put refuses versions below the
 * floor). order-trade runs it right after a state change commits (read-your-writes); order-async
 * runs it again when the change's event arrives (the backstop). Running it twice, or out of order,
 * is harmless: the floor only ever rises.
 */
public final class OrderCacheEviction {

    /**
     * How long a floor is kept: far longer than any read's load from the database may take, so a
     * racing reader always finds it.
     */
    public static final Duration FLOOR_TTL = Duration.ofMinutes(10);

    /** KEYS: order, missing marker, floor (one slot: see {@link CacheKeys}); ARGV: version, floor TTL in ms. */
    static final String EVICT =
            """
            redis.call('DEL', KEYS[1], KEYS[2])
            local floor = tonumber(redis.call('GET', KEYS[3]))
            if not floor or floor < tonumber(ARGV[1]) then
              redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
            end
            return 1
            """;

    private final RedisConnection redis;

    public OrderCacheEviction(RedisConnection redis) {
        this.redis = redis;
    }

    /**
     * Starts the eviction; the future completes when Redis has run it.
     *
     * @throws io.lettuce.core.RedisConnectionException while Redis is not connected
     */
    public CompletableFuture<Void> evict(String orderId, long version) {
        String[] keys = {CacheKeys.order(orderId), CacheKeys.missingOrder(orderId), CacheKeys.orderFloor(orderId)};
        return redis.commands()
                .<Long>eval(
                        EVICT,
                        ScriptOutputType.INTEGER,
                        keys,
                        Long.toString(version),
                        Long.toString(FLOOR_TTL.toMillis()))
                .toCompletableFuture()
                .thenApply(done -> null);
    }
}
