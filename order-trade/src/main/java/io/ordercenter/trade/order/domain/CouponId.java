package io.ordercenter.trade.order.domain;

import java.util.Objects;

/**
 * Identifies a coupon issued by the coupon service. A string, because coupon codes are the coupon service's format,
 * not ours; only blank or oversized values (more than 64 characters, the column width) are refused.
 */
public record CouponId(String value) {
    public CouponId {
        Objects.requireNonNull(value, "coupon id");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("coupon id must be 1 to 64 non-blank characters: '" + value + "'");
        }
    }
}
