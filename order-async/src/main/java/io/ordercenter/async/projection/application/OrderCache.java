package io.ordercenter.async.projection.application;

/** The order-detail cache order-query reads (cache-aside). */
public interface OrderCache {

    /**
     * Drops the cached order and the "no such order" marker, so the next read loads the current
     * order, and raises the order's version floor to {@code version}, so that a read that loaded an
     * older version before this change cannot cache it afterwards.
     */
    void evict(String orderId, long version);
}
