package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.Transition;
import java.util.Optional;

/** The stored orders: the order row, its items, the user copy and the outbox, always written together. */
public interface Orders {

    Optional<Order> find(OrderId id);

    /**
     * Stores a new order in one local transaction: the order and its items, the user copy, its
     * events in the outbox, its unpaid-timeout task, and the idempotency record marked completed.
     */
    void insert(Transition.Applied placed, PlacementKey key, String traceId);

    /**
     * Stores a state change as a compare-and-set on (order id, version) of the order row and the user
     * copy, with its events in the outbox and any follow-up tasks, in one local transaction.
     *
     * @return false if the order changed since {@code expectedVersion} (nothing was written)
     */
    boolean update(Transition.Applied change, long expectedVersion, String traceId);
}
