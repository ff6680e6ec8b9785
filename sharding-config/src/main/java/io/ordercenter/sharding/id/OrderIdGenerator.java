package io.ordercenter.sharding.id;

import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Issues 64-bit, positive, time-ordered order ids that carry the user's shard gene.
 *
 * <pre>
 *  63 | 62 ............ 22 | 21 ..... 14 | 13 ...... 7 | 6 ..... 0
 *   0 | ms since 2025-01-01 | worker id   | sequence    | gene
 *     | 41 bits (~69 years) | 8 bits      | 7 bits      | 7 bits (0..99 used)
 * </pre>
 *
 * <p>The gene is {@link ShardRouting#shardOfUser(long)} of the ordering user, so that {@link
 * ShardRouting#shardOfOrder(long)} of the id lands on the same physical table index as the user's
 * rows. Ids are unique as long as no two generators use the same worker id for the same millisecond:
 * {@link WorkerIdLease} guarantees that across instances, including hand-overs of a worker id (see
 * {@link WorkerGrant#floorMillis()}).
 *
 * <p>One generator issues at most 128 ids per millisecond; when a millisecond is used up it spins to
 * the next one. If the wall clock goes back by at most {@value #MAX_BACKWARDS_WAIT_MILLIS} ms it waits
 * for it to catch up; further back it throws {@link ClockMovedBackwardsException} rather than risk a
 * duplicate. Without a valid worker grant it throws {@link WorkerIdUnavailableException}.
 *
 * <p>Thread-safe: {@link #next(long)} is {@code synchronized}; at 128 ids per millisecond the lock is
 * never the bottleneck, and it keeps the grant, millisecond and sequence consistent together.
 */
public final class OrderIdGenerator {

    /** Ids count milliseconds from this instant. */
    public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    public static final int TIMESTAMP_BITS = 41;
    public static final int WORKER_BITS = 8;
    public static final int SEQUENCE_BITS = 7;
    public static final int GENE_BITS = ShardRouting.GENE_BITS;

    public static final int MAX_WORKER_ID = (1 << WORKER_BITS) - 1;
    public static final int MAX_SEQUENCE = (1 << SEQUENCE_BITS) - 1;

    /** How far back the clock may go before the generator throws instead of waiting. */
    public static final long MAX_BACKWARDS_WAIT_MILLIS = 5;

    static final long EPOCH_MILLIS = EPOCH.toEpochMilli();
    static final int SEQUENCE_SHIFT = GENE_BITS;
    static final int WORKER_SHIFT = SEQUENCE_SHIFT + SEQUENCE_BITS;
    static final int TIMESTAMP_SHIFT = WORKER_SHIFT + WORKER_BITS;
    static final long MAX_TIMESTAMP = (1L << TIMESTAMP_BITS) - 1;

    private final WorkerIdSource workers;
    private final LongSupplier epochMillis;
    private final LongSupplier nanoTime;

    // guarded by this
    private WorkerGrant grant;
    private long lastMillis = Long.MIN_VALUE;
    private int sequence;

    /** A generator on the system clock. */
    public OrderIdGenerator(WorkerIdSource workers) {
        this(workers, System::currentTimeMillis, System::nanoTime);
    }

    /**
     * A generator on the given clocks (for tests).
     *
     * @param epochMillis the wall clock, in Unix epoch milliseconds
     * @param nanoTime the monotonic clock that grants are checked against
     */
    public OrderIdGenerator(WorkerIdSource workers, LongSupplier epochMillis, LongSupplier nanoTime) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.epochMillis = Objects.requireNonNull(epochMillis, "epochMillis");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * The next id for an order of {@code userId}.
     *
     * @throws WorkerIdUnavailableException if no worker id is safely held right now
     * @throws ClockMovedBackwardsException if the clock went back more than {@value
     *     #MAX_BACKWARDS_WAIT_MILLIS} ms
     */
    public synchronized long next(long userId) {
        WorkerGrant current = workers.grant();
        if (!current.isValidAt(nanoTime.getAsLong())) {
            throw new WorkerIdUnavailableException("Worker id " + current.workerId() + " is no longer safely held");
        }
        adopt(current);

        long now = epochMillis.getAsLong();
        if (now < lastMillis) {
            now = waitForClock(now);
        }
        if (now == lastMillis) {
            if (sequence >= MAX_SEQUENCE) {
                now = waitUntilAfter(lastMillis);
                sequence = 0;
            } else {
                sequence++;
            }
        } else {
            sequence = 0;
        }
        if (now > current.notAfterMillis()) {
            throw new WorkerIdUnavailableException(
                    "Worker id " + current.workerId() + " is granted only up to " + current.notAfterMillis());
        }
        long timestamp = now - EPOCH_MILLIS;
        if (timestamp < 0 || timestamp > MAX_TIMESTAMP) {
            throw new IllegalStateException("Clock outside the id range: " + Instant.ofEpochMilli(now));
        }
        lastMillis = now;
        return timestamp << TIMESTAMP_SHIFT
                | (long) current.workerId() << WORKER_SHIFT
                | (long) sequence << SEQUENCE_SHIFT
                | ShardRouting.shardOfUser(userId);
    }

    /** Switches to a new grant; ids under it start after its floor and never go below earlier ids. */
    private void adopt(WorkerGrant next) {
        if (next == grant) {
            return;
        }
        boolean sameWorker = grant != null && grant.workerId() == next.workerId();
        if (!sameWorker || next.floorMillis() > lastMillis) {
            // a new worker id (or a raised floor): continue strictly after both the floor and our own
            // last millisecond; marking the sequence exhausted makes the next id move on a millisecond
            lastMillis = Math.max(lastMillis, next.floorMillis());
            sequence = MAX_SEQUENCE;
        }
        grant = next;
    }

    private long waitForClock(long now) {
        long behind = lastMillis - now;
        if (behind > MAX_BACKWARDS_WAIT_MILLIS) {
            throw new ClockMovedBackwardsException("Clock is " + behind + " ms behind the last id's millisecond ("
                    + Instant.ofEpochMilli(lastMillis) + "); refusing to issue ids");
        }
        long current = now;
        while (current < lastMillis) {
            LockSupport.parkNanos(100_000);
            current = epochMillis.getAsLong();
            if (lastMillis - current > MAX_BACKWARDS_WAIT_MILLIS) {
                throw new ClockMovedBackwardsException("Clock kept moving backwards");
            }
        }
        return current;
    }

    private long waitUntilAfter(long millis) {
        long current = epochMillis.getAsLong();
        while (current <= millis) {
            Thread.onSpinWait();
            current = epochMillis.getAsLong();
            if (millis - current > MAX_BACKWARDS_WAIT_MILLIS) {
                throw new ClockMovedBackwardsException("Clock moved backwards while waiting for the next millisecond");
            }
        }
        return current;
    }

    /** The instant (millisecond precision) an id was issued at. */
    public static Instant timestampOf(long id) {
        return Instant.ofEpochMilli((id >>> TIMESTAMP_SHIFT) + EPOCH_MILLIS);
    }

    /** The worker id that issued an id. */
    public static int workerOf(long id) {
        return (int) ((id >>> WORKER_SHIFT) & MAX_WORKER_ID);
    }

    /** The per-millisecond sequence number of an id. */
    public static int sequenceOf(long id) {
        return (int) ((id >>> SEQUENCE_SHIFT) & MAX_SEQUENCE);
    }

    /** The shard gene of an id (same as {@link ShardRouting#shardOfOrder(long)}, without validation). */
    public static int geneOf(long id) {
        return (int) (id & ShardRouting.GENE_MASK);
    }

    /**
     * The smallest id any generator can issue at or after {@code instant}: a lower bound for id-range
     * scans by time.
     */
    public static long smallestIdAt(Instant instant) {
        long timestamp = instant.toEpochMilli() - EPOCH_MILLIS;
        if (timestamp < 0 || timestamp > MAX_TIMESTAMP) {
            throw new IllegalArgumentException("Instant outside the id range: " + instant);
        }
        return timestamp << TIMESTAMP_SHIFT;
    }
}
