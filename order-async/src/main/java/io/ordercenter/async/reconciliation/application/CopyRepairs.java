package io.ordercenter.async.reconciliation.application;

import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.OrderRef;

/** Re-projects a copy of an order from the order copy as it is now; never takes a copy back to an older version. */
public interface CopyRepairs {

    void repair(Copy copy, OrderRef order);
}
