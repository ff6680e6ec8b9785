package io.ordercenter.async.timeout.application;

import io.ordercenter.async.order.application.Orders;
import io.ordercenter.async.order.domain.OrderFacts;
import io.ordercenter.async.task.application.TaskHandler;
import io.ordercenter.async.task.domain.DueTask;
import io.ordercenter.async.task.domain.TaskKind;
import io.ordercenter.async.task.domain.TaskOutcome;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.async.timeout.domain.ExpireResult;
import io.ordercenter.contracts.OrderStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * Cancels an order still unpaid when its timeout falls due, through order-trade's state machine (which
 * also releases its reservations). The order copy is read first, so an order that was paid or
 * cancelled meanwhile costs no call; if a payment wins the race after that read, order-trade's
 * compare-and-set refuses the cancellation and the order keeps going: exactly one outcome.
 */
public final class UnpaidTimeoutHandler implements TaskHandler {

    private final Orders orders;
    private final TradeOrders trade;
    private final Timelines timelines;
    private final Clock clock;

    public UnpaidTimeoutHandler(Orders orders, TradeOrders trade, Timelines timelines, Clock clock) {
        this.orders = orders;
        this.trade = trade;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.UNPAID_TIMEOUT;
    }

    @Override
    public TaskOutcome run(DueTask task) {
        Optional<OrderFacts> order = orders.find(task.orderId());
        if (order.isEmpty()) {
            return new TaskOutcome.Done("no such order");
        }
        if (order.get().status() != OrderStatus.CREATED) {
            return new TaskOutcome.Done("already " + order.get().status());
        }
        ExpireResult result = trade.expire(task.orderId());
        if (result instanceof ExpireResult.Expired expired) {
            timelines.add(new TimelineEntry(
                    task.orderId(),
                    clock.instant(),
                    TimelineEntry.ORDER_ASYNC,
                    TimelineEntry.TIMEOUT_CANCELLED,
                    "unpaid after its timeout: order-trade answered " + expired.status() + " at v" + expired.version(),
                    null,
                    expired.version()));
            return new TaskOutcome.Done("expired");
        }
        if (result instanceof ExpireResult.MovedOn movedOn) {
            return new TaskOutcome.Done("moved on meanwhile: " + movedOn.detail());
        }
        if (result instanceof ExpireResult.NoSuchOrder) {
            return new TaskOutcome.Done("no such order in order-trade");
        }
        return new TaskOutcome.RetryLater("busy: " + ((ExpireResult.Busy) result).detail());
    }
}
