package io.ordercenter.sim.payment;

/** The {@code status} a payment's callback reports. */
public enum PaymentOutcome {
    SUCCESS,
    FAILED
}
