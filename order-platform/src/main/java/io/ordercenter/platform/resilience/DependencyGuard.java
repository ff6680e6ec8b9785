package io.ordercenter.platform.resilience;

import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.ordercenter.contracts.failure.OrderCenterFailure;
import io.ordercenter.contracts.failure.Transient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One dependency's isolation: its own thread-pool bulkhead (a hanging dependency can only exhaust
 * its own threads), a time limit, and a circuit breaker that fails fast while it is down. A call
 * that is refused, times out or fails with an I/O or 5xx error becomes {@link Transient}
 * ({@code DEPENDENCY_UNAVAILABLE}); business answers (404, 409, 422) are values the caller's
 * supplier returns, so they never open the breaker.
 */
public final class DependencyGuard {

    /**
     * How long past the time limit a call may still be pending before it is failed anyway: the time
     * limiter ends calls itself, so this only fires if a library callback broke (a callback that
     * throws leaves its future pending for ever), and then the caller still gets its 503.
     */
    static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(1);

    private final String name;
    private final ThreadPoolBulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final ScheduledExecutorService scheduler;
    private final Duration backstop;

    DependencyGuard(
            String name,
            ThreadPoolBulkhead bulkhead,
            TimeLimiter timeLimiter,
            CircuitBreaker circuitBreaker,
            ScheduledExecutorService scheduler) {
        this.name = name;
        this.bulkhead = bulkhead;
        this.timeLimiter = timeLimiter;
        this.circuitBreaker = circuitBreaker;
        this.scheduler = scheduler;
        this.backstop = timeLimiter.getTimeLimiterConfig().getTimeoutDuration().plus(BACKSTOP_MARGIN);
    }

    public String name() {
        return name;
    }

    /** Runs {@code call} on this dependency's bulkhead; completes exceptionally with {@link Transient} on failure. */
    public <T> CompletableFuture<T> callAsync(Supplier<T> call) {
        Supplier<CompletionStage<T>> limited =
                () -> timeLimiter.executeCompletionStage(scheduler, () -> bulkhead.executeSupplier(call));
        CompletionStage<T> guarded;
        try {
            guarded = circuitBreaker.executeCompletionStage(limited);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(translate(refused));
        }
        return guarded.toCompletableFuture()
                .orTimeout(backstop.toMillis(), TimeUnit.MILLISECONDS)
                .handle((value, error) -> {
                    if (error != null) {
                        throw translate(error);
                    }
                    return value;
                });
    }

    /** The blocking form of {@link #callAsync}: the caller's thread waits at most the time limit. */
    public <T> T call(Supplier<T> call) {
        try {
            return callAsync(call).get();
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Transient.dependencyUnavailable(name, e);
        }
    }

    private RuntimeException translate(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof OrderCenterFailure failure) {
            return failure;
        }
        return Transient.dependencyUnavailable(name, cause);
    }
}
