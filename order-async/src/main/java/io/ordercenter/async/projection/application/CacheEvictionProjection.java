package io.ordercenter.async.projection.application;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import java.time.Clock;

/** Evicts the order-detail cache entry on every state change (evicting twice is harmless). */
public final class CacheEvictionProjection implements EventHandler {

    private final OrderCache cache;
    private final Timelines timelines;
    private final Clock clock;

    public CacheEvictionProjection(OrderCache cache, Timelines timelines, Clock clock) {
        this.cache = cache;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public String concern() {
        return "cache";
    }

    @Override
    public void handle(ReceivedEvent event) {
        cache.evict(event.orderId(), event.version());
        timelines.add(TimelineEntry.effect(
                event, TimelineEntry.CACHE_EVICTED, "order detail cache evicted", clock.instant()));
    }
}
