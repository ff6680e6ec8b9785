package io.ordercenter.async.timeout.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.order.domain.OrderFacts;
import io.ordercenter.async.task.domain.DueTask;
import io.ordercenter.async.task.domain.TaskKind;
import io.ordercenter.async.task.domain.TaskOutcome;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.async.timeout.domain.ExpireResult;
import io.ordercenter.contracts.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnpaidTimeoutHandlerTest {

    private final List<Long> expired = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private OrderStatus status = OrderStatus.CREATED;
    private ExpireResult answer = new ExpireResult.Expired(OrderStatus.CANCELLED, 2);

    private final UnpaidTimeoutHandler handler = new UnpaidTimeoutHandler(
            orderId -> status == null
                    ? Optional.empty()
                    : Optional.of(new OrderFacts(orderId, 11, status, 2_800, null, null, null, null, 1)),
            orderId -> {
                expired.add(orderId);
                return answer;
            },
            timeline::add,
            Clock.systemUTC());

    @Test
    void an_order_still_unpaid_is_expired_through_order_trade() {
        assertThat(handler.run(task())).isInstanceOf(TaskOutcome.Done.class);
        assertThat(expired).containsExactly(42L);
        assertThat(timeline).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TimelineEntry.TIMEOUT_CANCELLED);
            assertThat(entry.version()).isEqualTo(2L);
        });
    }

    @Test
    void an_order_paid_before_the_timeout_is_left_alone_without_a_call() {
        status = OrderStatus.PAID;

        assertThat(handler.run(task())).isInstanceOf(TaskOutcome.Done.class);
        assertThat(expired).isEmpty();
    }

    @Test
    void a_payment_winning_the_race_after_the_read_keeps_the_order() {
        answer = new ExpireResult.MovedOn("ILLEGAL_STATE_TRANSITION");

        assertThat(handler.run(task())).isInstanceOf(TaskOutcome.Done.class);
        assertThat(timeline).isEmpty();
    }

    @Test
    void a_racing_change_means_ask_again() {
        answer = new ExpireResult.Busy("CONCURRENT_MODIFICATION");

        assertThat(handler.run(task())).isInstanceOf(TaskOutcome.RetryLater.class);
    }

    @Test
    void an_order_that_was_never_placed_needs_nothing() {
        status = null;

        assertThat(handler.run(task())).isInstanceOf(TaskOutcome.Done.class);
        assertThat(expired).isEmpty();
    }

    private static DueTask task() {
        return new DueTask(1, TaskKind.UNPAID_TIMEOUT, 42, null, 1, Instant.now());
    }
}
