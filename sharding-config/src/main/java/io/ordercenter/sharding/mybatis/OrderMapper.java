package io.ordercenter.sharding.mybatis;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Param;

/**
 * {@code t_order} and its bound {@code t_order_item}: the source of truth, sharded by {@code
 * order_id}. Every statement names the order id, so it reaches exactly one physical table.
 */
public interface OrderMapper {

    /** Inserts a new order row. */
    int insertOrder(@Param("row") OrderRow row);

    /** Inserts the lines of <em>one</em> order in one statement. */
    int insertItems(@Param("items") List<OrderItemRow> items);

    /** The order row, or {@code null}. */
    OrderRow selectOrder(@Param("orderId") long orderId);

    /** The lines of an order, in line order. */
    List<OrderItemRow> selectItems(@Param("orderId") long orderId);

    /**
     * Replaces the mutable columns of the order with {@code next}'s (including {@code next.version})
     * if the stored version is still {@code expectedVersion}.
     *
     * @return 1 if this change won, 0 if the order changed meanwhile (or does not exist)
     */
    int compareAndSet(@Param("row") OrderRow next, @Param("expectedVersion") long expectedVersion);

    /** The order with its lines. */
    default Optional<OrderWithItems> findOrder(long orderId) {
        OrderRow order = selectOrder(orderId);
        return order == null ? Optional.empty() : Optional.of(new OrderWithItems(order, selectItems(orderId)));
    }

    /** Inserts an order with its lines (call inside the transaction that also writes the copies). */
    default void insert(OrderWithItems order) {
        insertOrder(order.order());
        if (!order.items().isEmpty()) {
            insertItems(order.items());
        }
    }
}
