package io.ordercenter.trade.order.domain;

import io.ordercenter.trade.payment.domain.PaymentId;
import java.time.Duration;
import java.time.Instant;

/**
 * Orders in every state, each reached through the intents (never by setting a status), from the default placement
 * of {@link Placements}: payable 47.00, paid by {@link #PAYMENT}, picked up by {@link #RIDER}.
 */
public final class Orders {
    public static final OrderId ORDER_ID = new OrderId(1_234_567_890_123L);
    public static final PaymentId PAYMENT = new PaymentId("pay-1");
    public static final RiderId RIDER = new RiderId(88);
    public static final RiderId OTHER_RIDER = new RiderId(89);
    public static final long PAYABLE = Placements.PAYABLE;
    public static final Instant PLACED_AT = Instant.parse("2025-06-01T11:30:00Z");

    private Orders() {}

    /** {@code minutes} after the order was placed. */
    public static Instant at(int minutes) {
        return PLACED_AT.plus(Duration.ofMinutes(minutes));
    }

    public static Order createdOrder() {
        return Order.place(ORDER_ID, Placements.placeable(), PLACED_AT).order();
    }

    public static Order paidOrder() {
        return changed(createdOrder().pay(PAYMENT, PAYABLE, at(1)));
    }

    public static Order acceptedOrder() {
        return changed(paidOrder().accept(at(2)));
    }

    public static Order readyOrder() {
        return changed(acceptedOrder().markReady(at(15)));
    }

    public static Order deliveringOrder() {
        return changed(readyOrder().pickUp(RIDER, at(20)));
    }

    public static Order deliveredOrder() {
        return changed(deliveringOrder().deliver(RIDER, at(35)));
    }

    public static Order completedOrder() {
        return changed(deliveredOrder().confirm(at(40)));
    }

    public static Order cancelledUnpaidOrder() {
        return changed(createdOrder().cancel("changed my mind", Canceller.USER, at(3)));
    }

    /** Cancelled by the customer after paying; its full refund is open. */
    public static Order cancelledPaidOrder() {
        return changed(paidOrder().cancel("changed my mind", Canceller.USER, at(3)));
    }

    /** Rejected by the merchant; its full refund is open. */
    public static Order rejectedOrder() {
        return changed(paidOrder().reject("kitchen closed early", at(3)));
    }

    /** Delivered, with an after-sale refund of 6.00 open. */
    public static Order deliveredOrderWithOpenRefund() {
        Order delivered = deliveredOrder();
        return changed(delivered.requestRefund(delivered.nextRefundId(), 600, "tea was spilled", at(50)));
    }

    /** The order a transition changed to; fails the test if it did not change it. */
    public static Order changed(Transition transition) {
        if (transition instanceof Transition.Applied applied) {
            return applied.order();
        }
        throw new AssertionError("expected the order to change, got " + transition);
    }
}
