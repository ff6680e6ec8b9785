package io.ordercenter.trade.order.domain;

import io.ordercenter.contracts.ErrorCode;
import java.util.List;
import java.util.Objects;

/** Whether an order can be placed: {@link Placeable} with its priced lines, or {@link Rejected} with a reason. */
public sealed interface PlacementDecision {

    /** The order can be placed as priced; pass to {@link Order#place}. */
    record Placeable(PlacementRequest request, List<OrderLine> items, PriceBreakdown charges)
            implements PlacementDecision {
        public Placeable {
            Objects.requireNonNull(request, "request");
            items = List.copyOf(items);
            Objects.requireNonNull(charges, "charges");
        }
    }

    /**
     * An expected business rejection: {@code code} is the API's problem code, {@code detail} a message safe to show
     * the customer.
     */
    record Rejected(ErrorCode code, String detail) implements PlacementDecision {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
