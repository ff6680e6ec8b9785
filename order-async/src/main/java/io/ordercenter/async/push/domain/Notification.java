package io.ordercenter.async.push.domain;

import java.util.Objects;

/**
 * One push notification. Its id is {@code <orderId>-<version>-<recipientType>}, so the same state
 * change always produces the same id and the push service delivers it once however often it is sent.
 */
public record Notification(
        String notificationId,
        RecipientType recipientType,
        String recipientId,
        String orderId,
        String title,
        String body) {

    public Notification {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(recipientType, "recipientType");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(orderId, "orderId");
    }

    /** The deterministic id of the notification of {@code recipient} about version {@code version} of an order. */
    public static String idOf(String orderId, long version, RecipientType recipient) {
        return orderId + "-" + version + "-" + recipient.name();
    }
}
