package io.ordercenter.async.timeline.domain;

import io.ordercenter.async.event.domain.ReceivedEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an order's timeline: what happened, when, done by which service, in which trace, at
 * which order version. Entries with a version are written at most once per (order, kind, version,
 * service), so a redelivered event adds nothing.
 */
public record TimelineEntry(
        long orderId, Instant at, String service, String kind, String detail, String traceId, Long version) {

    /** The service name of everything order-async does. */
    public static final String ORDER_ASYNC = "order-async";

    /** The service that made every state change. */
    public static final String ORDER_TRADE = "order-trade";

    public static final String STATE_CHANGED = "STATE_CHANGED";
    public static final String PUSH_SENT = "PUSH_SENT";
    public static final String INDEXED = "INDEXED";
    public static final String SHOP_COPY_UPDATED = "SHOP_COPY_UPDATED";
    public static final String CACHE_EVICTED = "CACHE_EVICTED";
    public static final String STATS_APPLIED = "STATS_APPLIED";
    public static final String RED_ENVELOPE_GRANTED = "RED_ENVELOPE_GRANTED";
    public static final String TIMEOUT_CANCELLED = "TIMEOUT_CANCELLED";
    public static final String RESERVATIONS_SETTLED = "RESERVATIONS_SETTLED";
    public static final String REFUND_ATTEMPT = "REFUND_ATTEMPT";
    public static final String REFUND_SUCCEEDED = "REFUND_SUCCEEDED";
    public static final String RECONCILIATION_REPAIRED = "RECONCILIATION_REPAIRED";

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(kind, "kind");
    }

    /** The state change an event reports, as order-trade made it. */
    public static TimelineEntry stateChanged(ReceivedEvent received) {
        var event = received.event();
        String detail = event.type() + ": " + (event.fromStatus() == null ? "-" : event.fromStatus()) + " -> "
                + event.toStatus();
        return new TimelineEntry(
                received.numericOrderId(),
                event.occurredAt(),
                ORDER_TRADE,
                STATE_CHANGED,
                detail,
                event.traceId(),
                event.version());
    }

    /** A side effect order-async caused for {@code received}, now. */
    public static TimelineEntry effect(ReceivedEvent received, String kind, String detail, Instant at) {
        return new TimelineEntry(
                received.numericOrderId(),
                at,
                ORDER_ASYNC,
                kind,
                detail,
                received.event().traceId(),
                received.version());
    }
}
