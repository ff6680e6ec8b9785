package io.ordercenter.query.timeline.application;

import static io.ordercenter.query.support.Callers.merchant;
import static io.ordercenter.query.support.Callers.rider;
import static io.ordercenter.query.support.Callers.support;
import static io.ordercenter.query.support.Callers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.query.support.Snapshots;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineQueriesTest {

    private static final Instant T0 = Instant.parse("2026-06-01T11:00:00Z");
    private final List<TimelineEntry> entries = List.of(
            new TimelineEntry(T0, "order-trade", "STATE_CHANGED", "CREATED -> PAID", "trace-1", 2L),
            new TimelineEntry(T0.plusMillis(40), "order-async", "PUSH_SENT", "paid", "trace-1", 2L));
    private final TimelineQueries queries = new TimelineQueries(
            orderId -> orderId == 77 ? entries : List.of(),
            orderId -> orderId == 77 || orderId == 78 ? Optional.of(Snapshots.paid(orderId, T0)) : Optional.empty());

    @Test
    void support_reads_every_entry_in_order() {
        assertThat(queries.of(support(), 77)).isEqualTo(new Timeline("77", entries));
        assertThat(queries.of(support(), 78).entries()).isEmpty();
    }

    @Test
    void an_order_that_does_not_exist_is_404() {
        assertThatThrownBy(() -> queries.of(support(), 79))
                .isInstanceOf(NotFound.class)
                .satisfies(e -> assertThat(((NotFound) e).code()).isEqualTo(ErrorCode.ORDER_NOT_FOUND));
    }

    @Test
    void nobody_else_reads_timelines_not_even_the_owner() {
        for (var caller : List.of(user("1001"), merchant("9003", "3"), rider("5001"))) {
            assertThatThrownBy(() -> queries.of(caller, 77))
                    .isInstanceOf(NonTransient.class)
                    .satisfies(e -> assertThat(((NonTransient) e).code()).isEqualTo(ErrorCode.FORBIDDEN));
        }
    }
}
