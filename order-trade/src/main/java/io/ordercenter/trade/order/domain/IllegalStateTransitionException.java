package io.ordercenter.trade.order.domain;

import io.ordercenter.contracts.OrderStatus;
import java.util.Objects;

/**
 * An intent the order's current state does not allow, and which the order has not already carried out; the API
 * answers {@code 409 ILLEGAL_STATE_TRANSITION}.
 */
public final class IllegalStateTransitionException extends RuntimeException {
    private final OrderId orderId;
    private final OrderStatus from;
    private final OrderAction action;

    public IllegalStateTransitionException(OrderId orderId, OrderStatus from, OrderAction action) {
        super("order " + orderId.value() + " cannot " + action + " when " + from);
        this.orderId = Objects.requireNonNull(orderId);
        this.from = Objects.requireNonNull(from);
        this.action = Objects.requireNonNull(action);
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderAction action() {
        return action;
    }
}
