package io.ordercenter.async.event.domain;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.failure.NonTransient;
import java.util.Objects;
import java.util.Optional;

/**
 * One state-change event as consumed from {@code order-events}, with the order snapshot its payload
 * carries ({@code payload.order}, the order exactly at the event's version) already decoded.
 *
 * @param order the snapshot, or {@code null} when the event carried none
 */
public record ReceivedEvent(OrderEvent event, OrderSnapshot order) {

    public ReceivedEvent {
        Objects.requireNonNull(event, "event");
    }

    public String orderId() {
        return event.orderId();
    }

    public long version() {
        return event.version();
    }

    /** The numeric order id; a non-numeric one makes the event unusable (poison). */
    public long numericOrderId() {
        try {
            return Long.parseLong(event.orderId());
        } catch (NumberFormatException e) {
            throw new NonTransient(ErrorCode.VALIDATION_FAILED, "order id is not numeric: " + event.orderId());
        }
    }

    /** The snapshot, which every projection needs; an event without one is poison for them. */
    public OrderSnapshot requireOrder() {
        return Optional.ofNullable(order)
                .orElseThrow(() -> new NonTransient(
                        ErrorCode.VALIDATION_FAILED, "event " + event.eventId() + " carries no order snapshot"));
    }

    /** A payload field as text, if present. */
    public Optional<String> payloadText(String key) {
        return Optional.ofNullable(event.payload().get(key)).map(String::valueOf);
    }
}
