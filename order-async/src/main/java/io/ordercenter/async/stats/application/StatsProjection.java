package io.ordercenter.async.stats.application;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.stats.domain.StatsDelta;
import io.ordercenter.async.stats.domain.StatsPolicy;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import java.time.Clock;

/** Keeps each user's figures; every event is applied exactly once, however often it is delivered. */
public final class StatsProjection implements EventHandler {

    private final UserStatistics statistics;
    private final Timelines timelines;
    private final Clock clock;

    public StatsProjection(UserStatistics statistics, Timelines timelines, Clock clock) {
        this.statistics = statistics;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public String concern() {
        return "stats";
    }

    @Override
    public void handle(ReceivedEvent event) {
        StatsDelta delta = StatsPolicy.deltaFor(event.event(), event.requireOrder());
        if (delta.isEmpty()) {
            return;
        }
        String userId = event.requireOrder().userId();
        boolean applied = statistics.apply(userId, event.orderId(), event.version(), delta);
        timelines.add(TimelineEntry.effect(
                event,
                TimelineEntry.STATS_APPLIED,
                "user " + userId + " " + delta.fields() + (applied ? "" : " (applied before)"),
                clock.instant()));
    }
}
