package io.ordercenter.query.timeline.application;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import io.ordercenter.contracts.failure.NotFound;
import io.ordercenter.query.order.application.Orders;
import java.util.List;

/** An order's timeline, for support staff diagnosing a complaint. */
public final class TimelineQueries {

    private final Timelines timelines;
    private final Orders orders;

    /** @param orders to tell an order with no entries yet from an order that does not exist */
    public TimelineQueries(Timelines timelines, Orders orders) {
        this.timelines = timelines;
        this.orders = orders;
    }

    public Timeline of(Caller caller, long orderId) {
        if (!caller.isSupport()) {
            throw new NonTransient(ErrorCode.FORBIDDEN, "Only support staff may read order timelines.");
        }
        List<TimelineEntry> entries = timelines.ofOrder(orderId);
        if (entries.isEmpty() && orders.find(orderId).isEmpty()) {
            throw new NotFound(ErrorCode.ORDER_NOT_FOUND, "There is no order " + orderId + ".");
        }
        return new Timeline(Long.toString(orderId), entries);
    }
}
