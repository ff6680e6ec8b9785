package io.ordercenter.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.ordercenter.contracts.failure.Transient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DependencyGuardTest {

    private static final Duration LIMIT = Duration.ofMillis(150);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ThreadPoolBulkhead threads = ThreadPoolBulkhead.ofDefaults("coupon");
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        threads.close();
        scheduler.shutdownNow();
    }

    private DependencyGuard guard() {
        return new DependencyGuard(
                "coupon", threads, TimeLimiter.of(LIMIT), CircuitBreaker.ofDefaults("coupon"), scheduler);
    }

    @Test
    void a_failing_call_completes_with_a_transient_failure() {
        DependencyGuard guard = guard();
        for (int i = 0; i < 30; i++) { // past the breaker's minimum number of calls: it opens on the way
            assertThatThrownBy(() -> guard.callAsync(() -> {
                                throw new IllegalStateException("503 from the dependency");
                            })
                            .get(2, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(Transient.class);
        }
    }

    @Test
    void a_hanging_call_ends_at_the_time_limit() {
        long begin = System.nanoTime();
        assertThatThrownBy(() -> guard().call(this::hang)).isInstanceOf(Transient.class);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(LIMIT.plusSeconds(1));
    }

    @Test
    void a_call_the_time_limiter_cannot_end_still_fails_shortly_after_the_limit() {
        scheduler.execute(() -> awaitQuietly(release)); // its only thread is busy: no time-out ever fires
        long begin = System.nanoTime();
        assertThatThrownBy(() -> guard().call(this::hang)).isInstanceOf(Transient.class);
        assertThat(Duration.ofNanos(System.nanoTime() - begin))
                .isGreaterThanOrEqualTo(LIMIT.plus(DependencyGuard.BACKSTOP_MARGIN))
                .isLessThan(LIMIT.plus(DependencyGuard.BACKSTOP_MARGIN).plusSeconds(2));
    }

    private String hang() {
        awaitQuietly(release);
        return "late";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
