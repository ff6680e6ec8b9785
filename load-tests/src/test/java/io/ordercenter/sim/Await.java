package io.ordercenter.sim;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling instead of fixed sleeps. */
final class Await {

    private static final Duration POLL = Duration.ofMillis(20);

    private Await() {}

    /** Waits until {@code condition} holds; fails with {@code what} after {@code timeout}. */
    static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            pause();
        }
    }

    /**
     * Checks that {@code condition} keeps holding for {@code period} (for "happens only once" claims,
     * after the one occurrence was awaited).
     */
    static void stillTrueFor(String what, Duration period, BooleanSupplier condition) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("no longer true: " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
