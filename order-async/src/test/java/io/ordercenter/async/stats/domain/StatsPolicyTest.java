package io.ordercenter.async.stats.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.async.support.Events;
import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderEventType;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsPolicyTest {

    @Test
    void a_completed_order_counts_once_with_its_spend_and_waived_fee() {
        Map<String, Long> totals = apply(Events.lifecycle("1", "11", "22", Instant.now()));

        assertThat(totals)
                .containsEntry("orderCount", 1L)
                .containsEntry("completedCount", 1L)
                .containsEntry("spentCents", Events.PAYABLE)
                .containsEntry("deliveryFeeWaivedCents", Events.WAIVED)
                .doesNotContainKey("cancelledCount");
    }

    @Test
    void placing_an_order_with_a_waived_fee_adds_it_and_cancelling_takes_it_back() {
        Map<String, Long> totals = apply(Events.cancelledUnpaid("1", "11", "22", Instant.now()));

        assertThat(totals)
                .containsEntry("orderCount", 1L)
                .containsEntry("cancelledCount", 1L)
                .containsEntry("deliveryFeeWaivedCents", 0L)
                .doesNotContainKey("spentCents");
    }

    @Test
    void cancelling_a_paid_order_takes_the_spend_back() {
        List<OrderEvent> lifecycle = Events.lifecycle("1", "11", "22", Instant.now());
        OrderSnapshot paid = (OrderSnapshot) lifecycle.get(1).payload().get("order");
        OrderEvent cancelled = Events.event(paid, OrderEventType.ORDER_CANCELLED, OrderStatus.PAID, Map.of());

        Map<String, Long> totals = apply(List.of(lifecycle.get(0), lifecycle.get(1), cancelled));

        assertThat(totals).containsEntry("spentCents", 0L).containsEntry("cancelledCount", 1L);
    }

    @Test
    void an_after_sale_refund_reduces_the_spend() {
        List<OrderEvent> lifecycle = Events.lifecycle("1", "11", "22", Instant.now());
        OrderSnapshot completed = (OrderSnapshot) lifecycle.get(6).payload().get("order");
        OrderSnapshot refunded = Events.withRefund(completed, "RF-1", RefundStatus.SUCCEEDED, 800);
        OrderEvent refund = Events.event(refunded, OrderEventType.REFUND_SUCCEEDED, OrderStatus.COMPLETED, Map.of());

        assertThat(StatsPolicy.deltaFor(refund, refunded).fields()).containsExactly(Map.entry("spentCents", -800L));
    }

    @Test
    void accepting_or_delivering_changes_nothing() {
        List<OrderEvent> lifecycle = Events.lifecycle("1", "11", "22", Instant.now());

        assertThat(StatsPolicy.deltaFor(lifecycle.get(2), order(lifecycle.get(2)))
                        .isEmpty())
                .isTrue();
        assertThat(StatsPolicy.deltaFor(lifecycle.get(5), order(lifecycle.get(5)))
                        .isEmpty())
                .isTrue();
    }

    private static Map<String, Long> apply(List<OrderEvent> events) {
        Map<String, Long> totals = new HashMap<>();
        for (OrderEvent event : events) {
            StatsPolicy.deltaFor(event, order(event)).fields().forEach((k, v) -> totals.merge(k, v, Long::sum));
        }
        return totals;
    }

    private static OrderSnapshot order(OrderEvent event) {
        return (OrderSnapshot) event.payload().get("order");
    }
}
