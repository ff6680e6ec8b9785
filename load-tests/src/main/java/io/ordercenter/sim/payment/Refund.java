package io.ordercenter.sim.payment;

import java.time.Instant;

/** Money returned for a payment; refunds succeed at once. */
public record Refund(String refundId, String paymentId, String orderId, long amountCents, Instant refundedAt) {}
