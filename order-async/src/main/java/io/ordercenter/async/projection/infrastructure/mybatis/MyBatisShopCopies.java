package io.ordercenter.async.projection.infrastructure.mybatis;

import io.ordercenter.async.projection.application.ShopCopies;
import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import java.time.Instant;

/** {@code t_order_shop} through ShardingSphere: the upsert only ever takes a newer version. */
public final class MyBatisShopCopies implements ShopCopies {

    private final OrderShopMapper shopOrders;
    private final DependencyGuard database;

    public MyBatisShopCopies(OrderShopMapper shopOrders, DependencyGuard database) {
        this.shopOrders = shopOrders;
        this.database = database;
    }

    @Override
    public void upsert(OrderSnapshot order, Instant changedAt) {
        OrderRow row = OrderRows.fromSnapshot(order, changedAt);
        database.call(() -> shopOrders.upsert(row));
    }
}
