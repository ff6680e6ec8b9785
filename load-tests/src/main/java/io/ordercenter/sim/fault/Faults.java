package io.ordercenter.sim.fault;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The faults in force, by dependency. Thread-safe. */
public final class Faults {

    /**
     * The longest injected latency. Longer requests are clamped to it: two minutes is a hang for any
     * caller with a sane timeout, and the HTTP server's async and idle timeouts are set above it so no
     * held-back answer outlives its request.
     */
    public static final int MAX_LATENCY_MILLIS = 120_000;

    private final Map<Dependency, Fault> faults = new ConcurrentHashMap<>();

    /** Puts {@code fault} in force, latency clamped to {@link #MAX_LATENCY_MILLIS}; returns what is now in force. */
    public Fault set(Fault fault) {
        Fault clamped =
                new Fault(fault.dependency(), Math.min(fault.latencyMillis(), MAX_LATENCY_MILLIS), fault.errorRate());
        faults.put(clamped.dependency(), clamped);
        return clamped;
    }

    public Fault of(Dependency dependency) {
        return faults.getOrDefault(dependency, Fault.none(dependency));
    }

    public void clear(Dependency dependency) {
        faults.remove(dependency);
    }

    public void clearAll() {
        faults.clear();
    }

    /** The faults in force, in {@link Dependency} order. */
    public List<Fault> all() {
        return faults.values().stream()
                .sorted((a, b) -> a.dependency().compareTo(b.dependency()))
                .toList();
    }
}
