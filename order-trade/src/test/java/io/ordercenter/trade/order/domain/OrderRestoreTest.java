package io.ordercenter.trade.order.domain;

import static io.ordercenter.trade.order.domain.Orders.at;
import static io.ordercenter.trade.order.domain.Orders.changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.trade.refund.domain.Refund;
import io.ordercenter.trade.refund.domain.RefundId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rebuilding a stored order, as a repository does: every field back, and no state the intents cannot reach. */
class OrderRestoreTest {

    @Test
    void a_stored_order_comes_back_with_every_field() {
        Order original = changed(Orders.deliveredOrderWithOpenRefund().confirm(at(60)));

        Order restored = copyOf(original).build();

        assertThat(restored).usingRecursiveComparison().isEqualTo(original).isNotSameAs(original);
    }

    @Test
    void a_restored_order_carries_on_where_it_stopped() {
        Order restored = copyOf(Orders.paidOrder()).build();

        Order accepted = changed(restored.accept(at(2)));

        assertThat(accepted.version()).isEqualTo(3);
    }

    @Test
    void a_paid_status_without_its_payment_is_refused() {
        Order created = Orders.createdOrder();

        assertThatThrownBy(() -> copyOf(created).status(OrderStatus.PAID).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PAID order without paidAt");
    }

    @Test
    void a_milestone_the_status_has_not_reached_is_refused() {
        Order paid = Orders.paidOrder();

        assertThatThrownBy(() -> copyOf(paid).deliveredAt(at(3)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PAID order with deliveredAt");
    }

    @Test
    void a_cancelled_order_needs_its_reason() {
        Order cancelled = Orders.cancelledUnpaidOrder();

        assertThatThrownBy(() -> copyOf(cancelled).cancelReason(null).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goods_that_do_not_add_up_to_the_lines_are_refused() {
        Order created = Orders.createdOrder();

        assertThatThrownBy(() -> copyOf(created)
                        .charges(new PriceBreakdown(100, 0, 0, 0, 100))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refunds_above_the_payment_are_refused() {
        Order delivered = Orders.deliveredOrder();
        Refund tooMuch = Refund.requested(new RefundId("r1"), Orders.PAYABLE + 1, "x", at(50));

        assertThatThrownBy(() -> copyOf(delivered).refunds(List.of(tooMuch)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refunds exceed the paid amount");
    }

    @Test
    void two_open_refunds_are_refused() {
        Order delivered = Orders.deliveredOrder();
        List<Refund> two = List.of(
                Refund.requested(new RefundId("r1"), 100, "x", at(50)),
                Refund.requested(new RefundId("r2"), 100, "y", at(51)));

        assertThatThrownBy(() -> copyOf(delivered).refunds(two).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at most one refund is open");
    }

    @Test
    void version_starts_at_one() {
        Order created = Orders.createdOrder();

        assertThatThrownBy(() -> copyOf(created).version(0).build()).isInstanceOf(IllegalArgumentException.class);
    }

    /** What a repository does: read every field of the stored order into the restore builder. */
    private static Order.Builder copyOf(Order o) {
        return Order.restore()
                .id(o.id())
                .userId(o.userId())
                .shopId(o.shopId())
                .items(o.items())
                .charges(o.charges())
                .couponId(o.couponId().orElse(null))
                .address(o.address())
                .remark(o.remark().orElse(null))
                .status(o.status())
                .paymentId(o.paymentId().orElse(null))
                .riderId(o.riderId().orElse(null))
                .createdAt(o.createdAt())
                .paidAt(o.paidAt().orElse(null))
                .acceptedAt(o.acceptedAt().orElse(null))
                .readyAt(o.readyAt().orElse(null))
                .pickedUpAt(o.pickedUpAt().orElse(null))
                .deliveredAt(o.deliveredAt().orElse(null))
                .completedAt(o.completedAt().orElse(null))
                .cancelledAt(o.cancelledAt().orElse(null))
                .cancelReason(o.cancelReason().orElse(null))
                .refunds(o.refunds())
                .version(o.version());
    }
}
