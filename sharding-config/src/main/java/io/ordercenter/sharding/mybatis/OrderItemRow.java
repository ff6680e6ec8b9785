package io.ordercenter.sharding.mybatis;

import java.util.Objects;

/** One line of an order ({@code t_order_item}, bound to {@code t_order} by {@code order_id}). */
public record OrderItemRow(long orderId, int lineNo, String skuId, String name, int quantity, long unitPriceCents) {

    public OrderItemRow {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(name, "name");
    }
}
