package io.ordercenter.trade.order.domain;

import java.util.Objects;

/**
 * One line of an order: a menu item with the name and unit price it had when the order was placed.
 *
 * @param quantity 1 to {@link #MAX_QUANTITY}
 * @param unitPriceCents zero or more (free items exist)
 */
public record OrderLine(SkuId skuId, String name, int quantity, long unitPriceCents) {
    public static final int MAX_QUANTITY = 99;

    public OrderLine {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("line name must not be blank");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1.." + MAX_QUANTITY + ": " + quantity);
        }
        if (unitPriceCents < 0) {
            throw new IllegalArgumentException("unit price must not be negative: " + unitPriceCents);
        }
    }

    /** Unit price times quantity; throws {@link ArithmeticException} on overflow. */
    public long totalCents() {
        return Math.multiplyExact(unitPriceCents, quantity);
    }
}
