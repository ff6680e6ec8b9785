package io.ordercenter.async.support;

import io.ordercenter.async.projection.infrastructure.mybatis.OrderRows;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.sharding.mybatis.OrderItemRow;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Order rows as order-trade writes them, for tests that need the order copy. */
public final class Rows {

    private Rows() {}

    /** A freshly placed order (CREATED, version 1) with its lines. */
    public static OrderWithItems placed(long orderId, long userId, long shopId, Instant createdAt) {
        OrderSnapshot snapshot =
                Events.placed(Long.toString(orderId), Long.toString(userId), Long.toString(shopId), createdAt);
        OrderRow row = OrderRows.fromSnapshot(snapshot, snapshot.createdAt());
        List<OrderItemRow> items = new ArrayList<>();
        for (int i = 0; i < snapshot.items().size(); i++) {
            OrderSnapshot.Item item = snapshot.items().get(i);
            items.add(new OrderItemRow(
                    orderId, i + 1, item.skuId(), item.name(), item.quantity(), item.unitPriceCents()));
        }
        return new OrderWithItems(row, items);
    }
}
