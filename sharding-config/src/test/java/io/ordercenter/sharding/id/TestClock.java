package io.ordercenter.sharding.id;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * A wall clock for tests: returns scripted readings first, then a current value that advances by
 * {@code step} every {@code readsPerStep} readings (0 = frozen).
 */
final class TestClock implements LongSupplier {

    private final Deque<Long> script = new ArrayDeque<>();
    private long now;
    private final int readsPerStep;
    private int reads;

    TestClock(long start, int readsPerStep) {
        this.now = start;
        this.readsPerStep = readsPerStep;
    }

    /** Queues readings returned before the regular ones. */
    TestClock then(long... readings) {
        for (long reading : readings) {
            script.add(reading);
        }
        return this;
    }

    void set(long millis) {
        now = millis;
    }

    @Override
    public synchronized long getAsLong() {
        if (!script.isEmpty()) {
            return script.poll();
        }
        long value = now;
        if (readsPerStep > 0 && ++reads % readsPerStep == 0) {
            now++;
        }
        return value;
    }
}
