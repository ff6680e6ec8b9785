package io.ordercenter.sharding.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.RefundStatus;
import io.ordercenter.sharding.it.Orders;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderSnapshotsTest {

    private static final Instant AT = Instant.parse("2026-11-22T01:00:00.123Z");

    @Test
    void a_row_becomes_the_api_order_with_string_ids_and_lines_in_line_order() {
        OrderWithItems stored = Orders.placed(250_000_000_000_000_042L, 1001, 3, AT);
        List<OrderItemRow> reversed = new java.util.ArrayList<>(stored.items());
        java.util.Collections.reverse(reversed);

        OrderSnapshot order = OrderSnapshots.of(stored.order(), reversed);

        assertThat(order.orderId()).isEqualTo("250000000000000042");
        assertThat(order.userId()).isEqualTo("1001");
        assertThat(order.shopId()).isEqualTo("3");
        assertThat(order.riderId()).isNull();
        assertThat(order.items())
                .extracting(OrderSnapshot.Item::skuId)
                .containsExactlyElementsOf(
                        stored.items().stream().map(OrderItemRow::skuId).toList());
        assertThat(order.address().phone()).isEqualTo(stored.order().phone());
        assertThat(order.createdAt()).isEqualTo(AT);
        assertThat(order.refund()).isNull();
        assertThat(order.version()).isEqualTo(stored.order().version());
    }

    @Test
    void the_latest_refund_is_carried_over() {
        OrderRow row = Orders.placed(250_000_000_000_000_043L, 1002, 3, AT).order().toBuilder()
                .riderId(5001L)
                .refundId("250000000000000043-R1")
                .refundStatus(RefundStatus.SUCCEEDED)
                .refundAmountCents(1200L)
                .refundReason("cold food")
                .refundRequestedAt(AT)
                .refundSucceededAt(AT.plusSeconds(5))
                .build();

        OrderSnapshot order = OrderSnapshots.of(row, List.of());

        assertThat(order.riderId()).isEqualTo("5001");
        assertThat(order.refund())
                .isEqualTo(new OrderSnapshot.Refund(
                        "250000000000000043-R1", RefundStatus.SUCCEEDED, 1200, "cold food", AT, AT.plusSeconds(5)));
    }
}
