package io.ordercenter.trade.order.domain;

import java.util.Objects;

/**
 * What the coupon service says about the coupon a customer wants to use: a fixed discount on goods.
 *
 * @param usable the coupon service's verdict for this customer now (owned, not expired, not used)
 * @param shopId the only shop it is valid in, or {@code null} for every shop
 * @param minGoodsCents the goods total the order must reach for the coupon to apply
 */
public record CouponOffer(CouponId id, boolean usable, ShopId shopId, long discountCents, long minGoodsCents) {
    public CouponOffer {
        Objects.requireNonNull(id, "id");
        if (discountCents < 0 || minGoodsCents < 0) {
            throw new IllegalArgumentException("coupon amounts must not be negative");
        }
    }
}
