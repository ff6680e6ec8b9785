package io.ordercenter.async.reconciliation.domain;

import java.util.Objects;

/** An order as the order copy has it. */
public record OrderState(OrderRef ref, CopyState state) {

    public OrderState {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(state, "state");
    }
}
