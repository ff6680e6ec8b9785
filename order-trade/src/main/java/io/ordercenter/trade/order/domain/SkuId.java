package io.ordercenter.trade.order.domain;

/** Identifies a menu item of a shop (owned by the menu service; referenced by id only). */
public record SkuId(long value) {
    public SkuId {
        Ids.requirePositive(value, "sku id");
    }
}
