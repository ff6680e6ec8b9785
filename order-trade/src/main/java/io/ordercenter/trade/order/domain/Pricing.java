package io.ordercenter.trade.order.domain;

import java.util.List;
import java.util.Objects;

/**
 * Prices an order. A pure function over integer cents; any overflow throws {@link ArithmeticException} (menu prices
 * that large are broken data, not a business case).
 *
 * <ul>
 *   <li>goods = the sum of unit price times quantity;
 *   <li>the shop's fee is charged unless the goods reach its free-delivery threshold (before any discount);
 *   <li>a member has the charged fee waived, shown as {@code deliveryFeeWaivedCents} (what membership saved);
 *   <li>a coupon discounts goods only, capped at the goods, so payable is never below the fee still due, never
 *       below zero.
 * </ul>
 */
public final class Pricing {
    private Pricing() {}

    public static PriceBreakdown price(
            List<OrderLine> lines, DeliveryTerms delivery, boolean member, long couponDiscountCents) {
        Objects.requireNonNull(delivery, "delivery");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        if (couponDiscountCents < 0) {
            throw new IllegalArgumentException("coupon discount must not be negative: " + couponDiscountCents);
        }
        long goods = goodsCents(lines);
        long fee = delivery.feeFor(goods);
        long waived = member ? fee : 0;
        long discount = Math.min(couponDiscountCents, goods);
        long payable = Math.subtractExact(Math.addExact(goods, fee), Math.addExact(waived, discount));
        return new PriceBreakdown(goods, fee, waived, discount, payable);
    }

    /** The sum of the lines' totals. */
    public static long goodsCents(List<OrderLine> lines) {
        long goods = 0;
        for (OrderLine line : lines) {
            goods = Math.addExact(goods, line.totalCents());
        }
        return goods;
    }
}
