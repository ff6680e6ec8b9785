package io.ordercenter.trade.order.domain;

/** Shared validation for the numeric typed ids. */
final class Ids {
    private Ids() {}

    static void requirePositive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}
