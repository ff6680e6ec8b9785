package io.ordercenter.query.stats.infrastructure.redis;

import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.query.platform.resilience.DependencyGuard;
import io.ordercenter.query.stats.application.Statistics;
import io.ordercenter.query.stats.application.UserStats;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Statistics} from one {@code HGETALL}: fields {@code orderCount}, {@code completedCount},
 * {@code cancelledCount}, {@code deliveryFeeWaivedCents}, {@code spentCents}; a missing hash or
 * field is zero. The figures live only in Redis, so while Redis is unavailable this is a 503.
 */
public final class RedisStatistics implements Statistics {

    private static final Logger log = LoggerFactory.getLogger(RedisStatistics.class);

    private final RedisConnection redis;
    private final DependencyGuard guard;

    public RedisStatistics(RedisConnection redis, DependencyGuard guard) {
        this.redis = redis;
        this.guard = guard;
    }

    @Override
    public UserStats ofUser(long userId) {
        String key = CacheKeys.userStats(Long.toString(userId));
        Map<String, String> hash = guard.callNonBlocking(() -> redis.commands().hgetall(key));
        return new UserStats(
                figure(hash, "orderCount", key),
                figure(hash, "completedCount", key),
                figure(hash, "cancelledCount", key),
                figure(hash, "deliveryFeeWaivedCents", key),
                figure(hash, "spentCents", key));
    }

    private static long figure(Map<String, String> hash, String field, String key) {
        String value = hash.get(field);
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            log.warn("{} field {} is not an integer: {}", key, field, value);
            return 0;
        }
    }
}
