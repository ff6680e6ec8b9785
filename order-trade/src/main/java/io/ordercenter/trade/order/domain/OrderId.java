package io.ordercenter.trade.order.domain;

/** Identifies an order: the 64-bit, time-ordered id that also routes it to its shard. */
public record OrderId(long value) {
    public OrderId {
        Ids.requirePositive(value, "order id");
    }
}
