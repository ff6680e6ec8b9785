package io.ordercenter.sharding.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * {@code t_order_user}: the copy of every order by {@code user_id}, for a user's order list. Because
 * the order id carries the user's shard gene, the copy sits in the same database as the order and
 * is written in the same local transaction. Every statement carries {@code user_id}.
 */
public interface OrderUserMapper {

    /** Inserts the user copy of a new order. */
    int insert(@Param("row") OrderRow row);

    /**
     * Replaces the user copy with {@code next} if its version is still {@code expectedVersion}.
     *
     * @return 1 if applied, 0 otherwise
     */
    int compareAndSet(@Param("row") OrderRow next, @Param("expectedVersion") long expectedVersion);

    /** The user's copy of one order, or {@code null}. */
    OrderRow select(@Param("userId") long userId, @Param("orderId") long orderId);

    /** One keyset page of a user's orders, newest first; {@link OrderPageQuery#ownerId()} is the user id. */
    List<OrderRow> pageByUser(@Param("q") OrderPageQuery query);
}
