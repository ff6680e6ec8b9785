package io.ordercenter.query.platform.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
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
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One dependency's isolation: its own bulkhead (a slow dependency can only exhaust its own
 * capacity), a time limit, and a circuit breaker that fails fast while it is down. A call that is
 * refused, times out or fails becomes {@link Transient} ({@code DEPENDENCY_UNAVAILABLE}, 503 with
 * {@code Retry-After}) unless the caller has a fallback.
 *
 * <p>Blocking clients (JDBC, the Elasticsearch REST client) run on the dependency's own thread pool
 * ({@link #call}); a non-blocking client (Lettuce) runs on the caller's thread under a permit of a
 * semaphore bulkhead ({@link #callNonBlocking}), so a cache hit costs no thread hand-over.
 */
public final class DependencyGuard {

    /** How long past the time limit a caller waits for a call the time limiter failed to end. */
    static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(1);

    private final String dependency;
    private final ThreadPoolBulkhead threads;
    private final Bulkhead permits;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final ScheduledExecutorService scheduler;

    DependencyGuard(
            String dependency,
            ThreadPoolBulkhead threads,
            Bulkhead permits,
            TimeLimiter timeLimiter,
            CircuitBreaker circuitBreaker,
            ScheduledExecutorService scheduler) {
        this.dependency = dependency;
        this.threads = threads;
        this.permits = permits;
        this.timeLimiter = timeLimiter;
        this.circuitBreaker = circuitBreaker;
        this.scheduler = scheduler;
    }

    /** The circuit breaker's name, which is also the bulkhead's and the time limiter's. */
    public String name() {
        return circuitBreaker.getName();
    }

    /**
     * Runs a blocking call on this dependency's threads; the caller waits at most the time limit (the
     * call itself runs on until the client's own timeout, holding one of the dependency's threads).
     */
    public <T> T call(Supplier<T> blocking) {
        if (threads == null) {
            throw new IllegalStateException(name() + " is guarded for non-blocking calls only");
        }
        return await(
                guarded(() -> timeLimiter.executeCompletionStage(scheduler, () -> threads.executeSupplier(blocking))));
    }

    /**
     * Runs a non-blocking call under one of this dependency's permits; waits at most the time limit,
     * after which the call is ended (completed with a timeout) and its permit returned.
     */
    public <T> T callNonBlocking(Supplier<? extends CompletionStage<T>> nonBlocking) {
        if (permits == null) {
            throw new IllegalStateException(name() + " is guarded for blocking calls only");
        }
        return await(guarded(() ->
                permits.executeCompletionStage(() -> timeLimiter.executeCompletionStage(scheduler, nonBlocking::get))));
    }

    private <T> CompletableFuture<T> guarded(Supplier<CompletionStage<T>> limited) {
        try {
            return circuitBreaker.executeCompletionStage(limited).toCompletableFuture();
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    /**
     * Waits for a guarded call. The time limiter ends calls itself; the wait is still bounded (time
     * limit plus a margin) in case a library callback broke and left the future pending for ever.
     */
    private <T> T await(CompletableFuture<T> call) {
        Duration backstop =
                timeLimiter.getTimeLimiterConfig().getTimeoutDuration().plus(BACKSTOP_MARGIN);
        try {
            return call.get(backstop.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(false);
            throw Transient.dependencyUnavailable(dependency, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Transient.dependencyUnavailable(dependency, e);
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
        return Transient.dependencyUnavailable(dependency, cause);
    }
}
