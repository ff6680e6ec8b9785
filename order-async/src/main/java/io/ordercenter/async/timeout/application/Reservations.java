package io.ordercenter.async.timeout.application;

/** The inventory and coupon services' reservations (try / confirm / cancel); every call is idempotent. */
public interface Reservations {

    void releaseInventory(String reservationId);

    void releaseCoupon(String reservationId);

    /** Confirms; a reservation that does not exist (nothing was reserved) is fine. */
    void confirmInventory(String reservationId);

    /** Confirms; a reservation that does not exist (no coupon was used) is fine. */
    void confirmCoupon(String reservationId);
}
