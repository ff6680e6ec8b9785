package io.ordercenter.async.stats.domain;

import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;

/**
 * How each state change moves a user's precomputed figures.
 *
 * <ul>
 *   <li>placed: one more order; the waived delivery fee is added to {@code deliveryFeeWaivedCents};
 *   <li>paid: the payable amount is added to {@code spentCents};
 *   <li>completed: one more completed order;
 *   <li>cancelled (by the user, the timeout or the merchant's rejection): one more cancelled order;
 *       the waived fee is taken back; if it had been paid, so is the spend (the refund follows);
 *   <li>refund succeeded on an order that was not cancelled (after-sale): the refund is taken off the
 *       spend.
 * </ul>
 */
public final class StatsPolicy {

    private StatsPolicy() {}

    public static StatsDelta deltaFor(OrderEvent event, OrderSnapshot order) {
        return switch (event.type()) {
            case ORDER_PLACED -> new StatsDelta(1, 0, 0, order.deliveryFeeWaivedCents(), 0);
            case ORDER_PAID -> new StatsDelta(0, 0, 0, 0, order.payableCents());
            case ORDER_COMPLETED -> new StatsDelta(0, 1, 0, 0, 0);
            case ORDER_CANCELLED, ORDER_REJECTED ->
                new StatsDelta(
                        0, 0, 1, -order.deliveryFeeWaivedCents(), order.paidAt() == null ? 0 : -order.payableCents());
            case REFUND_SUCCEEDED ->
                order.status() == OrderStatus.CANCELLED || order.refund() == null
                        ? StatsDelta.NONE
                        : new StatsDelta(0, 0, 0, 0, -order.refund().amountCents());
            default -> StatsDelta.NONE;
        };
    }
}
