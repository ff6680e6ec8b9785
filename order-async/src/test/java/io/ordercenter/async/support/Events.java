package io.ordercenter.async.support;

import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderEventType;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Test data: orders and the events order-trade would publish for them, one per version. */
public final class Events {

    public static final long GOODS = 3_000;
    public static final long FEE = 500;
    public static final long WAIVED = 500;
    public static final long DISCOUNT = 200;
    public static final long PAYABLE = 2_800;

    private Events() {}

    /** A positive id no other test run uses. */
    public static long randomId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }

    /** An order id with a valid shard gene (0..99) in its low bits. */
    public static long randomOrderId() {
        long base = ThreadLocalRandom.current().nextLong(1L << 20, 1L << 50);
        return (base << 7) | ThreadLocalRandom.current().nextInt(100);
    }

    /** An order as placed at {@code createdAt}. */
    public static OrderSnapshot placed(String orderId, String userId, String shopId, Instant createdAt) {
        Instant at = createdAt.truncatedTo(ChronoUnit.MILLIS);
        return new OrderSnapshot(
                orderId,
                userId,
                shopId,
                null,
                OrderStatus.CREATED,
                List.of(
                        new OrderSnapshot.Item("101", "Noodles", 2, 1_000),
                        new OrderSnapshot.Item("102", "Tea", 1, 1_000)),
                GOODS,
                FEE,
                WAIVED,
                DISCOUNT,
                PAYABLE,
                "CPN-1",
                new OrderSnapshot.Address("Li Lei", "13812341001", "1 Main St", "Hangzhou", 30.27, 120.15),
                "no chili",
                at,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1);
    }

    /** The whole happy path: placed (v1) .. completed (v7), each event carrying the order at its version. */
    public static List<OrderEvent> lifecycle(String orderId, String userId, String shopId, Instant createdAt) {
        OrderSnapshot v1 = placed(orderId, userId, shopId, createdAt);
        List<OrderEvent> events = new ArrayList<>();
        events.add(event(v1, OrderEventType.ORDER_PLACED, null, Map.of()));
        OrderSnapshot v2 = next(v1, OrderStatus.PAID, null).at(createdAt.plusSeconds(10));
        events.add(event(v2, OrderEventType.ORDER_PAID, OrderStatus.CREATED, Map.of("paymentId", "PAY-" + orderId)));
        OrderSnapshot v3 = next(v2, OrderStatus.ACCEPTED, null).at(createdAt.plusSeconds(20));
        events.add(event(v3, OrderEventType.ORDER_ACCEPTED, OrderStatus.PAID, Map.of()));
        OrderSnapshot v4 = next(v3, OrderStatus.READY, null).at(createdAt.plusSeconds(30));
        events.add(event(v4, OrderEventType.ORDER_READY, OrderStatus.ACCEPTED, Map.of()));
        OrderSnapshot v5 = next(v4, OrderStatus.DELIVERING, "77").at(createdAt.plusSeconds(40));
        events.add(event(v5, OrderEventType.ORDER_PICKED_UP, OrderStatus.READY, Map.of("riderId", "77")));
        OrderSnapshot v6 = next(v5, OrderStatus.DELIVERED, "77").at(createdAt.plusSeconds(50));
        events.add(event(v6, OrderEventType.ORDER_DELIVERED, OrderStatus.DELIVERING, Map.of("riderId", "77")));
        OrderSnapshot v7 = next(v6, OrderStatus.COMPLETED, "77").at(createdAt.plusSeconds(60));
        events.add(event(v7, OrderEventType.ORDER_COMPLETED, OrderStatus.DELIVERED, Map.of()));
        return events;
    }

    /** Placed (v1), then cancelled unpaid (v2). */
    public static List<OrderEvent> cancelledUnpaid(String orderId, String userId, String shopId, Instant createdAt) {
        OrderSnapshot v1 = placed(orderId, userId, shopId, createdAt);
        OrderSnapshot v2 = next(v1, OrderStatus.CANCELLED, null).at(createdAt.plusSeconds(5));
        return List.of(
                event(v1, OrderEventType.ORDER_PLACED, null, Map.of()),
                event(v2, OrderEventType.ORDER_CANCELLED, OrderStatus.CREATED, Map.of("reason", "changed my mind")));
    }

    /** The event of {@code order} (at its version), occurring when its latest time says. */
    public static OrderEvent event(
            OrderSnapshot order, OrderEventType type, OrderStatus from, Map<String, Object> facts) {
        Map<String, Object> payload = new LinkedHashMap<>(facts);
        payload.put("order", order);
        return new OrderEvent(
                order.orderId() + "-" + order.version(),
                order.orderId(),
                order.userId(),
                order.shopId(),
                type,
                from,
                order.status(),
                order.version(),
                latest(order),
                "trace-" + order.orderId() + "-" + order.version(),
                payload);
    }

    private static Instant latest(OrderSnapshot o) {
        Instant latest = o.createdAt();
        for (Instant t : new Instant[] {
            o.paidAt(), o.acceptedAt(), o.readyAt(), o.pickedUpAt(), o.deliveredAt(), o.completedAt(), o.cancelledAt()
        }) {
            if (t != null && t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest;
    }

    private static Next next(OrderSnapshot o, OrderStatus status, String riderId) {
        return new Next(o, status, riderId);
    }

    /** The next version of an order, stamped with the time of its change. */
    private record Next(OrderSnapshot order, OrderStatus status, String riderId) {

        OrderSnapshot at(Instant at) {
            return with(at);
        }

        private OrderSnapshot with(Instant at) {
            Instant t = at.truncatedTo(ChronoUnit.MILLIS);
            OrderSnapshot o = order;
            return new OrderSnapshot(
                    o.orderId(),
                    o.userId(),
                    o.shopId(),
                    riderId,
                    status,
                    o.items(),
                    o.goodsCents(),
                    o.deliveryFeeCents(),
                    o.deliveryFeeWaivedCents(),
                    o.discountCents(),
                    o.payableCents(),
                    o.couponId(),
                    o.address(),
                    o.remark(),
                    o.createdAt(),
                    status == OrderStatus.PAID ? t : o.paidAt(),
                    status == OrderStatus.ACCEPTED ? t : o.acceptedAt(),
                    status == OrderStatus.READY ? t : o.readyAt(),
                    status == OrderStatus.DELIVERING ? t : o.pickedUpAt(),
                    status == OrderStatus.DELIVERED ? t : o.deliveredAt(),
                    status == OrderStatus.COMPLETED ? t : o.completedAt(),
                    status == OrderStatus.CANCELLED ? t : o.cancelledAt(),
                    status == OrderStatus.CANCELLED ? "changed my mind" : o.cancelReason(),
                    o.refund(),
                    o.version() + 1);
        }
    }

    /** {@code order} with a refund of {@code amountCents} in {@code status}, at the next version. */
    public static OrderSnapshot withRefund(OrderSnapshot o, String refundId, RefundStatus status, long amountCents) {
        return new OrderSnapshot(
                o.orderId(),
                o.userId(),
                o.shopId(),
                o.riderId(),
                o.status(),
                o.items(),
                o.goodsCents(),
                o.deliveryFeeCents(),
                o.deliveryFeeWaivedCents(),
                o.discountCents(),
                o.payableCents(),
                o.couponId(),
                o.address(),
                o.remark(),
                o.createdAt(),
                o.paidAt(),
                o.acceptedAt(),
                o.readyAt(),
                o.pickedUpAt(),
                o.deliveredAt(),
                o.completedAt(),
                o.cancelledAt(),
                o.cancelReason(),
                new OrderSnapshot.Refund(refundId, status, amountCents, "after-sale", o.createdAt(), null),
                o.version() + 1);
    }
}
