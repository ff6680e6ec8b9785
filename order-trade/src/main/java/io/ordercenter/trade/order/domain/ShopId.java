package io.ordercenter.trade.order.domain;

/** Identifies a shop (owned by the shop service; referenced by id only). */
public record ShopId(long value) {
    public ShopId {
        Ids.requirePositive(value, "shop id");
    }
}
