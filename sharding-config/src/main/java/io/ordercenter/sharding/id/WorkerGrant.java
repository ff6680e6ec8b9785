package io.ordercenter.sharding.id;

/**
 * The right to issue ids under one worker id, for a bounded time.
 *
 * @param workerId the worker id (0..255)
 * @param floorMillis ids must carry a timestamp strictly after this epoch millisecond: the last
 *     millisecond a previous holder of the same worker id may have used
 * @param notAfterMillis ids must carry a timestamp at or before this epoch millisecond; the holder
 *     recorded it in the lease row before receiving this grant, so the next holder starts after it
 * @param validUntilNanos {@link System#nanoTime()} after which the grant may no longer be used
 * @param expiring false for a grant that never expires (a fixed worker id in tests and tools)
 */
public record WorkerGrant(int workerId, long floorMillis, long notAfterMillis, long validUntilNanos, boolean expiring) {

    public WorkerGrant {
        if (workerId < 0 || workerId > OrderIdGenerator.MAX_WORKER_ID) {
            throw new IllegalArgumentException(
                    "Worker id out of range 0.." + OrderIdGenerator.MAX_WORKER_ID + ": " + workerId);
        }
        if (notAfterMillis <= floorMillis) {
            throw new IllegalArgumentException("Empty time range: (" + floorMillis + ", " + notAfterMillis + "]");
        }
    }

    /** A grant that never expires, for a worker id that is known to be unique by other means. */
    public static WorkerGrant permanent(int workerId) {
        return new WorkerGrant(workerId, Long.MIN_VALUE, Long.MAX_VALUE, 0, false);
    }

    /** Whether the grant may still be used at {@code nowNanos} ({@link System#nanoTime()}). */
    public boolean isValidAt(long nowNanos) {
        return !expiring || nowNanos - validUntilNanos < 0;
    }
}
