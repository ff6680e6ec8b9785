package io.ordercenter.query.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private final SingleFlight<Long, String> flight = new SingleFlight<>();

    @Test
    void concurrent_loads_of_one_key_run_the_loader_once_and_share_its_value() throws Exception {
        int callers = 32;
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loaderStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(() -> flight.load(7L, () -> {
                loads.incrementAndGet();
                loaderStarted.countDown();
                await(release);
                return "order 7";
            })));
            assertThat(loaderStarted.await(5, TimeUnit.SECONDS)).isTrue();
            List<Thread> followers = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 1; i < callers; i++) {
                results.add(pool.submit(() -> {
                    followers.add(Thread.currentThread());
                    return flight.load(7L, () -> {
                        loads.incrementAndGet();
                        return "a second load";
                    });
                }));
            }
            // release the load only once every follower waits for it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!(followers.size() == callers - 1
                    && followers.stream().allMatch(t -> t.getState() == Thread.State.WAITING))) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(5);
            }
            release.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("order 7");
            }
            assertThat(loads).hasValue(1);
            assertThat(flight.inFlight()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failed_load_fails_its_waiters_and_the_next_load_tries_again() throws Exception {
        CountDownLatch loaderStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> leader = pool.submit(() -> flight.load(8L, () -> {
                loaderStarted.countDown();
                await(release);
                throw new IllegalStateException("database down");
            }));
            assertThat(loaderStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> follower = pool.submit(() -> flight.load(8L, () -> "not run"));
            Thread.sleep(50);
            release.countDown();
            assertThatThrownBy(() -> leader.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
            assertThatThrownBy(() -> follower.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
            assertThat(flight.load(8L, () -> "loaded again")).isEqualTo("loaded again");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void different_keys_load_independently() {
        assertThat(flight.load(1L, () -> "one")).isEqualTo("one");
        assertThat(flight.load(2L, () -> "two")).isEqualTo("two");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
