package io.ordercenter.sharding.mybatis;

import io.ordercenter.contracts.OrderStatus;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Reads one physical {@code t_order_<n>} table by creation time, on its database's plain data source
 * (through the {@code (status, created_at)} index). Used by {@link OrderScanStore}.
 */
public interface OrderScanMapper {

    /**
     * One page of the orders of {@code table} in {@code status} created in {@code [from, to)}, oldest
     * first, after the position ({@code afterCreatedAt}, {@code afterOrderId}) when given.
     *
     * @param table a physical table name from {@code ShardRouting.physicalTable} (never user input)
     */
    List<OrderRow> selectCreatedBetween(
            @Param("table") String table,
            @Param("status") OrderStatus status,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("afterCreatedAt") Instant afterCreatedAt,
            @Param("afterOrderId") Long afterOrderId,
            @Param("limit") int limit);
}
