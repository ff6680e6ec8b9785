package io.ordercenter.trade.order.domain;

/**
 * The money of one order, in integer cents; built by {@link Pricing}.
 *
 * @param goodsCents the sum of the lines
 * @param deliveryFeeCents the fee the shop charges (zero at or above its free-delivery threshold)
 * @param deliveryFeeWaivedCents the part of the fee the platform waives for members (the member's saving)
 * @param discountCents the coupon discount, never more than the goods
 * @param payableCents goods + fee - waived - discount
 */
public record PriceBreakdown(
        long goodsCents, long deliveryFeeCents, long deliveryFeeWaivedCents, long discountCents, long payableCents) {

    public PriceBreakdown {
        if (goodsCents < 0 || deliveryFeeCents < 0 || deliveryFeeWaivedCents < 0 || discountCents < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        if (deliveryFeeWaivedCents > deliveryFeeCents) {
            throw new IllegalArgumentException("cannot waive more than the delivery fee");
        }
        if (discountCents > goodsCents) {
            throw new IllegalArgumentException("the discount applies to goods only");
        }
        long expected = Math.subtractExact(
                Math.addExact(goodsCents, deliveryFeeCents), Math.addExact(deliveryFeeWaivedCents, discountCents));
        if (payableCents != expected) {
            throw new IllegalArgumentException("payable must be " + expected + ", not " + payableCents);
        }
    }
}
