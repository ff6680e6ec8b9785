package io.ordercenter.sharding.mybatis;

import io.ordercenter.contracts.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * One keyset page of an owner's orders, newest first ({@code created_at DESC, order_id DESC}).
 *
 * @param ownerId the sharding key of the copy being paged: the user id for {@link
 *     OrderUserMapper#pageByUser}, the shop id for {@link OrderShopMapper#pageByShop}
 * @param status only orders in this status, or {@code null} for all
 * @param createdFrom only orders created at or after this instant, or {@code null}
 * @param createdBefore only orders created before this instant, or {@code null}
 * @param after the cursor: only orders strictly after this position in the order, or {@code null}
 *     for the first page
 * @param limit rows per page, 1..1000
 */
public record OrderPageQuery(
        long ownerId, OrderStatus status, Instant createdFrom, Instant createdBefore, Cursor after, int limit) {

    public static final int MAX_LIMIT = 1000;

    public OrderPageQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** The first page of all of an owner's orders. */
    public static OrderPageQuery first(long ownerId, int limit) {
        return new OrderPageQuery(ownerId, null, null, null, null, limit);
    }

    /** The same query for the page after {@code page}, or {@code null} if {@code page} was the last. */
    public OrderPageQuery next(List<OrderRow> page) {
        if (page.size() < limit) {
            return null;
        }
        return new OrderPageQuery(
                ownerId, status, createdFrom, createdBefore, Cursor.after(page.get(page.size() - 1)), limit);
    }

    /** A position in the newest-first order: {@code (created_at, order_id)} of the last row seen. */
    public record Cursor(Instant createdAt, long orderId) {

        public Cursor {
            java.util.Objects.requireNonNull(createdAt, "createdAt");
        }

        public static Cursor after(OrderRow row) {
            return new Cursor(row.createdAt(), row.orderId());
        }
    }
}
