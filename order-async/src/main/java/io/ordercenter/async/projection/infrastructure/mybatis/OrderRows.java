package io.ordercenter.async.projection.infrastructure.mybatis;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.sharding.mybatis.OrderRow;
import java.time.Instant;

/** Converts between the order snapshot (events, API, search) and the order row (the three copies). */
public final class OrderRows {

    private OrderRows() {}

    /**
     * The row of a snapshot. The snapshot carries no payment id, so the shop copy has none (merchant
     * lists do not show it; the order copy is the source of truth).
     *
     * @throws NonTransient if the snapshot cannot make a row (ids not numeric, no address)
     */
    public static OrderRow fromSnapshot(OrderSnapshot order, Instant updatedAt) {
        OrderSnapshot.Address address = order.address();
        if (address == null) {
            throw new NonTransient(ErrorCode.VALIDATION_FAILED, "order " + order.orderId() + " has no address");
        }
        OrderSnapshot.Refund refund = order.refund();
        try {
            return OrderRow.builder()
                    .orderId(Long.parseLong(order.orderId()))
                    .userId(Long.parseLong(order.userId()))
                    .shopId(Long.parseLong(order.shopId()))
                    .riderId(order.riderId() == null ? null : Long.parseLong(order.riderId()))
                    .status(order.status())
                    .goodsCents(order.goodsCents())
                    .deliveryFeeCents(order.deliveryFeeCents())
                    .deliveryFeeWaivedCents(order.deliveryFeeWaivedCents())
                    .discountCents(order.discountCents())
                    .payableCents(order.payableCents())
                    .couponId(order.couponId())
                    .contactName(address.contactName())
                    .phone(address.phone())
                    .addressLine1(address.line1())
                    .city(address.city())
                    .lat(address.lat())
                    .lng(address.lng())
                    .remark(order.remark())
                    .cancelReason(order.cancelReason())
                    .refundId(refund == null ? null : refund.refundId())
                    .refundStatus(refund == null ? null : refund.status())
                    .refundAmountCents(refund == null ? null : refund.amountCents())
                    .refundReason(refund == null ? null : refund.reason())
                    .refundRequestedAt(refund == null ? null : refund.requestedAt())
                    .refundSucceededAt(refund == null ? null : refund.succeededAt())
                    .createdAt(order.createdAt())
                    .paidAt(order.paidAt())
                    .acceptedAt(order.acceptedAt())
                    .readyAt(order.readyAt())
                    .pickedUpAt(order.pickedUpAt())
                    .deliveredAt(order.deliveredAt())
                    .completedAt(order.completedAt())
                    .cancelledAt(order.cancelledAt())
                    .version(order.version())
                    .updatedAt(updatedAt)
                    .build();
        } catch (NumberFormatException | NullPointerException e) {
            throw new NonTransient(
                    ErrorCode.VALIDATION_FAILED, "order " + order.orderId() + " cannot be stored: " + e.getMessage());
        }
    }
}
