package io.ordercenter.sharding.mybatis;

import java.util.List;
import java.util.Objects;

/** An order row with its lines, in line order. */
public record OrderWithItems(OrderRow order, List<OrderItemRow> items) {

    public OrderWithItems {
        Objects.requireNonNull(order, "order");
        items = List.copyOf(items);
    }
}
