package io.ordercenter.sharding.mybatis;

import java.time.Instant;
import java.util.Objects;

/**
 * An event waiting to be relayed ({@code t_outbox}, one table per database, placed by {@code
 * order_id}).
 *
 * @param id database-assigned, increasing within one database; {@code null} before insert
 * @param eventId the event's UUID, unique
 * @param payload the event as JSON text (the versioned wire contract)
 * @param publishedAt when the relay handed it to Kafka, or {@code null}
 */
public record OutboxRow(
        Long id,
        String eventId,
        long orderId,
        long version,
        String topic,
        String payload,
        Instant createdAt,
        Instant publishedAt) {

    public OutboxRow {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        if (eventId.length() != 36) {
            throw new IllegalArgumentException("eventId must be a 36-character UUID: " + eventId);
        }
    }

    /** A new, unpublished event. */
    public static OutboxRow pending(
            String eventId, long orderId, long version, String topic, String payload, Instant createdAt) {
        return new OutboxRow(null, eventId, orderId, version, topic, payload, createdAt, null);
    }
}
