package io.ordercenter.query.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.contracts.failure.Transient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DependencyGuardTest {

    private static final Duration LIMIT = Duration.ofMillis(150);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final CircuitBreaker breaker = CircuitBreaker.of(
            "search",
            CircuitBreakerConfig.custom()
                    .slidingWindowSize(4)
                    .minimumNumberOfCalls(4)
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(Duration.ofMinutes(1))
                    .build());
    private final ThreadPoolBulkhead threads = ThreadPoolBulkhead.of(
            "search",
            ThreadPoolBulkheadConfig.custom()
                    .coreThreadPoolSize(1)
                    .maxThreadPoolSize(1)
                    .queueCapacity(1)
                    .build());
    private final DependencyGuard blocking = new DependencyGuard(
            "search",
            threads,
            null,
            TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(LIMIT).build()),
            breaker,
            scheduler);

    @AfterEach
    void stop() throws Exception {
        threads.close();
        scheduler.shutdownNow();
    }

    @Test
    void an_answer_passes_through() {
        assertThat(blocking.call(() -> "hits")).isEqualTo("hits");
    }

    @Test
    void a_hanging_dependency_is_a_503_within_the_time_limit() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> blocking.call(() -> sleep(Duration.ofSeconds(3))))
                .isInstanceOf(Transient.class)
                .satisfies(e -> assertThat(((Transient) e).code()).isEqualTo(ErrorCode.DEPENDENCY_UNAVAILABLE))
                .satisfies(e -> assertThat(((Transient) e).retryAfter()).isPositive())
                .hasMessageContaining("search");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT.plusMillis(500));
    }

    @Test
    void failures_open_the_breaker_and_then_calls_fail_without_reaching_the_dependency() {
        AtomicInteger reached = new AtomicInteger();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> blocking.call(() -> {
                        reached.incrementAndGet();
                        throw new IllegalStateException("connection refused");
                    }))
                    .isInstanceOf(Transient.class);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> blocking.call(reached::incrementAndGet)).isInstanceOf(Transient.class);
        assertThat(reached).hasValue(4);
    }

    @Test
    void a_full_bulkhead_sheds_the_call_at_once() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> blocking.call(() -> await(release)));
        CompletableFuture.runAsync(() -> blocking.call(() -> await(release)));
        Thread.sleep(50); // one call runs, one waits in the queue
        long started = System.nanoTime();
        assertThatThrownBy(() -> blocking.call(() -> "third")).isInstanceOf(Transient.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT);
        release.countDown();
    }

    @Test
    void our_own_failures_pass_through_unchanged() {
        NotFound notFound = new NotFound(ErrorCode.ORDER_NOT_FOUND, "none");
        assertThatThrownBy(() -> blocking.call(() -> {
                    throw notFound;
                }))
                .isSameAs(notFound);
    }

    @Test
    void a_non_blocking_call_holds_a_permit_and_has_the_same_time_limit() {
        DependencyGuard nonBlocking = new DependencyGuard(
                "cache",
                null,
                Bulkhead.of(
                        "cache", BulkheadConfig.custom().maxConcurrentCalls(1).build()),
                TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(LIMIT).build()),
                CircuitBreaker.ofDefaults("cache"),
                scheduler);
        assertThat(nonBlocking.callNonBlocking(() -> CompletableFuture.completedFuture("hit")))
                .isEqualTo("hit");
        CompletableFuture<String> never = new CompletableFuture<>();
        long started = System.nanoTime();
        assertThatThrownBy(() -> nonBlocking.callNonBlocking(() -> never)).isInstanceOf(Transient.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT.plusMillis(500));
        assertThat(never).as("the call is ended at the time limit").isCompletedExceptionally();
        assertThat(nonBlocking.callNonBlocking(() -> CompletableFuture.completedFuture("permit released")))
                .isEqualTo("permit released");
    }

    private static String sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "late";
    }

    private static String await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "released";
    }

    @Test
    void a_call_the_time_limiter_cannot_end_still_fails_shortly_after_the_limit() throws Exception {
        ScheduledExecutorService stuck = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch release = new CountDownLatch(1);
        stuck.execute(() -> awaitQuietly(release)); // its only thread is busy: no time-out ever fires
        ThreadPoolBulkhead own = ThreadPoolBulkhead.ofDefaults("stuck");
        DependencyGuard guard = new DependencyGuard(
                "stuck",
                own,
                null,
                TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(LIMIT).build()),
                CircuitBreaker.ofDefaults("stuck"),
                stuck);
        try {
            long begin = System.nanoTime();
            assertThatThrownBy(() -> guard.call(() -> {
                        awaitQuietly(release);
                        return "late";
                    }))
                    .isInstanceOf(Transient.class);
            assertThat(Duration.ofNanos(System.nanoTime() - begin))
                    .isLessThan(LIMIT.plus(DependencyGuard.BACKSTOP_MARGIN).plusSeconds(2));
        } finally {
            release.countDown();
            own.close();
            stuck.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
