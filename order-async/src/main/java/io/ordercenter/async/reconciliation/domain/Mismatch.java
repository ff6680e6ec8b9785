package io.ordercenter.async.reconciliation.domain;

import java.util.Objects;

/**
 * One difference between a copy and the order copy.
 *
 * @param field {@code presence}, {@code status}, {@code version} or an amount's name
 * @param expected the order copy's value
 * @param actual the copy's value
 * @param repaired whether this run re-projected the copy from the order copy
 */
public record Mismatch(String orderId, Copy copy, String field, String expected, String actual, boolean repaired) {

    public Mismatch {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(field, "field");
    }

    public Mismatch markRepaired() {
        return new Mismatch(orderId, copy, field, expected, actual, true);
    }
}
