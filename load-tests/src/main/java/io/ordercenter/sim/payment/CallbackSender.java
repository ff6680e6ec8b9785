package io.ordercenter.sim.payment;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers payment callbacks: POST of the payment's callback body with {@code X-Signature}, retried
 * with exponential backoff until the receiver answers 2xx or the attempts run out.
 */
final class CallbackSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final CallbackSigner signer;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Clock clock;
    private final HttpClient client;
    private final ScheduledExecutorService scheduler;

    CallbackSender(CallbackSigner signer, int maxAttempts, Duration firstBackoff, Clock clock) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.signer = signer;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sim-payment-callbacks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a delivery after {@code delay}; it stops early once {@code current} turns false (a reset). */
    void deliver(Payment payment, Duration delay, BooleanSupplier current) {
        scheduler.schedule(() -> attempt(payment, 1, current), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(Payment payment, int attempt, BooleanSupplier current) {
        if (!current.getAsBoolean()) {
            return;
        }
        byte[] body = payment.callbackBody(clock);
        HttpRequest request = HttpRequest.newBuilder(payment.callbackUrl())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Signature", signer.sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            boolean delivered = error == null && response.statusCode() / 100 == 2;
            String result = error == null ? Integer.toString(response.statusCode()) : describe(error);
            payment.recordAttempt(result, delivered);
            if (delivered || !current.getAsBoolean() || scheduler.isShutdown()) {
                return;
            }
            if (attempt < maxAttempts) {
                long backoff = firstBackoff.toMillis() << Math.min(attempt - 1, 16);
                log.warn(
                        "payment {} callback attempt {}/{} to {} failed ({}); retrying in {} ms",
                        payment.paymentId(),
                        attempt,
                        maxAttempts,
                        payment.callbackUrl(),
                        result,
                        backoff);
                scheduler.schedule(() -> attempt(payment, attempt + 1, current), backoff, TimeUnit.MILLISECONDS);
            } else {
                log.warn(
                        "payment {} callback to {} failed {} times (last: {}); giving up",
                        payment.paymentId(),
                        payment.callbackUrl(),
                        maxAttempts,
                        result);
            }
        });
    }

    /** The failure itself, not the {@link CompletionException} around it. */
    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
