package io.ordercenter.async.refund.domain;

import java.util.Objects;

/** One refund as the payment channel takes it; the channel refunds a refund id at most once. */
public record RefundRequest(String refundId, String paymentId, long orderId, long amountCents) {

    public RefundRequest {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        if (amountCents < 1) {
            throw new IllegalArgumentException("amountCents must be positive");
        }
    }
}
