package io.ordercenter.async.timeout.domain;

import io.ordercenter.contracts.OrderStatus;

/** order-trade's answer to "expire this unpaid order". */
public sealed interface ExpireResult {

    /** The order is cancelled now (by this call or earlier): {@code status} at {@code version}. */
    record Expired(OrderStatus status, long version) implements ExpireResult {}

    /** The order moved on meanwhile (a payment won the race): it keeps going; nothing to do. */
    record MovedOn(String detail) implements ExpireResult {}

    /** No such order (its placement never committed): nothing to do. */
    record NoSuchOrder() implements ExpireResult {}

    /** A change raced this one; ask again shortly. */
    record Busy(String detail) implements ExpireResult {}
}
