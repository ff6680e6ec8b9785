package io.ordercenter.query.support;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import java.time.Instant;
import java.util.List;

/** Orders as the read side serves them. */
public final class Snapshots {

    private Snapshots() {}

    /** A paid order of user 1001 at shop 3, placed at {@code createdAt}, phone 13812341001, no rider yet. */
    public static OrderSnapshot paid(long orderId, Instant createdAt) {
        return order(orderId, "1001", "3", null, createdAt);
    }

    public static OrderSnapshot order(long orderId, String userId, String shopId, String riderId, Instant createdAt) {
        return new OrderSnapshot(
                Long.toString(orderId),
                userId,
                shopId,
                riderId,
                OrderStatus.PAID,
                List.of(new OrderSnapshot.Item("SKU-1", "Noodles", 2, 1_000)),
                2_000,
                500,
                0,
                0,
                2_500,
                null,
                new OrderSnapshot.Address("Li Lei", "13812341001", "1 Main St", "Hangzhou", null, null),
                null,
                createdAt,
                createdAt.plusSeconds(5),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                2);
    }
}
