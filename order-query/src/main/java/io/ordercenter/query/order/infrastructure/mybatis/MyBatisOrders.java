package io.ordercenter.query.order.infrastructure.mybatis;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.query.order.application.Orders;
import io.ordercenter.query.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderSnapshots;
import io.ordercenter.sharding.routing.ShardRouting;
import java.util.Optional;

/** Orders by id from {@code t_order} + {@code t_order_item}, through a database guard. */
public final class MyBatisOrders implements Orders {

    private final OrderMapper mapper;
    private final DependencyGuard guard;

    public MyBatisOrders(OrderMapper mapper, DependencyGuard guard) {
        this.mapper = mapper;
        this.guard = guard;
    }

    @Override
    public Optional<OrderSnapshot> find(long orderId) {
        if (!ShardRouting.isOrderId(orderId)) {
            return Optional.empty(); // no generator issues such an id: nothing to look up
        }
        return guard.call(
                () -> mapper.findOrder(orderId).map(order -> OrderSnapshots.of(order.order(), order.items())));
    }
}
