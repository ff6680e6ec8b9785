package io.ordercenter.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One state change of one order, as published on {@link Topics#ORDER_EVENTS} keyed by order id.
 *
 * <p>This record is the versioned wire contract ({@link #SCHEMA_VERSION}); ids travel as strings so
 * that 64-bit values survive JavaScript consumers. {@code payload} carries type-specific fields
 * (amounts, reasons, the order snapshot) as plain JSON values.
 */
public record OrderEvent(
        String eventId,
        String orderId,
        String userId,
        String shopId,
        OrderEventType type,
        OrderStatus fromStatus,
        OrderStatus toStatus,
        long version,
        Instant occurredAt,
        String traceId,
        Map<String, Object> payload) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * The event id of an order's change to {@code version}: a name-based UUID, so the same change
     * always has the same id and a re-sent event is recognisable as such.
     */
    public static String idFor(String orderId, long version) {
        return java.util
                .UUID
                .nameUUIDFromBytes((orderId + "-" + version).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    public OrderEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(occurredAt, "occurredAt");
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}
