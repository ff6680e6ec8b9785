package io.ordercenter.async.timeout.application;

import io.ordercenter.async.timeout.domain.ExpireResult;

/** order-trade's internal endpoints: orders move only through its state machine. */
public interface TradeOrders {

    /** Cancels the order if it is still unpaid (idempotent). */
    ExpireResult expire(long orderId);
}
