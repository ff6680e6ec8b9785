package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.routing.ShardRouting;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The order timeline: one entry per (order, kind, version, service), read back per order in time order. */
class TimelineIT {

    private final ItStack stack = ItStack.get();

    @Test
    void a_redelivered_entry_is_stored_once_and_entries_read_back_in_time_order() throws SQLException {
        long userId = Orders.randomId();
        long orderId = stack.ids.next(userId);
        Instant t0 = Instant.parse("2026-05-05T10:00:00.100Z");
        TimelineRow placed = TimelineRow.of(
                orderId, t0, "order-trade", TimelineKinds.STATE_CHANGED, "ORDER_PLACED: -> CREATED", "trace-1", 1L);
        TimelineRow pushed = TimelineRow.of(
                orderId, t0.plusMillis(300), "order-async", TimelineKinds.PUSH_SENT, "USER", "trace-1", 1L);
        TimelineRow paid = TimelineRow.of(
                orderId, t0.plusMillis(200), "order-trade", TimelineKinds.STATE_CHANGED, "ORDER_PAID", "trace-2", 2L);

        assertThat(stack.timeline.insert(placed)).isEqualTo(1);
        assertThat(stack.timeline.insert(placed)).as("redelivered").isZero();
        assertThat(stack.timeline.insert(pushed)).isEqualTo(1);
        assertThat(stack.timeline.insert(paid)).isEqualTo(1);
        assertThat(stack.timeline.insert(TimelineRow.of(
                        orderId, t0.plusSeconds(1), "order-trade", TimelineKinds.STATE_CHANGED, "again", "t", 2L)))
                .isZero();
        TimelineRow attempt = TimelineRow.of(
                orderId, t0.plusSeconds(2), "order-async", TimelineKinds.REFUND_ATTEMPT, "attempt 1", null, null);
        assertThat(stack.timeline.insert(attempt)).isEqualTo(1);
        assertThat(stack.timeline.insert(attempt))
                .as("entries without a version are never merged")
                .isEqualTo(1);

        assertThat(stack.timeline.selectByOrderId(orderId))
                .extracting(TimelineRow::kind, TimelineRow::version, TimelineRow::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TimelineKinds.STATE_CHANGED, 1L, t0),
                        org.assertj.core.groups.Tuple.tuple(TimelineKinds.STATE_CHANGED, 2L, t0.plusMillis(200)),
                        org.assertj.core.groups.Tuple.tuple(TimelineKinds.PUSH_SENT, 1L, t0.plusMillis(300)),
                        org.assertj.core.groups.Tuple.tuple(TimelineKinds.REFUND_ATTEMPT, null, t0.plusSeconds(2)),
                        org.assertj.core.groups.Tuple.tuple(TimelineKinds.REFUND_ATTEMPT, null, t0.plusSeconds(2)));
        assertThat(stack.timeline.selectByOrderId(orderId).get(0))
                .isEqualTo(new TimelineRow(
                        stack.timeline.selectByOrderId(orderId).get(0).id(),
                        orderId,
                        t0,
                        "order-trade",
                        TimelineKinds.STATE_CHANGED,
                        "ORDER_PLACED: -> CREATED",
                        "trace-1",
                        1L));

        int index = ShardRouting.shardOfOrder(orderId);
        assertThat(stack.count(ShardRouting.databaseOf(index), "t_order_timeline_" + index, "order_id", orderId))
                .isEqualTo(5);
        assertThat(stack.timeline.selectByOrderId(stack.ids.next(userId))).isEmpty();
    }

    @Test
    void long_details_and_trace_ids_are_cut_to_their_columns() {
        long orderId = stack.ids.next(Orders.randomId());
        stack.timeline.insert(TimelineRow.of(
                orderId, Instant.now(), "order-async", TimelineKinds.INDEXED, "d".repeat(900), "t".repeat(90), 3L));

        TimelineRow stored = stack.timeline.selectByOrderId(orderId).get(0);
        assertThat(stored.detail()).hasSize(TimelineRow.MAX_DETAIL_LENGTH);
        assertThat(stored.traceId()).hasSize(TimelineRow.MAX_TRACE_ID_LENGTH);
    }
}
