package io.ordercenter.query.platform.resilience;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@link DependencyGuard}s from resilience4j's registries, whose per-instance settings live
 * in {@code application.yml} ({@code resilience4j.*.instances.<name>}) and whose metrics Micrometer
 * publishes. Circuit breaker state changes are logged.
 */
@Component
public class DependencyGuards implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DependencyGuards.class);

    private final ThreadPoolBulkheadRegistry threadPools;
    private final BulkheadRegistry semaphores;
    private final TimeLimiterRegistry timeLimiters;
    private final CircuitBreakerRegistry circuitBreakers;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "dependency-time-limiter");
        t.setDaemon(true);
        return t;
    });

    public DependencyGuards(
            ThreadPoolBulkheadRegistry threadPools,
            BulkheadRegistry semaphores,
            TimeLimiterRegistry timeLimiters,
            CircuitBreakerRegistry circuitBreakers) {
        this.threadPools = threadPools;
        this.semaphores = semaphores;
        this.timeLimiters = timeLimiters;
        this.circuitBreakers = circuitBreakers;
        circuitBreakers.getAllCircuitBreakers().forEach(DependencyGuards::logTransitions);
        circuitBreakers.getEventPublisher().onEntryAdded(event -> logTransitions(event.getAddedEntry()));
    }

    /**
     * A guard for a blocking client, on its own thread pool. Guards of one instance name share its
     * bulkhead, time limiter and circuit breaker.
     *
     * @param instance the resilience4j instance name (thread-pool bulkhead, time limiter, breaker)
     * @param dependency what a 503 names as unavailable ("database")
     */
    public DependencyGuard blocking(String instance, String dependency) {
        return new DependencyGuard(
                dependency,
                threadPools.bulkhead(instance),
                null,
                timeLimiters.timeLimiter(instance),
                circuitBreakers.circuitBreaker(instance),
                scheduler);
    }

    /** A guard for a non-blocking client, under a semaphore bulkhead. */
    public DependencyGuard nonBlocking(String instance, String dependency) {
        return new DependencyGuard(
                dependency,
                null,
                semaphores.bulkhead(instance),
                timeLimiters.timeLimiter(instance),
                circuitBreakers.circuitBreaker(instance),
                scheduler);
    }

    private static void logTransitions(CircuitBreaker breaker) {
        breaker.getEventPublisher()
                .onStateTransition(
                        event -> log.warn("circuit breaker {}: {}", breaker.getName(), event.getStateTransition()));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
