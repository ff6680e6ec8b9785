package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.OrderId;

/**
 * The read side's cached copies of orders. Told right after a state change commits and before the
 * change is answered, so that a read following the answer shows that state or a newer one
 * (read-your-writes) instead of waiting for the change's event to reach order-async.
 */
public interface CachedOrders {

    /**
     * Makes reads of {@code id} show {@code version} or newer from now on. Never throws: the change is
     * committed whatever happens here, and its answer stands. If the cache cannot be told now, an
     * implementation keeps trying for a while; order-async's eviction after the event and the
     * entry's TTL remain the backstop.
     */
    void changed(OrderId id, long version);
}
