package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.OrderId;
import java.time.Instant;

/**
 * Durable delayed work that order-async carries out (stored with the order's shard). Scheduling
 * one is idempotent per (kind, order, reference).
 */
public interface Tasks {

    /**
     * Before reservations are tried: if the order is never stored, or is cancelled, the sweeper
     * releases them; if it is stored, the sweeper confirms them.
     */
    void sweepReservations(OrderId orderId, Instant due);
}
