package io.ordercenter.async.search.application;

import io.ordercenter.async.search.domain.IndexOutcome;
import io.ordercenter.contracts.OrderSnapshot;
import java.util.List;
import java.util.Map;

/** The search index of orders, written with external versioning (a version never goes back). */
public interface OrderIndex {

    /**
     * Writes the orders (at most one per order id) in one bulk request.
     *
     * @return the outcome per order id
     * @throws io.ordercenter.contracts.failure.Transient if the index is unavailable (nothing may be
     *     assumed written; writing again is harmless)
     */
    Map<String, IndexOutcome> index(List<OrderSnapshot> orders);
}
