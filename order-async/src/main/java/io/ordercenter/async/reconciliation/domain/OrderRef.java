package io.ordercenter.async.reconciliation.domain;

/** An order and the keys of its copies: its id, its user (user copy) and its shop (shop copy). */
public record OrderRef(long orderId, long userId, long shopId) {

    public String id() {
        return Long.toString(orderId);
    }
}
