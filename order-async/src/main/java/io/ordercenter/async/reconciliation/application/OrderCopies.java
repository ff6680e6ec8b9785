package io.ordercenter.async.reconciliation.application;

import io.ordercenter.async.reconciliation.domain.OrderState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The order copy, the source of truth of reconciliation. */
public interface OrderCopies {

    /** Every order created in {@code [from, to)}, in pages of at most {@code pageSize}. */
    void forEachPage(Instant from, Instant to, int pageSize, Consumer<List<OrderState>> page);

    /** One order as it is now. */
    Optional<OrderState> find(long orderId);
}
