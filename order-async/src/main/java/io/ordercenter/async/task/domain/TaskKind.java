package io.ordercenter.async.task.domain;

/** The kinds of delayed work. */
public enum TaskKind {
    /** Cancel an order that is still unpaid when its timeout falls due. */
    UNPAID_TIMEOUT,
    /** Release (order gone or cancelled) or confirm the order's inventory and coupon reservations. */
    RESERVATION_SWEEP,
    /** Ask the payment channel for a refund again, until it confirms. */
    REFUND_RETRY
}
