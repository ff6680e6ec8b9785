package io.ordercenter.trade.order.application;

import io.ordercenter.trade.order.domain.OrderId;
import java.time.Instant;

/** Schedules the cancellation of an order that stays unpaid; called inside the placing transaction. */
public interface UnpaidTimeouts {

    void schedule(OrderId orderId, Instant placedAt);
}
