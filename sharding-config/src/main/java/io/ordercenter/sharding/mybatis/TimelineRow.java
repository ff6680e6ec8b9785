package io.ordercenter.sharding.mybatis;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of an order's timeline ({@code t_order_timeline}, sharded by {@code order_id} like {@code
 * t_order}): a state change or a side effect, when it happened, which service did it, under which
 * trace. At most one entry exists per (order, kind, version, service) when {@code version} is set, so
 * a redelivered event adds nothing.
 *
 * @param id database-assigned, {@code null} before insert
 * @param kind what happened, see {@link TimelineKinds}; at most {@value #MAX_KIND_LENGTH} characters
 * @param service the service that did it, at most {@value #MAX_SERVICE_LENGTH} characters
 * @param detail free text for people, cut to {@value #MAX_DETAIL_LENGTH} characters
 * @param traceId the trace it happened in, or {@code null}; cut to {@value #MAX_TRACE_ID_LENGTH}
 * @param version the order version it belongs to, or {@code null} (such entries are never merged)
 */
public record TimelineRow(
        Long id, long orderId, Instant at, String service, String kind, String detail, String traceId, Long version) {

    public static final int MAX_SERVICE_LENGTH = 32;
    public static final int MAX_KIND_LENGTH = 48;
    public static final int MAX_DETAIL_LENGTH = 500;
    public static final int MAX_TRACE_ID_LENGTH = 64;

    public TimelineRow {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(kind, "kind");
        if (service.isEmpty() || service.length() > MAX_SERVICE_LENGTH) {
            throw new IllegalArgumentException("service must have 1.." + MAX_SERVICE_LENGTH + " characters");
        }
        if (kind.isEmpty() || kind.length() > MAX_KIND_LENGTH) {
            throw new IllegalArgumentException("kind must have 1.." + MAX_KIND_LENGTH + " characters");
        }
        detail = cut(detail, MAX_DETAIL_LENGTH);
        traceId = cut(traceId, MAX_TRACE_ID_LENGTH);
    }

    /** A new entry (millisecond precision, as stored). */
    public static TimelineRow of(
            long orderId, Instant at, String service, String kind, String detail, String traceId, Long version) {
        return new TimelineRow(
                null, orderId, at.truncatedTo(ChronoUnit.MILLIS), service, kind, detail, traceId, version);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
