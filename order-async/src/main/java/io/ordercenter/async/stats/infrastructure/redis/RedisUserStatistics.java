package io.ordercenter.async.stats.infrastructure.redis;

import io.lettuce.core.ScriptOutputType;
import io.ordercenter.async.stats.application.UserStatistics;
import io.ordercenter.async.stats.domain.StatsDelta;
import io.ordercenter.contracts.CacheKeys;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.platform.resilience.DependencyGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures as a Redis hash per user ({@link CacheKeys#userStats}). One Lua script sets the
 * marker of (user, order, version) if absent and, only then, applies every {@code HINCRBY}: check,
 * mark and apply are one atomic step, so a crash can never leave a delta applied without its marker
 * or marked without being applied. Markers expire after {@code markerTtl}, which must outlast the
 * topic's retention (the longest an event can be redelivered).
 *
 * <p>The hash and the marker ({@link CacheKeys#statsApplied}) are two keys in one hash slot, so the
 * script runs on a Redis Cluster too.
 */
public final class RedisUserStatistics implements UserStatistics {

    static final String APPLY_ONCE =
            """
            if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then
              for i = 2, #ARGV, 2 do
                redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1])
              end
              return 1
            end
            return 0
            """;

    private final RedisConnection redis;
    private final DependencyGuard guard;
    private final Duration markerTtl;

    public RedisUserStatistics(RedisConnection redis, DependencyGuard guard, Duration markerTtl) {
        this.redis = redis;
        this.guard = guard;
        this.markerTtl = markerTtl;
    }

    @Override
    public boolean apply(String userId, String orderId, long version, StatsDelta delta) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(Math.max(1, markerTtl.toSeconds())));
        for (Map.Entry<String, Long> field : delta.fields().entrySet()) {
            args.add(field.getKey());
            args.add(Long.toString(field.getValue()));
        }
        String[] keys = {CacheKeys.userStats(userId), CacheKeys.statsApplied(userId, orderId, version)};
        Long applied = guard.call(
                () -> redis.sync().<Long>eval(APPLY_ONCE, ScriptOutputType.INTEGER, keys, args.toArray(String[]::new)));
        return applied != null && applied == 1L;
    }
}
