package io.ordercenter.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.ordercenter.platform.ratelimit.RateLimitProperties;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The token buckets of every caller, held in Redis by Bucket4j so that all gateway instances spend
 * from the same bucket. Bucket4j's compare-and-swap script reads and writes the one key of a bucket,
 * so it runs on a Redis Cluster as on one server. Keys expire once their bucket would be full again.
 *
 * <p>Redis is connected on first use and again after a failure (at most every few seconds); while it
 * cannot be reached the limit is not enforced here (the services' own per-instance limits still are).
 * While Lettuce is reconnecting, commands are refused at once rather than queued, so a Redis outage
 * costs a request no more than a refused command, and a slow Redis no more than the timeout.
 */
public final class RedisBuckets implements DisposableBean {

    /** The answer to one request: may it go ahead, and if not, when may the caller come back. */
    public record Verdict(boolean allowed, long remaining, Duration retryAfter) {}

    private static final Logger log = LoggerFactory.getLogger(RedisBuckets.class);
    private static final long RECONNECT_PAUSE_NANOS = Duration.ofSeconds(5).toNanos();

    private final RedisProperties redis;
    private final Map<LimitKey.Tier, BucketConfiguration> configurations = new EnumMap<>(LimitKey.Tier.class);
    private final Duration keepAfterFull;

    private volatile ProxyManager<String> buckets;
    private volatile AutoCloseable connection;
    private volatile Runnable shutdown;
    private volatile long lastConnectFailure;

    public RedisBuckets(RedisProperties redis, RateLimitProperties callers, CallbackRateLimitProperties callback) {
        this.redis = redis;
        configurations.put(LimitKey.Tier.CALLER, configuration(callers.perSecond(), callers.burst()));
        configurations.put(LimitKey.Tier.SUPPORT, configuration(callers.supportPerSecond(), callers.supportBurst()));
        configurations.put(LimitKey.Tier.CALLBACK, configuration(callback.perSecond(), callback.burst()));
        this.keepAfterFull = Duration.ofSeconds(10);
    }

    static BucketConfiguration configuration(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs per-second > 0 and burst >= 1");
        }
        Duration oneToken = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond)));
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(1, oneToken)
                        .build())
                .build();
    }

    /**
     * Spends one token of {@code key}'s bucket.
     *
     * @throws RuntimeException when Redis cannot be asked (not connected, timed out)
     */
    public Verdict take(LimitKey key) {
        ConsumptionProbe probe = proxyManager()
                .builder()
                .build(key.redisKey(), () -> configurations.get(key.tier()))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, probe.getRemainingTokens(), Duration.ZERO);
        }
        return new Verdict(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private ProxyManager<String> proxyManager() {
        ProxyManager<String> current = buckets;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (buckets != null) {
                return buckets;
            }
            if (lastConnectFailure != 0 && System.nanoTime() - lastConnectFailure < RECONNECT_PAUSE_NANOS) {
                throw new IllegalStateException("Redis was unreachable moments ago");
            }
            try {
                buckets = connect();
                return buckets;
            } catch (RuntimeException e) {
                lastConnectFailure = System.nanoTime();
                throw e;
            }
        }
    }

    private ProxyManager<String> connect() {
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        List<RedisURI> uris = redis.nodes().stream().map(this::uri).toList();
        ExpirationAfterWriteStrategy expiry =
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterFull);
        if (redis.cluster()) {
            RedisClusterClient client = RedisClusterClient.create(uris);
            client.setOptions(ClusterClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enableAllAdaptiveRefreshTriggers()
                            .enablePeriodicRefresh(Duration.ofSeconds(30))
                            .build())
                    .build());
            try {
                var cluster = client.connect(codec);
                connection = cluster;
                shutdown = client::shutdown;
                log.info("rate limits held in the Redis Cluster at {}", redis.nodes());
                return Bucket4jLettuce.casBasedBuilder(cluster)
                        .expirationAfterWrite(expiry)
                        .build();
            } catch (RuntimeException e) {
                client.shutdown();
                throw e;
            }
        }
        RedisClient client = RedisClient.create(uris.get(0));
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        try {
            var single = client.connect(codec);
            connection = single;
            shutdown = client::shutdown;
            log.info("rate limits held in Redis at {}", redis.nodes().get(0));
            return Bucket4jLettuce.casBasedBuilder(single)
                    .expirationAfterWrite(expiry)
                    .build();
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    private RedisURI uri(String node) {
        int colon = node.lastIndexOf(':');
        return RedisURI.builder()
                .withHost(node.substring(0, colon))
                .withPort(Integer.parseInt(node.substring(colon + 1)))
                .withTimeout(redis.timeout())
                .build();
    }

    @Override
    public void destroy() throws Exception {
        AutoCloseable open = connection;
        if (open != null) {
            open.close();
        }
        Runnable stop = shutdown;
        if (stop != null) {
            stop.run();
        }
    }
}
