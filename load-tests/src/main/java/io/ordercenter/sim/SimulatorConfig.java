package io.ordercenter.sim;

import io.ordercenter.sim.payment.PaymentOutcome;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start the simulator.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param callbackSecret the payment channel's HMAC-SHA256 secret for {@code X-Signature}
 * @param callbackDelay how long after a payment starts its callback is sent
 * @param paymentOutcome the status callbacks report, until changed with {@code PUT /sim/payment}
 * @param callbacksEnabled whether payments send their callback by themselves
 * @param callbackAttempts how many times a callback is sent before giving up when the receiver fails
 * @param callbackBackoff the wait after the first failed attempt; doubled after each further one
 * @param serverThreads the HTTP server's thread pool size
 */
public record SimulatorConfig(
        int port,
        String callbackSecret,
        Duration callbackDelay,
        PaymentOutcome paymentOutcome,
        boolean callbacksEnabled,
        int callbackAttempts,
        Duration callbackBackoff,
        int serverThreads) {

    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_CALLBACK_SECRET = "local-dev-payment-secret";

    public SimulatorConfig {
        Objects.requireNonNull(callbackSecret, "callbackSecret");
        Objects.requireNonNull(callbackDelay, "callbackDelay");
        Objects.requireNonNull(paymentOutcome, "paymentOutcome");
        Objects.requireNonNull(callbackBackoff, "callbackBackoff");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535");
        }
        if (callbackSecret.isEmpty()) {
            throw new IllegalArgumentException("callbackSecret must not be empty");
        }
        if (callbackDelay.isNegative() || callbackBackoff.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (callbackAttempts < 1) {
            throw new IllegalArgumentException("callbackAttempts must be at least 1");
        }
        if (serverThreads < 8) {
            throw new IllegalArgumentException("serverThreads must be at least 8");
        }
    }

    /** Port 8090, the default secret, callbacks 500 ms after the payment, 5 attempts from 200 ms backoff. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(
                DEFAULT_PORT,
                DEFAULT_CALLBACK_SECRET,
                Duration.ofMillis(500),
                PaymentOutcome.SUCCESS,
                true,
                5,
                Duration.ofMillis(200),
                64);
    }

    /** The defaults on a free port, for tests. */
    public static SimulatorConfig forTests() {
        return defaults().withPort(0);
    }

    public SimulatorConfig withPort(int port) {
        return new SimulatorConfig(
                port,
                callbackSecret,
                callbackDelay,
                paymentOutcome,
                callbacksEnabled,
                callbackAttempts,
                callbackBackoff,
                serverThreads);
    }

    public SimulatorConfig withCallbackSecret(String callbackSecret) {
        return new SimulatorConfig(
                port,
                callbackSecret,
                callbackDelay,
                paymentOutcome,
                callbacksEnabled,
                callbackAttempts,
                callbackBackoff,
                serverThreads);
    }

    public SimulatorConfig withCallbackDelay(Duration callbackDelay) {
        return new SimulatorConfig(
                port,
                callbackSecret,
                callbackDelay,
                paymentOutcome,
                callbacksEnabled,
                callbackAttempts,
                callbackBackoff,
                serverThreads);
    }

    public SimulatorConfig withPaymentOutcome(PaymentOutcome paymentOutcome) {
        return new SimulatorConfig(
                port,
                callbackSecret,
                callbackDelay,
                paymentOutcome,
                callbacksEnabled,
                callbackAttempts,
                callbackBackoff,
                serverThreads);
    }

    public SimulatorConfig withCallbacksEnabled(boolean callbacksEnabled) {
        return new SimulatorConfig(
                port,
                callbackSecret,
                callbackDelay,
                paymentOutcome,
                callbacksEnabled,
                callbackAttempts,
                callbackBackoff,
                serverThreads);
    }

    public SimulatorConfig withCallbackRetry(int callbackAttempts, Duration callbackBackoff) {
        return new SimulatorConfig(
                port,
                callbackSecret,
                callbackDelay,
                paymentOutcome,
                callbacksEnabled,
                callbackAttempts,
                callbackBackoff,
                serverThreads);
    }

    public SimulatorConfig withServerThreads(int serverThreads) {
        return new SimulatorConfig(
                port,
                callbackSecret,
                callbackDelay,
                paymentOutcome,
                callbacksEnabled,
                callbackAttempts,
                callbackBackoff,
                serverThreads);
    }

    /** Without the secret, for logs. */
    @Override
    public String toString() {
        return "SimulatorConfig[port=" + port + ", callbackSecret="
                + (DEFAULT_CALLBACK_SECRET.equals(callbackSecret) ? "<default>" : "<custom>")
                + ", callbackDelay=" + callbackDelay + ", paymentOutcome=" + paymentOutcome
                + ", callbacksEnabled=" + callbacksEnabled + ", callbackAttempts=" + callbackAttempts
                + ", callbackBackoff=" + callbackBackoff + ", serverThreads=" + serverThreads + "]";
    }
}
