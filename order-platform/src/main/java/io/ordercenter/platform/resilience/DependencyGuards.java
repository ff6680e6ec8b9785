package io.ordercenter.platform.resilience;

import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Builds one {@link DependencyGuard} per dependency name from resilience4j's registries, whose
 * per-dependency settings live in {@code application.yml} ({@code resilience4j.*.instances.<name>})
 * and whose metrics Micrometer publishes.
 */
public class DependencyGuards implements AutoCloseable {

    private final ThreadPoolBulkheadRegistry bulkheads;
    private final TimeLimiterRegistry timeLimiters;
    private final CircuitBreakerRegistry circuitBreakers;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "dependency-time-limiter");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, DependencyGuard> guards = new ConcurrentHashMap<>();

    public DependencyGuards(
            ThreadPoolBulkheadRegistry bulkheads,
            TimeLimiterRegistry timeLimiters,
            CircuitBreakerRegistry circuitBreakers) {
        this.bulkheads = bulkheads;
        this.timeLimiters = timeLimiters;
        this.circuitBreakers = circuitBreakers;
    }

    public DependencyGuard guard(String dependency) {
        return guards.computeIfAbsent(
                dependency,
                name -> new DependencyGuard(
                        name,
                        bulkheads.bulkhead(name),
                        timeLimiters.timeLimiter(name),
                        circuitBreakers.circuitBreaker(name),
                        scheduler));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
