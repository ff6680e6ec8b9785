package io.ordercenter.async.push.infrastructure.http;

import io.ordercenter.async.platform.http.HttpAnswer;
import io.ordercenter.async.platform.http.HttpDependency;
import io.ordercenter.async.push.application.Notifications;
import io.ordercenter.async.push.domain.Notification;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import java.util.Map;

/** {@code POST /push} of the push service, which dedupes by {@code notificationId}. */
public final class HttpNotifications implements Notifications {

    private final HttpDependency push;

    public HttpNotifications(HttpDependency push) {
        this.push = push;
    }

    @Override
    public void send(Notification notification) {
        HttpAnswer answer = push.post(
                "/push",
                Map.of(
                        "notificationId", notification.notificationId(),
                        "recipientType", notification.recipientType().name(),
                        "recipientId", notification.recipientId(),
                        "orderId", notification.orderId(),
                        "title", notification.title(),
                        "body", notification.body()),
                null);
        if (!answer.ok()) {
            throw new NonTransient(
                    ErrorCode.VALIDATION_FAILED,
                    "push refused " + notification.notificationId() + ": " + answer.status() + " " + answer.body());
        }
    }
}
