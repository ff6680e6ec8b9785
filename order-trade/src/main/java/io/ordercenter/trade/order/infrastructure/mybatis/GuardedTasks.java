package io.ordercenter.trade.order.infrastructure.mybatis;

import io.ordercenter.trade.order.application.Tasks;
import io.ordercenter.trade.order.domain.OrderId;
import java.time.Instant;

/**
 * {@link Tasks} scheduled on their own (not inside an order transaction) on the guard of the order's
 * database. Tasks written inside an order's transaction go through {@link DelayTasks} directly.
 */
public final class GuardedTasks implements Tasks {

    private final Tasks tasks;
    private final ShardDatabaseGuards guards;

    public GuardedTasks(Tasks tasks, ShardDatabaseGuards guards) {
        this.tasks = tasks;
        this.guards = guards;
    }

    @Override
    public void sweepReservations(OrderId orderId, Instant due) {
        guards.of(orderId).call(() -> {
            tasks.sweepReservations(orderId, due);
            return null;
        });
    }
}
