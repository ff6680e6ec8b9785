package io.ordercenter.async.reconciliation.application;

import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.CopyState;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import java.util.List;
import java.util.Map;

/** One kind of copy of the orders, read for comparison. */
public interface ProjectedCopies {

    Copy copy();

    /**
     * The copy's state of each order that has one, by order id.
     *
     * @throws io.ordercenter.contracts.failure.Transient if the copy's store is unavailable
     */
    Map<String, CopyState> read(List<OrderRef> orders);
}
