package io.ordercenter.trade.order.infrastructure.mybatis;

import io.ordercenter.sharding.routing.ShardRouting;
import io.ordercenter.trade.order.application.Orders;
import io.ordercenter.trade.order.application.PlacementKey;
import io.ordercenter.trade.order.domain.Order;
import io.ordercenter.trade.order.domain.OrderId;
import io.ordercenter.trade.order.domain.Transition;
import java.util.Optional;

/**
 * {@link Orders} with every call on the guard of the order's database: a transaction runs whole on
 * the guard's thread, and the caller waits at most the time limit, then gets {@code
 * DEPENDENCY_UNAVAILABLE}. A transaction that commits after its caller gave up is safe to repeat:
 * placement is idempotent by key, state changes by (order, version).
 */
public final class GuardedOrders implements Orders {

    private final Orders orders;
    private final ShardDatabaseGuards guards;

    public GuardedOrders(Orders orders, ShardDatabaseGuards guards) {
        this.orders = orders;
        this.guards = guards;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        if (!ShardRouting.isOrderId(id.value())) {
            return Optional.empty(); // no database holds it: nothing to ask
        }
        return guards.of(id).call(() -> orders.find(id));
    }

    @Override
    public void insert(Transition.Applied placed, PlacementKey key, String traceId) {
        guards.of(placed.order().id()).call(() -> {
            orders.insert(placed, key, traceId);
            return null;
        });
    }

    @Override
    public boolean update(Transition.Applied change, long expectedVersion, String traceId) {
        return guards.of(change.order().id()).call(() -> orders.update(change, expectedVersion, traceId));
    }
}
