package io.ordercenter.trade.order.domain;

import java.util.Objects;

/** What the shop service says about a shop at the moment of placing. */
public record ShopSnapshot(ShopId id, boolean open, DeliveryTerms delivery) {
    public ShopSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(delivery, "delivery");
    }
}
