package io.ordercenter.async.timeline.application;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.timeline.domain.TimelineEntry;

/** Writes one STATE_CHANGED entry per event (service order-trade, the event's trace id). */
public final class TimelineProjection implements EventHandler {

    private final Timelines timelines;

    public TimelineProjection(Timelines timelines) {
        this.timelines = timelines;
    }

    @Override
    public String concern() {
        return "timeline";
    }

    @Override
    public void handle(ReceivedEvent event) {
        timelines.add(TimelineEntry.stateChanged(event));
    }
}
