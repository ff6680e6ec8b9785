package io.ordercenter.trade.order.domain;

import java.util.OptionalLong;

/**
 * A shop's delivery fee and the goods total from which it delivers for free.
 *
 * @param freeFromGoodsCents goods total (before any discount) from which the fee is not charged; empty if never free
 */
public record DeliveryTerms(long feeCents, OptionalLong freeFromGoodsCents) {
    public DeliveryTerms {
        if (feeCents < 0) {
            throw new IllegalArgumentException("delivery fee must not be negative: " + feeCents);
        }
        if (freeFromGoodsCents == null) {
            throw new NullPointerException("freeFromGoodsCents");
        }
        if (freeFromGoodsCents.isPresent() && freeFromGoodsCents.getAsLong() < 0) {
            throw new IllegalArgumentException("free-delivery threshold must not be negative: " + freeFromGoodsCents);
        }
    }

    public static DeliveryTerms fee(long feeCents) {
        return new DeliveryTerms(feeCents, OptionalLong.empty());
    }

    public static DeliveryTerms feeUnless(long feeCents, long freeFromGoodsCents) {
        return new DeliveryTerms(feeCents, OptionalLong.of(freeFromGoodsCents));
    }

    /** The fee the shop charges for an order with these goods. */
    long feeFor(long goodsCents) {
        boolean free = freeFromGoodsCents.isPresent() && goodsCents >= freeFromGoodsCents.getAsLong();
        return free ? 0 : feeCents;
    }
}
