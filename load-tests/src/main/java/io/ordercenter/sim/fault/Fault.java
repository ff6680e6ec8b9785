package io.ordercenter.sim.fault;

/**
 * What is wrong with one dependency: every call is answered {@code latencyMillis} late, and a
 * fraction {@code errorRate} (0..1) of calls is answered 503.
 */
public record Fault(Dependency dependency, int latencyMillis, double errorRate) {

    public Fault {
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis must not be negative");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be within 0..1");
        }
    }

    public static Fault none(Dependency dependency) {
        return new Fault(dependency, 0, 0);
    }
}
