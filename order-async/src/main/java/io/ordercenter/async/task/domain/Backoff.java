package io.ordercenter.async.task.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: attempt {@code n} waits {@code initial * 2^(n-1)}, at most {@code
 * max}, scaled by a random factor in {@code [1 - jitter, 1]} so that tasks that failed together do not
 * retry in lockstep.
 *
 * @param jitter the share of each delay that is random, 0 (none) to 1 (anything from 0 to the delay)
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1]");
        }
    }

    /** The delay before the attempt after attempt {@code attempt} (1-based), with {@code random} in [0, 1). */
    public Duration delayAfter(int attempt, DoubleSupplier random) {
        long maxMillis = max.toMillis();
        long delay = initial.toMillis();
        for (int i = 1; i < attempt && delay < maxMillis; i++) {
            delay = Math.min(maxMillis, delay * 2);
        }
        double factor = 1 - jitter + jitter * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(delay * factor)));
    }
}
