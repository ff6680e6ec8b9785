package io.ordercenter.async.stats.infrastructure.redis;

import io.ordercenter.async.stats.application.UserStatistics;
import io.ordercenter.async.stats.domain.StatsDelta;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The figures as a Redis hash per user ({@link CacheKeys#userStats}). One Lua script sets the
 * marker of (user, order, version) if absent and, only then, applies every {@code HINCRBY}: check,
 * mark and apply are one atomic step, so a crash can never leave a delta applied without its marker
 * or marked without being applied. Markers expire after {@code markerTtl}, which must outlast the
 * topic's retention (the longest an event can be redelivered).
 *
 * <p>The hash and the marker are two keys: on a Redis Cluster they would need a common hash tag,
 * which {@code CacheKeys.userStats} does not have today (one Redis node in every environment).
 */
public final class RedisUserStatistics implements UserStatistics {

    static final RedisScript<Long> APPLY_ONCE = new DefaultRedisScript<>(
            """
            if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then
              for i = 2, #ARGV, 2 do
                redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1])
              end
              return 1
            end
            return 0
            """,
            Long.class);

    private final StringRedisTemplate redis;
    private final DependencyGuard guard;
    private final Duration markerTtl;

    public RedisUserStatistics(StringRedisTemplate redis, DependencyGuard guard, Duration markerTtl) {
        this.redis = redis;
        this.guard = guard;
        this.markerTtl = markerTtl;
    }

    /** The marker that (order, version) was applied to the user's figures. */
    public static String appliedMarker(String userId, String orderId, long version) {
        return "oc:stats:applied:" + userId + ":" + orderId + ":" + version;
    }

    @Override
    public boolean apply(String userId, String orderId, long version, StatsDelta delta) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(Math.max(1, markerTtl.toSeconds())));
        for (Map.Entry<String, Long> field : delta.fields().entrySet()) {
            args.add(field.getKey());
            args.add(Long.toString(field.getValue()));
        }
        Long applied = guard.call(() -> redis.execute(
                APPLY_ONCE,
                List.of(CacheKeys.userStats(userId), appliedMarker(userId, orderId, version)),
                args.toArray()));
        return applied != null && applied == 1L;
    }
}
