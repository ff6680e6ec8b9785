package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.refund.domain.RefundId;

/** Schedules retries of a refund until the channel confirms it; called inside the transaction that requests it. */
public interface RefundRetries {

    void schedule(OrderId orderId, RefundId refundId);
}
