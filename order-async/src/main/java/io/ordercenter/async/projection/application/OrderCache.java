package io.ordercenter.async.projection.application;

/** The order-detail cache order-query reads (cache-aside). */
public interface OrderCache {

    /** Drops the cached order and the "no such order" marker, so the next read loads the current order. */
    void evict(String orderId);
}
