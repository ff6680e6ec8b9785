package io.ordercenter.query.order.application;

import io.ordercenter.contracts.OrderSnapshot;
import java.util.Optional;

/** The source of truth: every order by id (the order copy, sharded by order id). */
public interface Orders {

    /**
     * The order, or empty if no order has this id.
     *
     * @throws io.ordercenter.contracts.failure.Transient if the store is unavailable
     */
    Optional<OrderSnapshot> find(long orderId);
}
