package io.ordercenter.trade.payment.application;

/** The answer to starting a payment: {@code status} is PENDING until the channel's callback arrives, then SUCCEEDED. */
public record PaymentView(String paymentId, String orderId, long amountCents, String status) {}
