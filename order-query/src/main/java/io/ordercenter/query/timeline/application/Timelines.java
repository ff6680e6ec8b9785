package io.ordercenter.query.timeline.application;

import java.util.List;

/** The timelines of all orders, written by the services as things happen. */
public interface Timelines {

    /**
     * Every entry of one order, oldest first.
     *
     * @throws io.ordercenter.contracts.failure.Transient if the store is unavailable
     */
    List<TimelineEntry> ofOrder(long orderId);
}
