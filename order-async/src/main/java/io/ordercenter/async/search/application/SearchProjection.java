package io.ordercenter.async.search.application;

import io.ordercenter.async.event.application.BatchEventHandler;
import io.ordercenter.async.event.domain.ReceivedEvent;
import io.ordercenter.async.search.domain.IndexOutcome;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes orders in batches: of several events of one order in a batch only the newest version is
 * written (the others would be refused as older anyway), and external versioning makes replays and
 * reordering harmless.
 */
public final class SearchProjection implements BatchEventHandler {

    private final OrderIndex index;
    private final Timelines timelines;
    private final Clock clock;

    public SearchProjection(OrderIndex index, Timelines timelines, Clock clock) {
        this.index = index;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public String concern() {
        return "search";
    }

    @Override
    public List<Rejected> handle(List<ReceivedEvent> batch) {
        List<Rejected> rejected = new ArrayList<>();
        Map<String, ReceivedEvent> newest = new LinkedHashMap<>();
        for (ReceivedEvent event : batch) {
            if (event.order() == null) {
                rejected.add(new Rejected(event, "event " + event.event().eventId() + " carries no order snapshot"));
                continue;
            }
            newest.merge(event.orderId(), event, (a, b) -> b.version() > a.version() ? b : a);
        }
        Map<String, IndexOutcome> outcomes = newest.isEmpty()
                ? Map.of()
                : index.index(newest.values().stream().map(ReceivedEvent::order).toList());

        Instant now = clock.instant();
        List<TimelineEntry> entries = new ArrayList<>();
        for (ReceivedEvent event : batch) {
            if (event.order() == null) {
                continue;
            }
            ReceivedEvent written = newest.get(event.orderId());
            IndexOutcome outcome = outcomes.getOrDefault(event.orderId(), IndexOutcome.alreadyNewer());
            if (written == event && outcome.kind() == IndexOutcome.Kind.REJECTED) {
                rejected.add(new Rejected(event, "search index refused the document: " + outcome.reason()));
                continue;
            }
            String detail = written != event
                    ? "superseded in the same batch by v" + written.version()
                    : outcome.kind() == IndexOutcome.Kind.INDEXED
                            ? "indexed (" + event.order().status() + ")"
                            : "index already at this or a newer version";
            entries.add(TimelineEntry.effect(event, TimelineEntry.INDEXED, detail, now));
        }
        timelines.addAll(entries);
        return rejected;
    }
}
