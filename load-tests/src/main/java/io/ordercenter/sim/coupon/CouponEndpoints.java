package io.ordercenter.sim.coupon;

import io.ordercenter.sim.fault.Dependency;
import io.ordercenter.sim.http.BadRequest;
import io.ordercenter.sim.http.Call;
import io.ordercenter.sim.http.Json;
import io.ordercenter.sim.http.JsonBody;
import io.ordercenter.sim.http.Method;
import io.ordercenter.sim.http.Reply;
import io.ordercenter.sim.http.Routes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The coupon service's endpoints, and {@code GET /sim/grants}. */
public final class CouponEndpoints {

    private final Coupons coupons;

    public CouponEndpoints(Coupons coupons) {
        this.coupons = coupons;
    }

    public void register(Routes routes) {
        routes.service(Dependency.COUPON, Method.POST, "/coupons/reservations", this::reserve)
                .service(Dependency.COUPON, Method.POST, "/coupons/reservations/{reservationId}/confirm", this::confirm)
                .service(Dependency.COUPON, Method.POST, "/coupons/reservations/{reservationId}/release", this::release)
                .service(Dependency.COUPON, Method.POST, "/coupons/grants", this::grant)
                .control(Method.GET, "/sim/grants", this::grants);
    }

    private Reply reserve(Call call) {
        JsonBody body = call.json();
        String reservationId = body.id("reservationId");
        String couponId = body.id("couponId");
        long userId = body.numericId("userId");
        long goodsCents = body.integer("goodsCents", 0);
        Coupons.TryOutcome outcome = coupons.reserve(reservationId, couponId, userId, goodsCents);
        if (outcome instanceof Coupons.Reserved reserved) {
            return Reply.ok(Map.of(
                    "reservationId",
                    reservationId,
                    "discountCents",
                    reserved.reservation().discountCents()));
        }
        if (outcome instanceof Coupons.Invalid invalid) {
            return Reply.error(
                    422,
                    "COUPON_INVALID",
                    "reservationId",
                    reservationId,
                    "couponId",
                    couponId,
                    "reason",
                    invalid.reason().name());
        }
        return Reply.error(409, "RESERVATION_RELEASED", "reservationId", reservationId);
    }

    private Reply confirm(Call call) {
        String reservationId = call.path("reservationId");
        Coupons.ConfirmOutcome outcome = coupons.confirm(reservationId);
        if (outcome instanceof Coupons.Confirmed) {
            return Reply.ok(Json.object("reservationId", reservationId, "status", "CONFIRMED"));
        }
        if (outcome instanceof Coupons.NotConfirmable notConfirmable) {
            return Reply.error(
                    409,
                    "RESERVATION_NOT_CONFIRMABLE",
                    "reservationId",
                    reservationId,
                    "status",
                    notConfirmable.reservation().status().name());
        }
        return Reply.error(404, "RESERVATION_NOT_FOUND", "reservationId", reservationId);
    }

    private Reply release(Call call) {
        String reservationId = call.path("reservationId");
        coupons.release(reservationId);
        return Reply.ok(Json.object("reservationId", reservationId, "status", "RELEASED"));
    }

    private Reply grant(Call call) {
        JsonBody body = call.json();
        Grant grant = coupons.grant(
                body.id("grantId"), body.numericId("userId"), body.integer("amountCents", 1), body.text("reason"));
        return Reply.ok(GrantView.of(grant));
    }

    private Reply grants(Call call) {
        Optional<Long> userId = call.query("userId").map(raw -> {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new BadRequest("userId must be a numeric id");
            }
        });
        List<GrantView> items =
                coupons.grants(userId).stream().map(GrantView::of).toList();
        return Reply.ok(Json.object("items", items));
    }

    /** The wire form of a grant. */
    public record GrantView(
            String grantId, String userId, long amountCents, String reason, String status, String grantedAt) {

        static GrantView of(Grant grant) {
            return new GrantView(
                    grant.grantId(),
                    Long.toString(grant.userId()),
                    grant.amountCents(),
                    grant.reason(),
                    "GRANTED",
                    grant.grantedAt().toString());
        }
    }

    /** The inspection view of a coupon reservation ({@code GET /sim/reservations/{id}}). */
    public record ReservationView(
            String reservationId,
            String status,
            String couponId,
            String userId,
            long goodsCents,
            long discountCents,
            String rejectReason,
            String updatedAt) {

        public static ReservationView of(CouponReservation reservation) {
            return new ReservationView(
                    reservation.reservationId(),
                    reservation.status().name(),
                    reservation.couponId(),
                    reservation.couponId() == null ? null : Long.toString(reservation.userId()),
                    reservation.goodsCents(),
                    reservation.discountCents(),
                    reservation.rejectReason() == null
                            ? null
                            : reservation.rejectReason().name(),
                    reservation.updatedAt().toString());
        }
    }
}
