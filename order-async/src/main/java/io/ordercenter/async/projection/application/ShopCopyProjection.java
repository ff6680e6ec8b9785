package io.ordercenter.async.projection.application;

import io.ordercenter.async.event.application.EventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.contracts.OrderSnapshot;
import java.time.Clock;

/** Keeps the shop copy up to date from the events' snapshots, guarded by version. */
public final class ShopCopyProjection implements EventHandler {

    private final ShopCopies shopCopies;
    private final Timelines timelines;
    private final Clock clock;

    public ShopCopyProjection(ShopCopies shopCopies, Timelines timelines, Clock clock) {
        this.shopCopies = shopCopies;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public String concern() {
        return "shop-copy";
    }

    @Override
    public void handle(ReceivedEvent event) {
        OrderSnapshot order = event.requireOrder();
        shopCopies.upsert(order, event.event().occurredAt());
        timelines.add(TimelineEntry.effect(
                event,
                TimelineEntry.SHOP_COPY_UPDATED,
                "shop " + order.shopId() + " copy at v" + order.version() + " (" + order.status() + ")",
                clock.instant()));
    }
}
