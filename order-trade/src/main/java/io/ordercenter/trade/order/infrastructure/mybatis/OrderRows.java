package io.ordercenter.trade.order.infrastructure.mybatis;

import io.ordercenter.sharding.mybatis.OrderItemRow;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import io.ordercenter.trade.order.domain.CouponId;
import io.ordercenter.trade.order.domain.DeliveryAddress;
import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.OrderLine;
import io.ordercenter.trade.order.domain.PriceBreakdown;
import io.ordercenter.trade.order.domain.RiderId;
import io.ordercenter.trade.order.domain.ShopId;
import io.ordercenter.trade.order.domain.SkuId;
import io.ordercenter.trade.order.domain.UserId;
import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.Refund;
import io.ordercenter.trade.refund.domain.RefundId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Maps the aggregate to the order row (shared by t_order and its copies) and back. */
final class OrderRows {

    private OrderRows() {}

    static OrderRow toRow(Order order, Instant updatedAt) {
        PriceBreakdown c = order.charges();
        DeliveryAddress a = order.address();
        OrderRow.Builder row = OrderRow.builder()
                .orderId(order.id().value())
                .userId(order.userId().value())
                .shopId(order.shopId().value())
                .riderId(order.riderId().map(RiderId::value).orElse(null))
                .status(order.status())
                .goodsCents(c.goodsCents())
                .deliveryFeeCents(c.deliveryFeeCents())
                .deliveryFeeWaivedCents(c.deliveryFeeWaivedCents())
                .discountCents(c.discountCents())
                .payableCents(c.payableCents())
                .couponId(order.couponId().map(CouponId::value).orElse(null))
                .contactName(a.contactName())
                .phone(a.phone())
                .addressLine1(a.line1())
                .city(a.city())
                .lat(a.lat())
                .lng(a.lng())
                .remark(order.remark().orElse(null))
                .cancelReason(order.cancelReason().orElse(null))
                .paymentId(order.paymentId().map(PaymentId::value).orElse(null))
                .createdAt(order.createdAt())
                .paidAt(order.paidAt().orElse(null))
                .acceptedAt(order.acceptedAt().orElse(null))
                .readyAt(order.readyAt().orElse(null))
                .pickedUpAt(order.pickedUpAt().orElse(null))
                .deliveredAt(order.deliveredAt().orElse(null))
                .completedAt(order.completedAt().orElse(null))
                .cancelledAt(order.cancelledAt().orElse(null))
                .version(order.version())
                .updatedAt(updatedAt);
        order.latestRefund().ifPresent(refund -> row.refundId(refund.id().value())
                .refundStatus(refund.status())
                .refundAmountCents(refund.amountCents())
                .refundReason(refund.reason())
                .refundRequestedAt(refund.requestedAt())
                .refundSucceededAt(refund.succeededAt()));
        return row.build();
    }

    static List<OrderItemRow> toItems(Order order) {
        List<OrderItemRow> items = new ArrayList<>();
        int lineNo = 1;
        for (OrderLine line : order.items()) {
            items.add(new OrderItemRow(
                    order.id().value(),
                    lineNo++,
                    Long.toString(line.skuId().value()),
                    line.name(),
                    line.quantity(),
                    line.unitPriceCents()));
        }
        return items;
    }

    /**
     * The stored row keeps the latest refund only; earlier, settled refunds are not needed to move
     * the order on, because at most one refund is open at a time.
     */
    static Order toOrder(OrderWithItems stored) {
        OrderRow r = stored.order();
        List<Refund> refunds = new ArrayList<>();
        if (r.refundId() != null) {
            refunds.add(new Refund(
                    new RefundId(r.refundId()),
                    r.refundAmountCents(),
                    r.refundReason(),
                    r.refundStatus(),
                    r.refundRequestedAt(),
                    r.refundSucceededAt()));
        }
        Order.Builder order = Order.restore()
                .id(new OrderId(r.orderId()))
                .userId(new UserId(r.userId()))
                .shopId(new ShopId(r.shopId()))
                .items(stored.items().stream()
                        .map(i -> new OrderLine(
                                new SkuId(Long.parseLong(i.skuId())), i.name(), i.quantity(), i.unitPriceCents()))
                        .toList())
                .charges(new PriceBreakdown(
                        r.goodsCents(),
                        r.deliveryFeeCents(),
                        r.deliveryFeeWaivedCents(),
                        r.discountCents(),
                        r.payableCents()))
                .address(new DeliveryAddress(r.contactName(), r.phone(), r.addressLine1(), r.city(), r.lat(), r.lng()))
                .remark(r.remark())
                .status(r.status())
                .createdAt(r.createdAt())
                .paidAt(r.paidAt())
                .acceptedAt(r.acceptedAt())
                .readyAt(r.readyAt())
                .pickedUpAt(r.pickedUpAt())
                .deliveredAt(r.deliveredAt())
                .completedAt(r.completedAt())
                .cancelledAt(r.cancelledAt())
                .cancelReason(r.cancelReason())
                .refunds(refunds)
                .version(r.version());
        if (r.couponId() != null) {
            order.couponId(new CouponId(r.couponId()));
        }
        if (r.paymentId() != null) {
            order.paymentId(new PaymentId(r.paymentId()));
        }
        if (r.riderId() != null) {
            order.riderId(new RiderId(r.riderId()));
        }
        return order.build();
    }
}
