package io.ordercenter.trade.order.domain;

import java.util.Objects;

/**
 * What the menu service says about one sku at the moment of placing.
 *
 * @param available false when the shop has taken it off sale (sold out for today, delisted)
 */
public record MenuItem(SkuId skuId, ShopId shopId, String name, long unitPriceCents, boolean available) {
    public MenuItem {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(name, "name");
    }
}
