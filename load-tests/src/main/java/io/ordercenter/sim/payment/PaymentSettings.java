package io.ordercenter.sim.payment;

import java.time.Duration;

/**
 * How the channel treats payments started from now on: the callback is sent {@code callbackDelay}
 * after the payment starts (when {@code callbacksEnabled}) and reports {@code outcome}.
 */
public record PaymentSettings(Duration callbackDelay, PaymentOutcome outcome, boolean callbacksEnabled) {

    public PaymentSettings {
        if (callbackDelay.isNegative()) {
            throw new IllegalArgumentException("callbackDelay must not be negative");
        }
    }
}
