package io.ordercenter.async.push.domain;

import io.ordercenter.contracts.OrderEvent;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.contracts.OrderStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Which state changes are worth a notification, and to whom.
 *
 * <ul>
 *   <li>paid: the merchant (a new order) and the customer;
 *   <li>accepted, rejected, ready, picked up, delivered: the customer; ready also the rider, once one
 *       is assigned;
 *   <li>cancelled: the customer; the merchant if the order had been paid (it was in the shop's list);
 *       the rider if one was assigned;
 *   <li>refund succeeded: the customer.
 * </ul>
 *
 * Placing, completing and requesting a refund are the customer's own acts: no notification.
 */
public final class PushPolicy {

    private PushPolicy() {}

    public static List<Notification> notificationsFor(OrderEvent event, OrderSnapshot order) {
        List<Notification> notifications = new ArrayList<>();
        switch (event.type()) {
            case ORDER_PAID -> {
                add(
                        notifications,
                        event,
                        order,
                        RecipientType.MERCHANT,
                        "New order",
                        "Order " + order.orderId() + " was paid: " + money(order.payableCents())
                                + ". Please accept it.");
                add(notifications, event, order, RecipientType.USER, "Payment received", "We told the shop.");
            }
            case ORDER_ACCEPTED ->
                add(notifications, event, order, RecipientType.USER, "Order accepted", "The shop is preparing it.");
            case ORDER_REJECTED ->
                add(
                        notifications,
                        event,
                        order,
                        RecipientType.USER,
                        "Order rejected",
                        "The shop cannot take it; " + "your payment is being refunded.");
            case ORDER_READY -> {
                add(notifications, event, order, RecipientType.USER, "Order ready", "Waiting for a rider.");
                add(notifications, event, order, RecipientType.RIDER, "Order ready", "Ready for pickup.");
            }
            case ORDER_PICKED_UP ->
                add(notifications, event, order, RecipientType.USER, "On its way", "A rider picked your order up.");
            case ORDER_DELIVERED ->
                add(notifications, event, order, RecipientType.USER, "Delivered", "Enjoy your meal.");
            case ORDER_CANCELLED -> {
                add(notifications, event, order, RecipientType.USER, "Order cancelled", cancelBody(order));
                if (event.fromStatus() != null && event.fromStatus() != OrderStatus.CREATED) {
                    add(
                            notifications,
                            event,
                            order,
                            RecipientType.MERCHANT,
                            "Order cancelled",
                            "Order " + order.orderId() + " was cancelled.");
                }
                add(notifications, event, order, RecipientType.RIDER, "Order cancelled", "No pickup needed.");
            }
            case REFUND_SUCCEEDED ->
                add(
                        notifications,
                        event,
                        order,
                        RecipientType.USER,
                        "Refund paid",
                        "Your refund"
                                + (order.refund() == null
                                        ? ""
                                        : " of " + money(order.refund().amountCents()))
                                + " is on its way to you.");
            default -> {
                // placed, completed, refund requested: nothing to tell anyone
            }
        }
        return notifications;
    }

    private static void add(
            List<Notification> notifications,
            OrderEvent event,
            OrderSnapshot order,
            RecipientType recipient,
            String title,
            String body) {
        String recipientId =
                switch (recipient) {
                    case USER -> order.userId();
                    case MERCHANT -> order.shopId();
                    case RIDER -> order.riderId();
                };
        if (recipientId == null) {
            return; // e.g. no rider assigned yet
        }
        notifications.add(new Notification(
                Notification.idOf(order.orderId(), event.version(), recipient),
                recipient,
                recipientId,
                order.orderId(),
                title,
                body));
    }

    private static String cancelBody(OrderSnapshot order) {
        return order.paidAt() == null ? "Your order was cancelled." : "Your order was cancelled; it will be refunded.";
    }

    private static String money(long cents) {
        return String.format("%d.%02d", cents / 100, Math.abs(cents % 100));
    }
}
