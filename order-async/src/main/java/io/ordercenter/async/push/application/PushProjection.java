package io.ordercenter.async.push.application;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.push.domain.Notification;
import io.ordercenter.async.push.domain.PushPolicy;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Notifies the customer, merchant or rider of the state changes that matter. Exactly one notification
 * per (order, version, recipient) reaches a person even under redelivery: the id is derived from them
 * and the push service drops an id it has delivered.
 */
public final class PushProjection implements EventHandler {

    private final Notifications notifications;
    private final Timelines timelines;
    private final Clock clock;

    public PushProjection(Notifications notifications, Timelines timelines, Clock clock) {
        this.notifications = notifications;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public String concern() {
        return "push";
    }

    @Override
    public void handle(ReceivedEvent event) {
        List<Notification> due = PushPolicy.notificationsFor(event.event(), event.requireOrder());
        if (due.isEmpty()) {
            return;
        }
        due.forEach(notifications::send);
        timelines.add(TimelineEntry.effect(
                event,
                TimelineEntry.PUSH_SENT,
                due.stream()
                        .map(n -> n.recipientType() + " " + n.recipientId() + ": " + n.title())
                        .collect(Collectors.joining("; ")),
                clock.instant()));
    }
}
