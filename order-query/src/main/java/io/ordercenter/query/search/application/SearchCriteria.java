package io.ordercenter.query.search.application;

import io.ordercenter.contracts.OrderStatus;
import java.time.Instant;

/**
 * What support searches by.
 *
 * @param phonePrefix the first 3 to 11 digits of the customer's phone number
 * @param shopId only this shop's orders, or {@code null}
 * @param status only orders in this status, or {@code null}
 * @param from only orders created at or after this time, or {@code null}
 * @param to only orders created before this time (exclusive), or {@code null}
 */
public record SearchCriteria(String phonePrefix, Long shopId, OrderStatus status, Instant from, Instant to) {

    /** The criteria as text, for binding a cursor to the search it belongs to. */
    String fingerprint() {
        return "search:" + phonePrefix
                + "|shop=" + (shopId == null ? "" : shopId)
                + "|status=" + (status == null ? "" : status.name())
                + "|from=" + (from == null ? "" : from.toEpochMilli())
                + "|to=" + (to == null ? "" : to.toEpochMilli());
    }
}
