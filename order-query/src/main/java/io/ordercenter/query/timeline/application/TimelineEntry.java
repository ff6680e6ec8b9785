package io.ordercenter.query.timeline.application;

import java.time.Instant;

/**
 * One thing that happened to an order.
 *
 * @param at when it happened (UTC)
 * @param service the service that did it, e.g. {@code order-trade}, {@code order-async}
 * @param kind what happened, e.g. {@code STATE_CHANGED}, {@code PUSH_SENT}, {@code INDEXED}, {@code REFUND_ATTEMPT}
 * @param detail a line for people, or {@code null}
 * @param traceId the trace it happened in, or {@code null}
 * @param version the order version it belongs to, or {@code null}
 */
public record TimelineEntry(Instant at, String service, String kind, String detail, String traceId, Long version) {}
