package io.ordercenter.async.timeline.application;

import io.ordercenter.async.timeline.domain.TimelineEntry;
import java.util.List;

/** The order timelines; adding an entry that exists (same order, kind, version, service) does nothing. */
public interface Timelines {

    void add(TimelineEntry entry);

    /** Adds several entries (in parallel where the store allows). */
    default void addAll(List<TimelineEntry> entries) {
        entries.forEach(this::add);
    }
}
