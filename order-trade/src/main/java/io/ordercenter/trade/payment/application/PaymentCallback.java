package io.ordercenter.trade.payment.application;

import java.time.Instant;

/** The channel's callback body, after its signature was verified. */
public record PaymentCallback(
        String paymentId, String orderId, String status, long amountCents, String channelTxnId, Instant paidAt) {

    public boolean succeeded() {
        return "SUCCESS".equals(status);
    }
}
