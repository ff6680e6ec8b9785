package io.ordercenter.async.timeout.domain;

/** The ids order-trade reserves inventory and coupons under: one of each per order. */
public final class ReservationIds {

    private ReservationIds() {}

    public static String inventory(long orderId) {
        return "inv-" + orderId;
    }

    public static String coupon(long orderId) {
        return "cpn-" + orderId;
    }
}
