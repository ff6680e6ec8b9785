package io.ordercenter.sharding.it;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.Topics;
import io.ordercenter.sharding.mybatis.OrderItemRow;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import io.ordercenter.sharding.mybatis.OutboxRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data: orders as the trade service would write them. */
public final class Orders {

    private Orders() {}

    /** A positive id no other test run uses. */
    public static long randomId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    /** A freshly placed order with two lines. */
    public static OrderWithItems placed(long orderId, long userId, long shopId, Instant createdAt) {
        Instant at = createdAt.truncatedTo(ChronoUnit.MILLIS);
        OrderRow order = OrderRow.builder()
                .orderId(orderId)
                .userId(userId)
                .shopId(shopId)
                .status(OrderStatus.CREATED)
                .goodsCents(3_000)
                .deliveryFeeCents(500)
                .deliveryFeeWaivedCents(500)
                .discountCents(200)
                .payableCents(2_800)
                .couponId("CPN-1")
                .contactName("Li Lei")
                .phone("13812341001")
                .addressLine1("1 Main St")
                .city("Hangzhou")
                .lat(30.2741)
                .lng(120.1551)
                .remark("no chili")
                .createdAt(at)
                .version(1)
                .updatedAt(at)
                .build();
        List<OrderItemRow> items = List.of(
                new OrderItemRow(orderId, 1, "SKU-1", "Noodles", 2, 1_000),
                new OrderItemRow(orderId, 2, "SKU-2", "Tea", 1, 1_000));
        return new OrderWithItems(order, items);
    }

    /** The ORDER_PLACED event of an order. */
    public static OutboxRow placedEvent(OrderRow order) {
        return OutboxRow.pending(
                UUID.randomUUID().toString(),
                order.orderId(),
                order.version(),
                Topics.ORDER_EVENTS,
                "{\"type\":\"ORDER_PLACED\",\"orderId\":\"" + order.orderId() + "\"}",
                order.createdAt());
    }
}
