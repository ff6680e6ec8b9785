package io.ordercenter.sharding.mybatis;

/** What a delayed task does when it falls due ({@code t_delay_task.kind}). */
public enum DelayTaskKind {
    /** Cancel the order if it is still unpaid ({@code ref} is null). */
    UNPAID_TIMEOUT,
    /** Release or confirm the order's inventory and coupon reservations ({@code ref} is null). */
    RESERVATION_SWEEP,
    /** Ask the payment channel again for a refund ({@code ref} is the refund id). */
    REFUND_RETRY
}
