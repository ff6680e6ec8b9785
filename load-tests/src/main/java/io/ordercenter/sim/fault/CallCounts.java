package io.ordercenter.sim.fault;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** How many calls each dependency received (answered, failed by injection, or still held back). */
public final class CallCounts {

    private final Map<Dependency, LongAdder> counts = new EnumMap<>(Dependency.class);

    public CallCounts() {
        for (Dependency dependency : Dependency.values()) {
            counts.put(dependency, new LongAdder());
        }
    }

    public void increment(Dependency dependency) {
        counts.get(dependency).increment();
    }

    /** {@code {"shop": n, "menu": n, ...}} for every dependency. */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        counts.forEach((dependency, count) -> snapshot.put(dependency.key(), count.sum()));
        return snapshot;
    }

    public void reset() {
        counts.values().forEach(LongAdder::reset);
    }
}
