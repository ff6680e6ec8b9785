package io.ordercenter.query.order.application;

import io.ordercenter.contracts.OrderStatus;
import java.time.Instant;

/**
 * The optional filters of an order list.
 *
 * @param status only orders in this status, or {@code null}
 * @param from only orders created at or after this time, or {@code null}
 * @param to only orders created before this time (exclusive), or {@code null}
 */
public record ListFilter(OrderStatus status, Instant from, Instant to) {

    public static final ListFilter NONE = new ListFilter(null, null, null);

    /** The filters as text, for binding a cursor to the query it belongs to. */
    String fingerprint() {
        return "|status=" + (status == null ? "" : status.name())
                + "|from=" + (from == null ? "" : from.toEpochMilli())
                + "|to=" + (to == null ? "" : to.toEpochMilli());
    }
}
