package io.ordercenter.trade.order.infrastructure.mybatis;

import io.ordercenter.sharding.mybatis.DelayTaskMapper;
import io.ordercenter.sharding.mybatis.DelayTaskRow;
import io.ordercenter.trade.order.application.RefundRetries;
import io.ordercenter.trade.order.application.Tasks;
import io.ordercenter.trade.order.application.UnpaidTimeouts;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.refund.domain.RefundId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Delayed work for order-async in {@code t_delay_task} (one table per database, placed by the
 * order id's database), inserted through ShardingSphere so that it joins the caller's transaction.
 * Scheduling the same (kind, order, reference) twice keeps the first.
 */
public final class DelayTasks implements Tasks, UnpaidTimeouts, RefundRetries {

    private final DelayTaskMapper mapper;
    private final Duration unpaidTimeout;
    private final Duration firstRefundRetry;
    private final Clock clock;

    public DelayTasks(DelayTaskMapper mapper, Duration unpaidTimeout, Duration firstRefundRetry, Clock clock) {
        this.mapper = mapper;
        this.unpaidTimeout = unpaidTimeout;
        this.firstRefundRetry = firstRefundRetry;
        this.clock = clock;
    }

    @Override
    public void sweepReservations(OrderId orderId, Instant due) {
        mapper.insert(DelayTaskRow.reservationSweep(orderId.value(), due, clock.instant()));
    }

    @Override
    public void schedule(OrderId orderId, Instant placedAt) {
        mapper.insert(DelayTaskRow.unpaidTimeout(orderId.value(), placedAt, unpaidTimeout, clock.instant()));
    }

    @Override
    public void schedule(OrderId orderId, RefundId refundId) {
        Instant now = clock.instant();
        mapper.insert(DelayTaskRow.refundRetry(orderId.value(), refundId.value(), now.plus(firstRefundRetry), now));
    }
}
