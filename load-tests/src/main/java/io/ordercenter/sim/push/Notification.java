package io.ordercenter.sim.push;

import java.time.Instant;

/** A delivered push notification. */
public record Notification(
        String notificationId,
        RecipientType recipientType,
        String recipientId,
        String orderId,
        String title,
        String body,
        Instant deliveredAt) {

    /** Who receives a notification. */
    public enum RecipientType {
        USER,
        MERCHANT,
        RIDER
    }
}
