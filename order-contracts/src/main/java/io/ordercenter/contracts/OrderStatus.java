package io.ordercenter.contracts;

/** The lifecycle states of an order, exactly as the public API names them. */
public enum OrderStatus {
    CREATED,
    PAID,
    ACCEPTED,
    READY,
    DELIVERING,
    DELIVERED,
    COMPLETED,
    CANCELLED;

    /** True for states after which the order never moves again (refunds aside). */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
