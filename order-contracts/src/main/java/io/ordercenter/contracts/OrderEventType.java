package io.ordercenter.contracts;

/** What happened to an order; one value per kind of state change or side effect on the wire. */
public enum OrderEventType {
    ORDER_PLACED,
    ORDER_PAID,
    ORDER_ACCEPTED,
    ORDER_REJECTED,
    ORDER_READY,
    ORDER_PICKED_UP,
    ORDER_DELIVERED,
    ORDER_COMPLETED,
    ORDER_CANCELLED,
    REFUND_REQUESTED,
    REFUND_SUCCEEDED
}
