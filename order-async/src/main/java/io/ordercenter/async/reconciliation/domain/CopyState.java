package io.ordercenter.async.reconciliation.domain;

import io.ordercenter.contracts.OrderStatus;
import java.util.Map;
import java.util.Objects;

/** What reconciliation compares of one copy of an order: status, version and the amounts. */
public record CopyState(OrderStatus status, long version, Map<String, Long> amounts) {

    public CopyState {
        Objects.requireNonNull(status, "status");
        amounts = Map.copyOf(amounts);
    }

    /** The amounts of an order by name, as the API names them. */
    public static Map<String, Long> amounts(
            long goodsCents,
            long deliveryFeeCents,
            long deliveryFeeWaivedCents,
            long discountCents,
            long payableCents) {
        return Map.of(
                "goodsCents", goodsCents,
                "deliveryFeeCents", deliveryFeeCents,
                "deliveryFeeWaivedCents", deliveryFeeWaivedCents,
                "discountCents", discountCents,
                "payableCents", payableCents);
    }
}
