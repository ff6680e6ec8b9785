package io.ordercenter.query.platform.paging;

import io.ordercenter.contracts.OrderSnapshot;
import java.time.Instant;
import java.util.Objects;

/**
 * A place in the newest-first order of orders, {@code (createdAt DESC, orderId DESC)}: the last
 * order a page showed. The next page holds only orders strictly after it in that order.
 *
 * @param createdAt the order's creation time, millisecond precision (as stored and indexed)
 * @param orderId the order id, which breaks ties between orders created in the same millisecond
 */
public record Position(Instant createdAt, long orderId) {

    public Position {
        Objects.requireNonNull(createdAt, "createdAt");
        createdAt = Instant.ofEpochMilli(createdAt.toEpochMilli());
    }

    /** The position of an order. */
    public static Position of(OrderSnapshot order) {
        return new Position(order.createdAt(), Long.parseLong(order.orderId()));
    }
}
