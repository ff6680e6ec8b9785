package io.ordercenter.sim.coupon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo coupons: {@code C10OFF} (1000 off from 3000), {@code C5OFF} (500 off from 1500),
 * {@code EXPIRED} (expired on 2024-01-01), and for every demo user a single-use {@code NEW<userId>}
 * (800 off from 2000, e.g. {@code NEW1001}) only that user may use.
 */
public final class DemoCoupons {

    public static final String TEN_OFF = "C10OFF";
    public static final String FIVE_OFF = "C5OFF";
    public static final String EXPIRED = "EXPIRED";

    private DemoCoupons() {}

    public static List<Coupon> forUsers(long firstUserId, long lastUserId) {
        List<Coupon> coupons = new ArrayList<>();
        coupons.add(new Coupon(TEN_OFF, 1000, 3000, null, false, null));
        coupons.add(new Coupon(FIVE_OFF, 500, 1500, null, false, null));
        coupons.add(new Coupon(EXPIRED, 800, 0, null, false, Instant.parse("2024-01-01T00:00:00Z")));
        for (long userId = firstUserId; userId <= lastUserId; userId++) {
            coupons.add(newUserCoupon(userId));
        }
        return coupons;
    }

    public static Coupon newUserCoupon(long userId) {
        return new Coupon("NEW" + userId, 800, 2000, userId, true, null);
    }
}
