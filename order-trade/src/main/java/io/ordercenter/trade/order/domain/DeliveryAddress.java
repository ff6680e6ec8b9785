package io.ordercenter.trade.order.domain;

import java.util.Objects;

/**
 * Where an order goes. The web layer validates formats; this record only refuses values no order can have.
 *
 * @param lat latitude, or {@code null}; given together with {@code lng}
 * @param lng longitude, or {@code null}; given together with {@code lat}
 */
public record DeliveryAddress(String contactName, String phone, String line1, String city, Double lat, Double lng) {
    public DeliveryAddress {
        requireText(contactName, "contactName");
        requireText(phone, "phone");
        requireText(line1, "line1");
        requireText(city, "city");
        if ((lat == null) != (lng == null)) {
            throw new IllegalArgumentException("lat and lng go together");
        }
        if (lat != null && (lat < -90 || lat > 90 || lng < -180 || lng > 180)) {
            throw new IllegalArgumentException("no such position: " + lat + "," + lng);
        }
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
