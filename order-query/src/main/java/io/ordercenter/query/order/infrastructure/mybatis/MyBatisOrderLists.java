package io.ordercenter.query.order.infrastructure.mybatis;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.query.order.application.ListFilter;
import io.ordercenter.query.order.application.OrderLists;
import io.ordercenter.query.platform.paging.Position;
import io.ordercenter.query.platform.resilience.DependencyGuard;
import io.ordercenter.sharding.mybatis.OrderItemRow;
import io.ordercenter.sharding.mybatis.OrderPageQuery;
import io.ordercenter.sharding.mybatis.OrderRow;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderSnapshots;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import io.ordercenter.sharding.routing.ShardRouting;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keyset pages of {@code t_order_user} (by user id) and {@code t_order_shop} (by shop id) with
 * their lines, through a database guard: one routed statement for the page (never an OFFSET), and
 * one for the lines per database the page's orders live in (a user's page: one; a shop's: up to four).
 */
public final class MyBatisOrderLists implements OrderLists {

    private final OrderUserMapper users;
    private final OrderShopMapper shops;
    private final OrderLinesMapper lines;
    private final DependencyGuard guard;

    public MyBatisOrderLists(
            OrderUserMapper users, OrderShopMapper shops, OrderLinesMapper lines, DependencyGuard guard) {
        this.users = users;
        this.shops = shops;
        this.lines = lines;
        this.guard = guard;
    }

    @Override
    public List<OrderSnapshot> ofUser(long userId, ListFilter filter, Position after, int limit) {
        return guard.call(() -> withLines(users.pageByUser(query(userId, filter, after, limit))));
    }

    @Override
    public List<OrderSnapshot> ofShop(long shopId, ListFilter filter, Position after, int limit) {
        return guard.call(() -> withLines(shops.pageByShop(query(shopId, filter, after, limit))));
    }

    private static OrderPageQuery query(long ownerId, ListFilter filter, Position after, int limit) {
        return new OrderPageQuery(
                ownerId,
                filter.status(),
                filter.from(),
                filter.to(),
                after == null ? null : new OrderPageQuery.Cursor(after.createdAt(), after.orderId()),
                limit);
    }

    private List<OrderSnapshot> withLines(List<OrderRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        // one statement per database: sharding-config's algorithms refuse an IN list whose values
        // live in several databases (each database's table routing sees the others' values)
        Map<Integer, List<Long>> idsByDatabase = rows.stream()
                .map(OrderRow::orderId)
                .collect(Collectors.groupingBy(id -> ShardRouting.databaseOf(ShardRouting.shardOfOrder(id))));
        Map<Long, List<OrderItemRow>> linesByOrder = idsByDatabase.values().stream()
                .flatMap(ids -> lines.selectLines(ids).stream())
                .collect(Collectors.groupingBy(OrderItemRow::orderId));
        Function<OrderRow, OrderSnapshot> toSnapshot =
                row -> OrderSnapshots.of(row, linesByOrder.getOrDefault(row.orderId(), List.of()));
        return rows.stream().map(toSnapshot).toList();
    }
}
