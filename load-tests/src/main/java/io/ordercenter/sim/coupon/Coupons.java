package io.ordercenter.sim.coupon;

import io.ordercenter.sim.coupon.CouponReservation.RejectReason;
import io.ordercenter.sim.coupon.CouponReservation.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coupon reservations (TCC, idempotent by reservation id, with a tombstone for a release that comes
 * before its try) and red-envelope grants (idempotent by grant id). One lock guards everything.
 */
public final class Coupons {

    private final Map<String, Coupon> coupons;
    private final Clock clock;
    private final Map<String, CouponReservation> reservations = new HashMap<>();
    /** Single-use coupon id → the reservation holding it. */
    private final Map<String, String> holders = new HashMap<>();

    private final Map<String, Grant> grants = new LinkedHashMap<>();

    public Coupons(Collection<Coupon> coupons, Clock clock) {
        this.coupons = coupons.stream().collect(Collectors.toUnmodifiableMap(Coupon::couponId, Function.identity()));
        this.clock = clock;
    }

    /** What a try answered. */
    public sealed interface TryOutcome permits Reserved, Invalid, AlreadyReleased {}

    public record Reserved(CouponReservation reservation) implements TryOutcome {}

    public record Invalid(CouponReservation reservation, RejectReason reason) implements TryOutcome {}

    public record AlreadyReleased(CouponReservation reservation) implements TryOutcome {}

    /** What a confirm answered. */
    public sealed interface ConfirmOutcome permits Confirmed, NotConfirmable, UnknownReservation {}

    public record Confirmed(CouponReservation reservation) implements ConfirmOutcome {}

    public record NotConfirmable(CouponReservation reservation) implements ConfirmOutcome {}

    public record UnknownReservation(String reservationId) implements ConfirmOutcome {}

    public synchronized TryOutcome reserve(String reservationId, String couponId, long userId, long goodsCents) {
        CouponReservation existing = reservations.get(reservationId);
        if (existing != null) {
            return replay(existing);
        }
        Instant now = clock.instant();
        Optional<RejectReason> refusal = refusal(coupons.get(couponId), userId, goodsCents, now);
        if (refusal.isPresent()) {
            CouponReservation rejected = new CouponReservation(
                    reservationId, couponId, userId, goodsCents, Status.REJECTED, 0, refusal.get(), now, now);
            reservations.put(reservationId, rejected);
            return new Invalid(rejected, refusal.get());
        }
        Coupon coupon = coupons.get(couponId);
        CouponReservation reserved = new CouponReservation(
                reservationId,
                couponId,
                userId,
                goodsCents,
                Status.RESERVED,
                Math.min(coupon.discountCents(), goodsCents),
                null,
                now,
                now);
        reservations.put(reservationId, reserved);
        if (coupon.singleUse()) {
            holders.put(couponId, reservationId);
        }
        return new Reserved(reserved);
    }

    public synchronized ConfirmOutcome confirm(String reservationId) {
        CouponReservation reservation = reservations.get(reservationId);
        if (reservation == null) {
            return new UnknownReservation(reservationId);
        }
        if (!reservation.holdsCoupon()) {
            return new NotConfirmable(reservation);
        }
        CouponReservation confirmed = reservation.status() == Status.CONFIRMED
                ? reservation
                : reservation.withStatus(Status.CONFIRMED, clock.instant());
        reservations.put(reservationId, confirmed);
        return new Confirmed(confirmed);
    }

    /** Gives the coupon back once; an unknown id succeeds and leaves a tombstone against a late try. */
    public synchronized CouponReservation release(String reservationId) {
        Instant now = clock.instant();
        CouponReservation reservation = reservations.get(reservationId);
        if (reservation == null) {
            CouponReservation tombstone =
                    new CouponReservation(reservationId, null, 0, 0, Status.RELEASED, 0, null, now, now);
            reservations.put(reservationId, tombstone);
            return tombstone;
        }
        if (reservation.status() == Status.RELEASED) {
            return reservation;
        }
        if (reservation.holdsCoupon()) {
            holders.remove(reservation.couponId(), reservationId);
        }
        CouponReservation released = reservation.withStatus(Status.RELEASED, now);
        reservations.put(reservationId, released);
        return released;
    }

    public synchronized Optional<CouponReservation> find(String reservationId) {
        return Optional.ofNullable(reservations.get(reservationId));
    }

    /** Grants a red envelope once per grant id; a repeated grant id returns the first grant. */
    public synchronized Grant grant(String grantId, long userId, long amountCents, String reason) {
        return grants.computeIfAbsent(grantId, id -> new Grant(id, userId, amountCents, reason, clock.instant()));
    }

    /** Grants, oldest first; all users' when {@code userId} is empty. */
    public synchronized List<Grant> grants(Optional<Long> userId) {
        return grants.values().stream()
                .filter(grant -> userId.map(id -> grant.userId() == id).orElse(true))
                .toList();
    }

    public synchronized void reset() {
        reservations.clear();
        holders.clear();
        grants.clear();
    }

    private Optional<RejectReason> refusal(Coupon coupon, long userId, long goodsCents, Instant now) {
        if (coupon == null) {
            return Optional.of(RejectReason.UNKNOWN);
        }
        if (coupon.expiredAt(now)) {
            return Optional.of(RejectReason.EXPIRED);
        }
        if (!coupon.usableBy(userId)) {
            return Optional.of(RejectReason.NOT_OWNER);
        }
        if (goodsCents < coupon.minSpendCents()) {
            return Optional.of(RejectReason.BELOW_MINIMUM_SPEND);
        }
        if (coupon.singleUse() && holders.containsKey(coupon.couponId())) {
            return Optional.of(RejectReason.ALREADY_USED);
        }
        return Optional.empty();
    }

    private static TryOutcome replay(CouponReservation existing) {
        return switch (existing.status()) {
            case RESERVED, CONFIRMED -> new Reserved(existing);
            case REJECTED -> new Invalid(existing, existing.rejectReason());
            case RELEASED -> new AlreadyReleased(existing);
        };
    }
}
