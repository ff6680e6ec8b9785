package io.ordercenter.sim.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Delivers each notification id once and remembers what was delivered. Thread-safe. */
public final class PushGateway {

    private final Map<String, Notification> delivered = new LinkedHashMap<>();

    /** Delivers {@code notification}; false when its id was delivered before (nothing is sent again). */
    public synchronized boolean deliver(Notification notification) {
        return delivered.putIfAbsent(notification.notificationId(), notification) == null;
    }

    /** Delivered notifications, oldest first; every order's when {@code orderId} is empty. */
    public synchronized List<Notification> delivered(Optional<String> orderId) {
        return delivered.values().stream()
                .filter(n -> orderId.map(id -> id.equals(n.orderId())).orElse(true))
                .toList();
    }

    public synchronized void reset() {
        delivered.clear();
    }
}
