package io.ordercenter.async.timeout.application;

import io.ordercenter.async.order.application.Orders;
import io.ordercenter.async.order.domain.OrderFacts;
import io.ordercenter.async.task.application.TaskHandler;
import io.ordercenter.async.task.domain.DueTask;
import io.ordercenter.async.task.domain.TaskKind;
import io.ordercenter.async.task.domain.TaskOutcome;
import io.ordercenter.async.timeline.application.Timelines;
import io.ordercenter.async.timeline.domain.TimelineEntry;
import io.ordercenter.async.timeout.domain.ReservationIds;
import io.ordercenter.contracts.OrderStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * Settles the reservations order-trade made before placing an order, whatever happened to the
 * placement: an order that does not exist (its placement failed or never committed) or is cancelled
 * releases them; an order that exists confirms them. Every call is idempotent, so a sweep that runs
 * twice is harmless.
 */
public final class ReservationSweepHandler implements TaskHandler {

    private final Orders orders;
    private final Reservations reservations;
    private final Timelines timelines;
    private final Clock clock;

    public ReservationSweepHandler(Orders orders, Reservations reservations, Timelines timelines, Clock clock) {
        this.orders = orders;
        this.reservations = reservations;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.RESERVATION_SWEEP;
    }

    @Override
    public TaskOutcome run(DueTask task) {
        Optional<OrderFacts> order = orders.find(task.orderId());
        String inventory = ReservationIds.inventory(task.orderId());
        String coupon = ReservationIds.coupon(task.orderId());
        boolean release = order.isEmpty() || order.get().status() == OrderStatus.CANCELLED;
        if (release) {
            reservations.releaseInventory(inventory);
            reservations.releaseCoupon(coupon);
        } else {
            reservations.confirmInventory(inventory);
            reservations.confirmCoupon(coupon);
        }
        String note = (release ? "released " : "confirmed ") + inventory + ", " + coupon;
        order.ifPresent(o -> timelines.add(new TimelineEntry(
                task.orderId(),
                clock.instant(),
                TimelineEntry.ORDER_ASYNC,
                TimelineEntry.RESERVATIONS_SETTLED,
                note,
                null,
                o.version())));
        return new TaskOutcome.Done(note);
    }
}
