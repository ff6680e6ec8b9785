package io.ordercenter.async.push.application;

import io.ordercenter.async.push.domain.Notification;

/** The push service; it delivers each notification id at most once. */
public interface Notifications {

    /** Sends {@code notification}; sending the same id again is harmless. */
    void send(Notification notification);
}
