package io.ordercenter.async.reconciliation.infrastructure.mybatis;

import io.ordercenter.async.reconciliation.application.ProjectedCopies;
import io.ordercenter.async.reconciliation.domain.Copy;
import io.ordercenter.async.reconciliation.domain.CopyState;
import io.ordercenter.async.reconciliation.domain.OrderRef;
import io.ordercenter.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The user copy or the shop copy, read by their sharding keys through ShardingSphere. */
public final class RowCopies implements ProjectedCopies {

    private final Copy copy;
    private final Function<OrderRef, OrderRow> reader;
    private final DependencyGuard database;

    private RowCopies(Copy copy, Function<OrderRef, OrderRow> reader, DependencyGuard database) {
        this.copy = copy;
        this.reader = reader;
        this.database = database;
    }

    public static RowCopies users(OrderUserMapper users, DependencyGuard database) {
        return new RowCopies(Copy.USER, ref -> users.select(ref.userId(), ref.orderId()), database);
    }

    public static RowCopies shops(OrderShopMapper shops, DependencyGuard database) {
        return new RowCopies(Copy.SHOP, ref -> shops.select(ref.shopId(), ref.orderId()), database);
    }

    @Override
    public Copy copy() {
        return copy;
    }

    @Override
    public Map<String, CopyState> read(List<OrderRef> orders) {
        Map<String, CopyState> states = new HashMap<>();
        for (OrderRef ref : orders) {
            OrderRow row = database.call(() -> reader.apply(ref));
            if (row != null) {
                states.put(ref.id(), MyBatisOrderCopies.copyState(row));
            }
        }
        return states;
    }
}
