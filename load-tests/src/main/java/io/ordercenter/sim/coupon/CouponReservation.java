package io.ordercenter.sim.coupon;

import java.time.Instant;

/** A coupon held for one order (or the refusal to hold it, remembered for replays). */
public record CouponReservation(
        String reservationId,
        String couponId,
        long userId,
        long goodsCents,
        Status status,
        long discountCents,
        RejectReason rejectReason,
        Instant createdAt,
        Instant updatedAt) {

    /** Where a coupon reservation stands. */
    public enum Status {
        RESERVED,
        CONFIRMED,
        /** Given back, or never held (a release that arrived before, or instead of, its try). */
        RELEASED,
        /** The try was refused; see {@link #rejectReason()}. */
        REJECTED
    }

    /** Why a coupon was refused; the {@code reason} of {@code COUPON_INVALID}. */
    public enum RejectReason {
        UNKNOWN,
        EXPIRED,
        NOT_OWNER,
        BELOW_MINIMUM_SPEND,
        ALREADY_USED
    }

    public boolean holdsCoupon() {
        return status == Status.RESERVED || status == Status.CONFIRMED;
    }

    CouponReservation withStatus(Status status, Instant now) {
        return new CouponReservation(
                reservationId, couponId, userId, goodsCents, status, discountCents, rejectReason, createdAt, now);
    }
}
