package io.ordercenter.trade.order.domain;

import static io.ordercenter.trade.order.domain.Orders.ORDER_ID;
import static io.ordercenter.trade.order.domain.Orders.OTHER_RIDER;
import static io.ordercenter.trade.order.domain.Orders.PAYABLE;
import static io.ordercenter.trade.order.domain.Orders.PAYMENT;
import static io.ordercenter.trade.order.domain.Orders.PLACED_AT;
import static io.ordercenter.trade.order.domain.Orders.RIDER;
import static io.ordercenter.trade.order.domain.Orders.at;
import static io.ordercenter.trade.order.domain.Orders.changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.contracts.RefundStatus;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderAccepted;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderCancelled;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderCompleted;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderDelivered;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderPaid;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderPickedUp;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderPlaced;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderReady;
import io.ordercenter.trade.order.domain.OrderDomainEvent.OrderRejected;
import io.ordercenter.trade.order.domain.OrderDomainEvent.RefundRequested;
import io.ordercenter.trade.order.domain.PlacementDecision.Placeable;
import io.ordercenter.trade.payment.domain.PaymentId;
import io.ordercenter.trade.refund.domain.Refund;
import io.ordercenter.trade.refund.domain.RefundId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {

    @Test
    void placing_an_order_creates_it_at_version_1_with_one_order_placed_event() {
        Placeable placeable = Placements.placeable();

        Transition.Applied placed = Order.place(ORDER_ID, placeable, PLACED_AT);

        Order order = placed.order();
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.version()).isEqualTo(1);
        assertThat(order.items()).isEqualTo(placeable.items());
        assertThat(order.charges().payableCents()).isEqualTo(PAYABLE);
        assertThat(order.createdAt()).isEqualTo(PLACED_AT);
        assertThat(order.remark()).contains("no chili");
        assertThat(order.paidAt()).isEmpty();
        assertThat(order.refunds()).isEmpty();
        assertThat(placed.events())
                .containsExactly(
                        new OrderPlaced(ORDER_ID, 1, PLACED_AT, Placements.USER, Placements.SHOP, placeable.charges()));
    }

    @Test
    void paying_the_payable_amount_marks_the_order_paid() {
        Transition transition = Orders.createdOrder().pay(PAYMENT, PAYABLE, at(1));

        Order paid = changed(transition);
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paymentId()).contains(PAYMENT);
        assertThat(paid.paidAt()).contains(at(1));
        assertThat(paid.paidCents()).isEqualTo(PAYABLE);
        assertThat(transition.events()).containsExactly(new OrderPaid(ORDER_ID, 2, at(1), PAYMENT, PAYABLE));
    }

    @Test
    void paying_another_amount_is_refused_as_a_mismatch() {
        Order created = Orders.createdOrder();

        Transition transition = created.pay(PAYMENT, PAYABLE - 1, at(1));

        assertThat(transition).isInstanceOfSatisfying(Transition.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.PAYMENT_AMOUNT_MISMATCH);
            assertThat(refused.detail()).isEqualTo("paid 4699 cents, payable is 4700 cents");
        });
        assertThat(transition.events()).isEmpty();
        assertThat(created.status()).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void a_second_payment_for_a_paid_order_is_an_illegal_transition() {
        Order paid = Orders.paidOrder();

        assertThatThrownBy(() -> paid.pay(new PaymentId("pay-2"), PAYABLE, at(2)))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessage("order 1234567890123 cannot PAY when PAID");
    }

    @Test
    void a_payment_for_an_order_cancelled_meanwhile_is_an_illegal_transition() {
        Order cancelled = Orders.cancelledUnpaidOrder();

        assertThatThrownBy(() -> cancelled.pay(PAYMENT, PAYABLE, at(4)))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(OrderStatus.CANCELLED);
                    assertThat(e.action()).isEqualTo(OrderAction.PAY);
                });
    }

    @Test
    void a_payment_callback_repeated_after_the_merchant_accepted_is_already_done() {
        Order accepted = Orders.acceptedOrder();

        Transition transition = accepted.pay(PAYMENT, PAYABLE, at(1));

        assertThat(transition).isEqualTo(Transition.alreadyDone(accepted));
    }

    @Test
    void the_happy_path_records_every_milestone_with_one_version_per_change() {
        List<OrderDomainEvent> events = new ArrayList<>();
        Order order = Order.place(ORDER_ID, Placements.placeable(), PLACED_AT).order();
        List<Function<Order, Transition>> steps = List.of(
                o -> o.pay(PAYMENT, PAYABLE, at(1)),
                o -> o.accept(at(2)),
                o -> o.markReady(at(15)),
                o -> o.pickUp(RIDER, at(20)),
                o -> o.deliver(RIDER, at(35)),
                o -> o.confirm(at(40)));
        for (Function<Order, Transition> step : steps) {
            Transition transition = step.apply(order);
            events.addAll(transition.events());
            order = changed(transition);
        }

        assertThat(events)
                .containsExactly(
                        new OrderPaid(ORDER_ID, 2, at(1), PAYMENT, PAYABLE),
                        new OrderAccepted(ORDER_ID, 3, at(2)),
                        new OrderReady(ORDER_ID, 4, at(15)),
                        new OrderPickedUp(ORDER_ID, 5, at(20), RIDER),
                        new OrderDelivered(ORDER_ID, 6, at(35), RIDER),
                        new OrderCompleted(ORDER_ID, 7, at(40)));
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.version()).isEqualTo(7);
        assertThat(List.of(
                        order.paidAt(),
                        order.acceptedAt(),
                        order.readyAt(),
                        order.pickedUpAt(),
                        order.deliveredAt(),
                        order.completedAt()))
                .containsExactly(
                        Optional.of(at(1)),
                        Optional.of(at(2)),
                        Optional.of(at(15)),
                        Optional.of(at(20)),
                        Optional.of(at(35)),
                        Optional.of(at(40)));
        assertThat(order.riderId()).contains(RIDER);
        assertThat(order.cancelledAt()).isEmpty();
    }

    @Test
    void cancelling_an_unpaid_order_starts_no_refund() {
        Transition transition = Orders.createdOrder().cancel("changed my mind", Canceller.USER, at(3));

        Order cancelled = changed(transition);
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).contains("changed my mind");
        assertThat(cancelled.cancelledAt()).contains(at(3));
        assertThat(cancelled.refunds()).isEmpty();
        assertThat(transition.events())
                .containsExactly(
                        new OrderCancelled(ORDER_ID, 2, at(3), OrderStatus.CREATED, "changed my mind", Canceller.USER));
    }

    @Test
    void the_unpaid_timeout_cancels_an_unpaid_order() {
        Transition transition = Orders.createdOrder().cancel("not paid in 15 minutes", Canceller.SYSTEM, at(15));

        assertThat(changed(transition).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(transition.events()).singleElement().isInstanceOf(OrderCancelled.class);
    }

    @Test
    void cancelling_a_paid_order_starts_a_refund() {
        Transition transition = Orders.paidOrder().cancel("changed my mind", Canceller.USER, at(3));

        Order cancelled = changed(transition);
        RefundId refundId = new RefundId("1234567890123-R1");
        assertThat(transition.events())
                .containsExactly(
                        new OrderCancelled(ORDER_ID, 3, at(3), OrderStatus.PAID, "changed my mind", Canceller.USER),
                        new RefundRequested(
                                ORDER_ID, 4, at(3), OrderStatus.CANCELLED, refundId, PAYABLE, "changed my mind"));
        assertThat(cancelled.version()).isEqualTo(4);
        assertThat(cancelled.openRefund()).contains(Refund.requested(refundId, PAYABLE, "changed my mind", at(3)));
        assertThat(cancelled.refundableCents()).isZero();
    }

    @Test
    void support_can_cancel_a_paid_order_for_the_customer() {
        Transition transition = Orders.paidOrder().cancel("customer called", Canceller.SUPPORT, at(3));

        assertThat(transition.events())
                .extracting(OrderDomainEvent::getClass)
                .containsExactly(OrderCancelled.class, RefundRequested.class);
    }

    @Test
    void rejecting_a_paid_order_cancels_it_and_refunds_the_whole_payment() {
        Transition transition = Orders.paidOrder().reject("kitchen closed early", at(3));

        Order rejected = changed(transition);
        assertThat(rejected.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rejected.cancelReason()).contains("kitchen closed early");
        assertThat(transition.events())
                .containsExactly(
                        new OrderRejected(ORDER_ID, 3, at(3), "kitchen closed early"),
                        new RefundRequested(
                                ORDER_ID,
                                4,
                                at(3),
                                OrderStatus.CANCELLED,
                                new RefundId("1234567890123-R1"),
                                PAYABLE,
                                "kitchen closed early"));
    }

    @Test
    void the_unpaid_timeout_never_cancels_a_paid_order() {
        Order paid = Orders.paidOrder();

        assertThatThrownBy(() -> paid.cancel("not paid in 15 minutes", Canceller.SYSTEM, at(15)))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(OrderStatus.PAID);
                    assertThat(e.action()).isEqualTo(OrderAction.CANCEL);
                });
    }

    @Test
    void the_customer_cannot_cancel_once_the_merchant_accepted() {
        Order accepted = Orders.acceptedOrder();

        assertThatThrownBy(() -> accepted.cancel("too slow", Canceller.USER, at(5)))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessage("order 1234567890123 cannot CANCEL when ACCEPTED");
    }

    @Test
    void repeating_a_transition_changes_nothing_and_keeps_the_version() {
        Order accepted = Orders.acceptedOrder();

        Transition again = accepted.accept(at(9));

        assertThat(again).isEqualTo(Transition.alreadyDone(accepted));
        assertThat(again.events()).isEmpty();
        assertThat(accepted.acceptedAt()).contains(at(2));
        assertThat(accepted.version()).isEqualTo(3);
    }

    @Test
    void an_intent_the_order_carried_out_before_moving_on_is_already_done() {
        Order completed = Orders.completedOrder();

        assertThat(List.of(
                        completed.pay(PAYMENT, PAYABLE, at(60)),
                        completed.accept(at(60)),
                        completed.markReady(at(60)),
                        completed.pickUp(RIDER, at(60)),
                        completed.deliver(RIDER, at(60)),
                        completed.confirm(at(60))))
                .containsOnly(Transition.alreadyDone(completed));
    }

    @Test
    void cancelling_a_cancelled_order_again_is_already_done_whoever_cancelled_it() {
        Order rejected = Orders.rejectedOrder();

        assertThat(rejected.cancel("never mind", Canceller.USER, at(9))).isEqualTo(Transition.alreadyDone(rejected));
        assertThat(rejected.reject("too busy", at(9))).isEqualTo(Transition.alreadyDone(rejected));
    }

    @Test
    void another_rider_cannot_pick_up_an_order_already_picked_up() {
        Order delivering = Orders.deliveringOrder();

        assertThatThrownBy(() -> delivering.pickUp(OTHER_RIDER, at(21)))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class, e -> assertThat(e.action())
                        .isEqualTo(OrderAction.PICK_UP));
    }

    @Test
    void only_the_assigned_rider_can_deliver() {
        Transition byOther = Orders.deliveringOrder().deliver(OTHER_RIDER, at(30));
        Transition repeatedByOther = Orders.deliveredOrder().deliver(OTHER_RIDER, at(36));

        assertThat(List.of(byOther, repeatedByOther)).allSatisfy(transition -> assertThat(transition)
                .isInstanceOfSatisfying(Transition.Refused.class, refused -> assertThat(refused.code())
                        .isEqualTo(ErrorCode.FORBIDDEN)));
    }

    @Test
    void a_free_order_cancelled_after_payment_starts_no_refund() {
        Placeable free = (Placeable) OrderPlacement.decide(
                Placements.request(Placements.COUPON, Placements.line(Placements.TEA, 1)),
                Optional.of(Placements.openShop()),
                Placements.menu(),
                true,
                Optional.of(new CouponOffer(Placements.COUPON, true, null, 600, 0)));
        assertThat(free.charges().payableCents()).isZero();
        Order paid = changed(Order.place(ORDER_ID, free, PLACED_AT).order().pay(PAYMENT, 0, at(1)));

        Transition transition = paid.cancel("changed my mind", Canceller.USER, at(2));

        assertThat(transition.events()).singleElement().isInstanceOf(OrderCancelled.class);
        assertThat(changed(transition).refunds()).isEmpty();
    }

    @Test
    void the_refund_a_cancellation_started_succeeds_when_the_channel_confirms() {
        Order cancelled = Orders.cancelledPaidOrder();
        RefundId refundId = cancelled.openRefund().orElseThrow().id();

        Order refunded = changed(cancelled.refundSucceeded(refundId, at(10)));

        assertThat(refunded.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(refunded.latestRefund().map(Refund::status)).contains(RefundStatus.SUCCEEDED);
        assertThat(refunded.refundedCents()).isEqualTo(PAYABLE);
        assertThat(refunded.version()).isEqualTo(cancelled.version() + 1);
    }
}
