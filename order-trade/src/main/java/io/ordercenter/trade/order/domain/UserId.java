package io.ordercenter.trade.order.domain;

/** Identifies a customer (owned by the user service; referenced by id only). */
public record UserId(long value) {
    public UserId {
        Ids.requirePositive(value, "user id");
    }
}
