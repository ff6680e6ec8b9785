package io.ordercenter.query.search.application;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.query.platform.paging.Position;
import java.util.List;

/** The search index of orders (fed from the order events by order-async). */
public interface OrderIndex {

    /**
     * Orders matching {@code criteria}, newest first ({@code createdAt DESC, orderId DESC}),
     * strictly after {@code after} (null for the first page).
     *
     * @throws io.ordercenter.contracts.failure.Transient if the index is slow or down
     */
    List<OrderSnapshot> search(SearchCriteria criteria, Position after, int limit);
}
