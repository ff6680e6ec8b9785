package io.ordercenter.sharding.mybatis;

import io.ordercenter.contracts.OrderSnapshot;
import java.util.Comparator;
import java.util.List;

/** A stored order row (any of its copies) with its lines, as the API's order object. */
public final class OrderSnapshots {

    private OrderSnapshots() {}

    /** The order object of {@code row} and its {@code lines} (taken in line order), phone unmasked. */
    public static OrderSnapshot of(OrderRow row, List<OrderItemRow> lines) {
        List<OrderSnapshot.Item> items = lines.stream()
                .sorted(Comparator.comparingInt(OrderItemRow::lineNo))
                .map(line -> new OrderSnapshot.Item(line.skuId(), line.name(), line.quantity(), line.unitPriceCents()))
                .toList();
        OrderSnapshot.Refund refund = row.refundId() == null
                ? null
                : new OrderSnapshot.Refund(
                        row.refundId(),
                        row.refundStatus(),
                        row.refundAmountCents() == null ? 0 : row.refundAmountCents(),
                        row.refundReason(),
                        row.refundRequestedAt(),
                        row.refundSucceededAt());
        return new OrderSnapshot(
                Long.toString(row.orderId()),
                Long.toString(row.userId()),
                Long.toString(row.shopId()),
                row.riderId() == null ? null : Long.toString(row.riderId()),
                row.status(),
                items,
                row.goodsCents(),
                row.deliveryFeeCents(),
                row.deliveryFeeWaivedCents(),
                row.discountCents(),
                row.payableCents(),
                row.couponId(),
                new OrderSnapshot.Address(
                        row.contactName(), row.phone(), row.addressLine1(), row.city(), row.lat(), row.lng()),
                row.remark(),
                row.createdAt(),
                row.paidAt(),
                row.acceptedAt(),
                row.readyAt(),
                row.pickedUpAt(),
                row.deliveredAt(),
                row.completedAt(),
                row.cancelledAt(),
                row.cancelReason(),
                refund,
                row.version());
    }
}
