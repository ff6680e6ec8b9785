package io.ordercenter.async.refund.application;

import io.ordercenter.async.order.application.Orders;
import io.ordercenter.async.order.domain.OrderFacts;
import io.ordercenter.async.refund.domain.RefundRequest;
import io.ordercenter.async.refund.domain.RefundResult;
import io.ordercenter.async.task.application.TaskHandler;
import io.ordercenter.async.task.domain.DueTask;
import io.ordercenter.async.task.domain.TaskKind;
import io.ordercenter.async.task.domain.TaskOutcome;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.contracts.failure.Transient;
import java.time.Clock;
import java.util.Optional;

/**
 * Asks the payment channel for a refund until it confirms, then tells order-trade. Every attempt is
 * idempotent by refund id (the channel refunds an id once; order-trade records success once), so an
 * attempt repeated after a crash pays nothing twice. A channel that is down is retried with
 * exponential backoff and jitter without limit; a refund the channel refuses for good is given up
 * and alerted.
 */
public final class RefundRetryHandler implements TaskHandler {

    private final Orders orders;
    private final RefundChannel channel;
    private final TradeRefunds trade;
    private final Timelines timelines;
    private final Clock clock;

    public RefundRetryHandler(
            Orders orders, RefundChannel channel, TradeRefunds trade, Timelines timelines, Clock clock) {
        this.orders = orders;
        this.channel = channel;
        this.trade = trade;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.REFUND_RETRY;
    }

    @Override
    public TaskOutcome run(DueTask task) {
        String refundId = task.ref();
        if (refundId == null) {
            return new TaskOutcome.GiveUp("refund task without a refund id");
        }
        Optional<OrderFacts> found = orders.find(task.orderId());
        if (found.isEmpty()) {
            return new TaskOutcome.GiveUp("order " + task.orderId() + " does not exist");
        }
        OrderFacts order = found.get();
        if (order.refundSucceeded(refundId)) {
            return new TaskOutcome.Done("already confirmed");
        }
        if (!refundId.equals(order.refundId()) || order.refundAmountCents() == null) {
            return new TaskOutcome.GiveUp("refund " + refundId + " is not the order's current refund");
        }
        if (order.payment().isEmpty()) {
            return new TaskOutcome.GiveUp("order " + task.orderId() + " has no payment to refund");
        }
        RefundRequest request =
                new RefundRequest(refundId, order.paymentId(), task.orderId(), order.refundAmountCents());
        RefundResult result;
        try {
            result = channel.refund(request);
        } catch (Transient e) {
            attempt(task, "failed: " + e.getMessage());
            return new TaskOutcome.RetryLater("channel unavailable: " + e.getMessage());
        }
        if (result instanceof RefundResult.Refused refused) {
            attempt(task, "refused: " + refused.reason());
            return new TaskOutcome.GiveUp("channel refused refund " + refundId + ": " + refused.reason());
        }
        attempt(task, "channel refunded " + request.amountCents() + " cents");
        TradeRefunds.Confirmation confirmation = trade.succeeded(task.orderId(), refundId);
        if (!confirmation.known()) {
            return new TaskOutcome.GiveUp("order-trade knows no refund " + refundId);
        }
        timelines.add(new TimelineEntry(
                task.orderId(),
                clock.instant(),
                TimelineEntry.ORDER_ASYNC,
                TimelineEntry.REFUND_SUCCEEDED,
                "refund " + refundId + " confirmed by the channel after " + task.attempt() + " attempt(s)",
                null,
                confirmation.version()));
        return new TaskOutcome.Done("refunded");
    }

    private void attempt(DueTask task, String what) {
        timelines.add(new TimelineEntry(
                task.orderId(),
                clock.instant(),
                TimelineEntry.ORDER_ASYNC,
                TimelineEntry.REFUND_ATTEMPT,
                "refund " + task.ref() + " attempt " + task.attempt() + ": " + what,
                null,
                null));
    }
}
