package io.ordercenter.query.timeline.application;

import java.util.List;

/** The timeline of one order as the API shows it, oldest entry first. */
public record Timeline(String orderId, List<TimelineEntry> entries) {

    public Timeline {
        entries = List.copyOf(entries);
    }
}
