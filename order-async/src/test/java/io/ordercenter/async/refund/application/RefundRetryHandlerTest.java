package io.ordercenter.async.refund.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.order.domain.OrderFacts;
import io.ordercenter.async.refund.domain.RefundRequest;
import io.ordercenter.async.refund.domain.RefundResult;
import io.ordercenter.async.task.domain.DueTask;
import io.ordercenter.async.task.domain.TaskKind;
import io.ordercenter.async.task.domain.TaskOutcome;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import io.ordercenter.contracts.failure.Transient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefundRetryHandlerTest {

    private final List<RefundRequest> requested = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private OrderFacts order = order(RefundStatus.REQUESTED);
    private RefundResult channelAnswer = new RefundResult.Succeeded();
    private boolean channelDown;

    private final RefundRetryHandler handler = new RefundRetryHandler(
            orderId -> Optional.ofNullable(order),
            request -> {
                requested.add(request);
                if (channelDown) {
                    throw Transient.dependencyUnavailable("payment", null);
                }
                return channelAnswer;
            },
            (orderId, refundId) -> new TradeRefunds.Confirmation(confirmed.add(refundId), 5L),
            timeline::add,
            Clock.systemUTC());

    @Test
    void a_confirmed_refund_is_reported_to_order_trade_once_the_channel_pays_it() {
        TaskOutcome outcome = handler.run(task(1));

        assertThat(outcome).isInstanceOf(TaskOutcome.Done.class);
        assertThat(requested).containsExactly(new RefundRequest("RF-1", "PAY-1", 42, 1_500));
        assertThat(confirmed).containsExactly("RF-1");
        assertThat(timeline)
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.REFUND_ATTEMPT, TimelineEntry.REFUND_SUCCEEDED);
    }

    @Test
    void a_channel_that_is_down_means_try_again_later_and_records_the_attempt() {
        channelDown = true;

        assertThat(handler.run(task(3))).isInstanceOf(TaskOutcome.RetryLater.class);
        assertThat(confirmed).isEmpty();
        assertThat(timeline).singleElement().satisfies(entry -> assertThat(entry.detail())
                .startsWith("refund RF-1 attempt 3: failed"));
    }

    @Test
    void a_refund_already_confirmed_asks_the_channel_nothing() {
        order = order(RefundStatus.SUCCEEDED);

        assertThat(handler.run(task(2))).isInstanceOf(TaskOutcome.Done.class);
        assertThat(requested).isEmpty();
    }

    @Test
    void a_refund_the_channel_refuses_for_good_is_given_up() {
        channelAnswer = new RefundResult.Refused("422 REFUND_EXCEEDS_PAYMENT");

        assertThat(handler.run(task(1))).isInstanceOf(TaskOutcome.GiveUp.class);
        assertThat(confirmed).isEmpty();
    }

    private static DueTask task(int attempt) {
        return new DueTask(7, TaskKind.REFUND_RETRY, 42, "RF-1", attempt, Instant.now());
    }

    private static OrderFacts order(RefundStatus status) {
        return new OrderFacts(42, 11, OrderStatus.CANCELLED, 2_800, "PAY-1", "RF-1", status, 1_500L, 4);
    }
}
