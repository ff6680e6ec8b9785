package io.ordercenter.trade.order.domain;

/** Identifies the rider who picked an order up. */
public record RiderId(long value) {
    public RiderId {
        Ids.requirePositive(value, "rider id");
    }
}
