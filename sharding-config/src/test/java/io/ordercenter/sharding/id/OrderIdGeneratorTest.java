package io.ordercenter.sharding.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OrderIdGeneratorTest {

    private static final long T = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();

    @Test
    void ids_from_one_generator_increase_strictly() {
        OrderIdGenerator generator = new OrderIdGenerator(WorkerIdSource.fixed(3));
        long previous = 0;
        for (int i = 0; i < 200_000; i++) {
            long id = generator.next(i);
            assertThat(id).isPositive().isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void eight_threads_times_one_hundred_thousand_ids_are_all_unique() throws Exception {
        OrderIdGenerator generator = new OrderIdGenerator(WorkerIdSource.fixed(255));
        int threads = 8;
        int perThread = 100_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long user = t;
                Callable<long[]> task = () -> {
                    long[] ids = new long[perThread];
                    for (int i = 0; i < perThread; i++) {
                        ids[i] = generator.next(user * 1_000_003 + i);
                        if (i > 0 && ids[i] <= ids[i - 1]) {
                            throw new AssertionError("not increasing within a thread");
                        }
                    }
                    return ids;
                };
                futures.add(pool.submit(task));
            }
            long[] all = new long[threads * perThread];
            int offset = 0;
            for (Future<long[]> future : futures) {
                long[] ids = future.get();
                System.arraycopy(ids, 0, all, offset, ids.length);
                offset += ids.length;
            }
            Arrays.sort(all);
            for (int i = 1; i < all.length; i++) {
                assertThat(all[i]).as("duplicate id").isNotEqualTo(all[i - 1]);
            }
            assertThat(all[0]).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_order_id_routes_to_the_users_shard() {
        OrderIdGenerator generator = new OrderIdGenerator(WorkerIdSource.fixed(17));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long userId = i < 50_000 ? i : random.nextLong();
            long id = generator.next(userId);
            assertThat(ShardRouting.shardOfOrder(id)).isEqualTo(ShardRouting.shardOfUser(userId));
        }
    }

    @Test
    void an_id_decodes_to_its_time_worker_sequence_and_gene() {
        TestClock clock = new TestClock(T, 0);
        OrderIdGenerator generator = new OrderIdGenerator(WorkerIdSource.fixed(201), clock, System::nanoTime);

        long first = generator.next(42);
        long second = generator.next(42);

        assertThat(OrderIdGenerator.timestampOf(first)).isEqualTo(Instant.ofEpochMilli(T));
        assertThat(OrderIdGenerator.workerOf(first)).isEqualTo(201);
        assertThat(OrderIdGenerator.sequenceOf(first)).isZero();
        assertThat(OrderIdGenerator.sequenceOf(second)).isEqualTo(1);
        assertThat(OrderIdGenerator.geneOf(first)).isEqualTo(ShardRouting.shardOfUser(42));
        assertThat(OrderIdGenerator.smallestIdAt(Instant.ofEpochMilli(T)))
                .isLessThanOrEqualTo(first)
                .isGreaterThan(OrderIdGenerator.smallestIdAt(Instant.ofEpochMilli(T - 1)));
    }

    @Test
    void after_128_ids_in_one_millisecond_it_moves_on_to_the_next() {
        // the clock stays at T for 133 readings, then moves on
        TestClock clock = new TestClock(T, 133);
        OrderIdGenerator generator = new OrderIdGenerator(WorkerIdSource.fixed(1), clock, System::nanoTime);

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 129; i++) {
            ids.add(generator.next(i));
        }

        for (int i = 0; i < 128; i++) {
            assertThat(OrderIdGenerator.timestampOf(ids.get(i)).toEpochMilli()).isEqualTo(T);
            assertThat(OrderIdGenerator.sequenceOf(ids.get(i))).isEqualTo(i);
        }
        assertThat(OrderIdGenerator.timestampOf(ids.get(128)).toEpochMilli()).isEqualTo(T + 1);
        assertThat(OrderIdGenerator.sequenceOf(ids.get(128))).isZero();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_clock_a_few_milliseconds_back_is_waited_out() {
        // first id at T+10, then the clock reads T+7 and advances one millisecond per reading
        TestClock clock = new TestClock(T + 8, 1).then(T + 10, T + 7);
        OrderIdGenerator generator = new OrderIdGenerator(WorkerIdSource.fixed(1), clock, System::nanoTime);

        long first = generator.next(1);
        long second = generator.next(1);

        assertThat(second).isGreaterThan(first);
        assertThat(OrderIdGenerator.timestampOf(second).toEpochMilli()).isGreaterThanOrEqualTo(T + 10);
    }

    @Test
    void a_clock_far_back_is_refused_until_it_catches_up() {
        TestClock clock = new TestClock(T + 2, 0).then(T + 10);
        OrderIdGenerator generator = new OrderIdGenerator(WorkerIdSource.fixed(1), clock, System::nanoTime);
        long first = generator.next(1);

        assertThatThrownBy(() -> generator.next(1))
                .isInstanceOf(ClockMovedBackwardsException.class)
                .hasMessageContaining("8 ms behind");

        clock.set(T + 11);
        assertThat(generator.next(1)).isGreaterThan(first);
    }

    @Test
    void without_a_valid_grant_no_id_is_issued() {
        long[] nanos = {1_000};
        WorkerGrant expiring = new WorkerGrant(9, 0, Long.MAX_VALUE, 5_000, true);
        OrderIdGenerator generator = new OrderIdGenerator(() -> expiring, new TestClock(T, 0), () -> nanos[0]);
        assertThat(OrderIdGenerator.workerOf(generator.next(1))).isEqualTo(9);

        nanos[0] = 5_000;
        assertThatThrownBy(() -> generator.next(1)).isInstanceOf(WorkerIdUnavailableException.class);

        OrderIdGenerator noLease = new OrderIdGenerator(() -> {
            throw new WorkerIdUnavailableException("no lease");
        });
        assertThatThrownBy(() -> noLease.next(1)).isInstanceOf(WorkerIdUnavailableException.class);
    }

    @Test
    void ids_never_pass_the_end_of_the_granted_time_range() {
        TestClock clock = new TestClock(T + 5, 0);
        WorkerGrant grant = new WorkerGrant(4, T - 100, T + 5, 0, false);
        OrderIdGenerator generator = new OrderIdGenerator(() -> grant, clock, System::nanoTime);
        assertThat(generator.next(1)).isPositive();

        clock.set(T + 6);
        assertThatThrownBy(() -> generator.next(1))
                .isInstanceOf(WorkerIdUnavailableException.class)
                .hasMessageContaining("granted only up to");
    }

    @Test
    void ids_under_a_handed_over_worker_id_start_after_the_previous_holders_range() {
        long floor = T + 20;
        // the clock reads two milliseconds before the floor and advances one millisecond per reading
        TestClock clock = new TestClock(floor - 2, 1);
        WorkerGrant grant = new WorkerGrant(4, floor, floor + 1_000, 0, false);
        OrderIdGenerator generator = new OrderIdGenerator(() -> grant, clock, System::nanoTime);

        long id = generator.next(1);

        assertThat(OrderIdGenerator.timestampOf(id).toEpochMilli()).isGreaterThan(floor);
    }

    @Test
    void switching_worker_ids_keeps_ids_increasing() {
        AtomicReference<WorkerGrant> grant = new AtomicReference<>(WorkerGrant.permanent(200));
        OrderIdGenerator generator = new OrderIdGenerator(grant::get, new TestClock(T, 3), System::nanoTime);
        long before = generator.next(1);

        grant.set(WorkerGrant.permanent(5));
        long after = generator.next(1);

        assertThat(OrderIdGenerator.workerOf(after)).isEqualTo(5);
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void a_clock_outside_the_41_bit_range_is_refused() {
        long beforeEpoch = Instant.parse("2024-12-31T23:59:59Z").toEpochMilli();
        OrderIdGenerator generator =
                new OrderIdGenerator(WorkerIdSource.fixed(1), new TestClock(beforeEpoch, 0), System::nanoTime);
        assertThatThrownBy(() -> generator.next(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void worker_ids_outside_eight_bits_are_refused() {
        assertThatThrownBy(() -> WorkerIdSource.fixed(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkerIdSource.fixed(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
