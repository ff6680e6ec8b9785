package io.ordercenter.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key: a key may spend {@code burst} requests at once and then
 * {@code perSecond} a second. Buckets live in memory, so limits hold per service instance.
 *
 * <p>A full bucket carries no information (a new one would be full too), so when more than
 * {@code maxKeys} buckets exist, the full ones are forgotten: memory stays bounded by the callers
 * that are actually spending, whatever the number of distinct callers.
 */
public final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perNano;
    private final double burst;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst, int maxKeys, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("perSecond > 0, burst >= 1 and maxKeys >= 1 are required");
        }
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    /**
     * Spends one token of {@code key}'s bucket.
     *
     * @return {@link Duration#ZERO} when the request may go ahead, else how long until a token is
     *     there again (the request is refused and spends nothing)
     */
    public Duration take(String key) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        Duration wait = bucket.take(now, perNano, burst);
        if (buckets.size() > maxKeys) {
            forgetFull(now);
        }
        return wait;
    }

    /** How many buckets are kept right now. */
    public int size() {
        return buckets.size();
    }

    private void forgetFull(long now) {
        buckets.entrySet().removeIf(entry -> entry.getValue().fullAt(now, perNano, burst));
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        synchronized Duration take(long now, double perNano, double burst) {
            refill(now, perNano, burst);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
        }

        synchronized boolean fullAt(long now, double perNano, double burst) {
            refill(now, perNano, burst);
            return tokens >= burst;
        }

        private void refill(long now, double perNano, double burst) {
            if (now > updated) {
                tokens = Math.min(burst, tokens + (now - updated) * perNano);
                updated = now;
            }
        }
    }
}
