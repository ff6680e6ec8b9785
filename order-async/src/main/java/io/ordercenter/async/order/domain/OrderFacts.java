package io.ordercenter.async.order.domain;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What delayed work needs to know of an order, read from the order copy (the source of truth).
 *
 * @param paymentId the channel's payment, once paid
 * @param refundId the latest refund, if any
 * @param refundAmountCents that refund's amount
 */
public record OrderFacts(
        long orderId,
        long userId,
        OrderStatus status,
        long payableCents,
        String paymentId,
        String refundId,
        RefundStatus refundStatus,
        Long refundAmountCents,
        long version) {

    public OrderFacts {
        Objects.requireNonNull(status, "status");
    }

    public Optional<String> payment() {
        return Optional.ofNullable(paymentId);
    }

    /** True if {@code refund} is the order's latest refund and the channel confirmed it. */
    public boolean refundSucceeded(String refund) {
        return refund.equals(refundId) && refundStatus == RefundStatus.SUCCEEDED;
    }
}
