package io.ordercenter.async.order.infrastructure.mybatis;

import io.ordercenter.async.order.application.Orders;
import io.ordercenter.async.order.domain.OrderFacts;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderRow;
import java.util.Optional;

/** Reads {@code t_order} by order id through ShardingSphere, behind the database guard. */
public final class MyBatisOrders implements Orders {

    private final OrderMapper orders;
    private final DependencyGuard database;

    public MyBatisOrders(OrderMapper orders, DependencyGuard database) {
        this.orders = orders;
        this.database = database;
    }

    @Override
    public Optional<OrderFacts> find(long orderId) {
        OrderRow row = database.call(() -> orders.selectOrder(orderId));
        return Optional.ofNullable(row).map(MyBatisOrders::facts);
    }

    static OrderFacts facts(OrderRow row) {
        return new OrderFacts(
                row.orderId(),
                row.userId(),
                row.status(),
                row.payableCents(),
                row.paymentId(),
                row.refundId(),
                row.refundStatus(),
                row.refundAmountCents(),
                row.version());
    }
}
