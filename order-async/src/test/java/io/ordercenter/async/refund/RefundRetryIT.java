package io.ordercenter.async.refund;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.it.AsyncIT;
import io.ordercenter.async.it.Poll;
import io.ordercenter.async.it.StubServices;
import io.ordercenter.async.support.Events;
import io.ordercenter.async.support.Rows;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import io.ordercenter.sharding.mybatis.DelayTaskKind;
import io.ordercenter.sharding.mybatis.DelayTaskRow;
import io.ordercenter.sharding.mybatis.DelayTaskStatus;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import io.ordercenter.sharding.mybatis.TimelineKinds;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refund the channel keeps failing is retried with backoff until it succeeds, raising the alert meanwhile. */
class RefundRetryIT extends AsyncIT {

    @Test
    void a_failing_refund_channel_is_retried_until_the_refund_succeeds() {
        long userId = randomUserId();
        long orderId = newOrderId(userId);
        String refundId = "RF-" + orderId;
        Instant placedAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
        OrderWithItems placed = Rows.placed(orderId, userId, randomUserId(), placedAt);
        OrderRow refunding = placed.order().toBuilder()
                .status(OrderStatus.CANCELLED)
                .paymentId("PAY-" + orderId)
                .paidAt(placedAt.plusSeconds(10))
                .cancelledAt(placedAt.plusSeconds(60))
                .cancelReason("changed my mind")
                .refundId(refundId)
                .refundStatus(RefundStatus.REQUESTED)
                .refundAmountCents(Events.PAYABLE)
                .refundReason("cancelled")
                .refundRequestedAt(placedAt.plusSeconds(60))
                .version(4)
                .build();
        STUBS.failRefund(refundId, 4);
        STUBS.onRefundSucceeded(this::confirm);
        double failuresBefore = counter("ordercenter.refund.retry.failures");
        transactions().executeWithoutResult(status -> {
            orders.insert(new OrderWithItems(refunding, placed.items()));
            delayTasks.insert(DelayTaskRow.refundRetry(orderId, refundId, Instant.now(), Instant.now()));
        });

        Poll.until(
                WAIT,
                "the alert is raised while the channel keeps failing",
                () -> gauge("ordercenter.refund.retry.alerting") >= 1);
        Poll.until(
                WAIT,
                "the refund is confirmed in the order",
                () -> orders.selectOrder(orderId).refundStatus() == RefundStatus.SUCCEEDED);
        Poll.until(WAIT, "its task is done", () -> task(orderId).status() == DelayTaskStatus.DONE);

        assertThat(STUBS.refundAttempts.get(refundId))
                .as("four failures, then success")
                .hasValue(5);
        assertThat(STUBS.refunds.get(refundId))
                .containsEntry("paymentId", "PAY-" + orderId)
                .containsEntry("orderId", Long.toString(orderId))
                .containsEntry("amountCents", (int) Events.PAYABLE);
        assertThat(STUBS.tradeCalls).contains("refund-succeeded " + refundId + " [SYSTEM]");
        assertThat(task(orderId).attempts()).isEqualTo(5);
        assertThat(counter("ordercenter.refund.retry.failures") - failuresBefore)
                .isGreaterThanOrEqualTo(4);
        Poll.until(
                WAIT,
                "every attempt is in the timeline",
                () -> timelineCount(orderId, TimelineKinds.REFUND_ATTEMPT) == 5
                        && timelineCount(orderId, TimelineKinds.REFUND_SUCCEEDED) == 1);
    }

    /** order-trade's "refund succeeded": marks the order's refund SUCCEEDED by compare-and-set, idempotently. */
    private StubServices.Answer confirm(String refundId) {
        long orderId = Long.parseLong(refundId.substring(3));
        OrderRow row = orders.selectOrder(orderId);
        if (row.refundStatus() != RefundStatus.SUCCEEDED) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            orders.compareAndSet(
                    row.toBuilder()
                            .refundStatus(RefundStatus.SUCCEEDED)
                            .refundSucceededAt(now)
                            .version(row.version() + 1)
                            .updatedAt(now)
                            .build(),
                    row.version());
        }
        return new StubServices.Answer(200, Map.of("refundId", refundId, "status", "SUCCEEDED"));
    }

    private DelayTaskRow task(long orderId) {
        return delayTasks.selectByOrderId(orderId).stream()
                .filter(t -> t.kind() == DelayTaskKind.REFUND_RETRY)
                .findFirst()
                .orElseThrow();
    }
}
