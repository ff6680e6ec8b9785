package io.ordercenter.async.timeout.infrastructure.http;

import io.ordercenter.async.platform.http.HttpAnswer;
import io.ordercenter.async.platform.http.HttpDependency;
import io.ordercenter.async.timeout.application.Reservations;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inventory and coupon services' {@code POST .../reservations/{id}/release|confirm}. Release
 * answers 200 even for an unknown id; confirm answers 404 for an unknown one (nothing was reserved)
 * and 409 for one already released, both of which leave nothing to do.
 */
public final class HttpReservations implements Reservations {

    private static final Logger log = LoggerFactory.getLogger(HttpReservations.class);

    private final HttpDependency inventory;
    private final HttpDependency coupon;

    public HttpReservations(HttpDependency inventory, HttpDependency coupon) {
        this.inventory = inventory;
        this.coupon = coupon;
    }

    @Override
    public void releaseInventory(String reservationId) {
        settle(inventory, "/inventory/reservations/" + reservationId + "/release");
    }

    @Override
    public void releaseCoupon(String reservationId) {
        settle(coupon, "/coupons/reservations/" + reservationId + "/release");
    }

    @Override
    public void confirmInventory(String reservationId) {
        settle(inventory, "/inventory/reservations/" + reservationId + "/confirm");
    }

    @Override
    public void confirmCoupon(String reservationId) {
        settle(coupon, "/coupons/reservations/" + reservationId + "/confirm");
    }

    private static void settle(HttpDependency service, String path) {
        HttpAnswer answer = service.post(path, null, null);
        if (answer.ok() || answer.status() == 404) {
            return;
        }
        if (answer.status() == 409) {
            log.warn("{} {}: {}", service.name(), path, answer.body());
            return;
        }
        throw new NonTransient(
                ErrorCode.VALIDATION_FAILED, service.name() + " refused " + path + ": " + answer.status());
    }
}
