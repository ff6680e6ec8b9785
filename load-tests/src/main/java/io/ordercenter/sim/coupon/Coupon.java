package io.ordercenter.sim.coupon;

import java.time.Instant;

/**
 * A coupon definition: {@code discountCents} off when the goods reach {@code minSpendCents}. A
 * single-use coupon is held by one live reservation at a time; {@code ownerUserId} (nullable) limits
 * it to one user; {@code expiresAt} (nullable) ends it.
 */
public record Coupon(
        String couponId,
        long discountCents,
        long minSpendCents,
        Long ownerUserId,
        boolean singleUse,
        Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean usableBy(long userId) {
        return ownerUserId == null || ownerUserId == userId;
    }
}
