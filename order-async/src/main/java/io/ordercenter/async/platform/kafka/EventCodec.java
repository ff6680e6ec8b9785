package io.ordercenter.async.platform.kafka;

import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderSnapshot;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the JSON wire form of {@link OrderEvent} (schema version 1): ids as strings,
 * times as ISO-8601, the order snapshot under {@code payload.order}. Unknown fields are ignored (the
 * contract may grow); anything that does not make a valid event is a {@link PoisonEvent}.
 */
public final class EventCodec {

    /** The payload key of the order snapshot. */
    public static final String PAYLOAD_ORDER = "order";

    private final JsonMapper json;

    public EventCodec() {
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The event in {@code value}, with its snapshot decoded. */
    public ReceivedEvent decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new PoisonEvent("empty message", null);
        }
        OrderEvent event;
        OrderSnapshot order;
        try {
            event = json.readValue(value, OrderEvent.class);
            Object raw = event.payload().get(PAYLOAD_ORDER);
            order = raw == null ? null : json.convertValue(raw, OrderSnapshot.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new PoisonEvent("not a valid order event: " + firstLine(e), e);
        }
        if (event.version() < 1) {
            throw new PoisonEvent("event " + event.eventId() + " has version " + event.version(), null);
        }
        if (!event.orderId().matches("\\d{1,19}")) {
            throw new PoisonEvent("event " + event.eventId() + " has a non-numeric order id", null);
        }
        if (order != null
                && (!Objects.equals(order.orderId(), event.orderId()) || order.version() != event.version())) {
            throw new PoisonEvent(
                    "event " + event.eventId() + " carries a snapshot of another order or version (" + order.orderId()
                            + " v" + order.version() + ")",
                    null);
        }
        return new ReceivedEvent(event, order);
    }

    /** The wire form of {@code event} (what order-trade's outbox stores). */
    public byte[] encode(OrderEvent event) {
        return json.writeValueAsBytes(event);
    }

    /** Any value as JSON (for logs and reports). */
    public JsonMapper mapper() {
        return json;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A message that is not a usable event: never retried, dead-lettered at once. */
    public static final class PoisonEvent extends RuntimeException {

        public PoisonEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
