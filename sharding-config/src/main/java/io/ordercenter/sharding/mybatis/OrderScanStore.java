package io.ordercenter.sharding.mybatis;

import io.ordercenter.contracts.OrderStatus;
import io.ordercenter.sharding.routing.ShardRouting;
import io.ordercenter.sharding.schema.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Lists the orders created in a time window, one physical {@code t_order} table and one status at a
 * time, on the plain data sources: each page is a range read of that table's {@code (status,
 * created_at)} index, never a scan. For jobs that must look at every order of a window (the
 * reconciliation); requests go through ShardingSphere by key instead.
 */
public final class OrderScanStore {

    private final List<OrderScanMapper> mappers;

    /** @param databases the plain data sources of {@code ds_0} .. {@code ds_3}, in order */
    public OrderScanStore(List<? extends DataSource> databases, Duration statementTimeout) {
        if (databases.size() != ShardRouting.DATABASES) {
            throw new IllegalArgumentException("Expected " + ShardRouting.DATABASES + " databases");
        }
        this.mappers = databases.stream()
                .map(db -> ShardingMyBatis.physical(db, statementTimeout, OrderScanMapper.class)
                        .mapper(OrderScanMapper.class))
                .toList();
    }

    /**
     * Up to {@code limit} orders of physical table {@code tableIndex} (0..99) in {@code status}
     * created in {@code [from, to)}, oldest first ({@code created_at}, then {@code order_id}), strictly
     * after {@code after} when it is not {@code null}.
     */
    public List<OrderRow> createdBetween(
            int tableIndex, OrderStatus status, Instant from, Instant to, OrderPageQuery.Cursor after, int limit) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1 || limit > OrderPageQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + OrderPageQuery.MAX_LIMIT);
        }
        int database = ShardRouting.databaseOf(tableIndex);
        return mappers.get(database)
                .selectCreatedBetween(
                        ShardRouting.physicalTable(Tables.ORDER, tableIndex),
                        status,
                        from,
                        to,
                        after == null ? null : after.createdAt(),
                        after == null ? null : after.orderId(),
                        limit);
    }
}
