package io.ordercenter.sharding.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * {@code t_order_shop}: the copy of every order by {@code shop_id}, for a merchant's order list,
 * kept up to date from state-change events. Every statement carries {@code shop_id}.
 */
public interface OrderShopMapper {

    /**
     * Inserts the shop copy, or replaces it if {@code row.version} is newer than the stored one;
     * an older or equal version changes nothing, so replayed and reordered events are harmless.
     *
     * @return the driver's affected-row count: it tells that the statement ran, not whether it
     *     replaced the row (read the row back if that matters)
     */
    int upsert(@Param("row") OrderRow row);

    /** The shop's copy of one order, or {@code null}. */
    OrderRow select(@Param("shopId") long shopId, @Param("orderId") long orderId);

    /** One keyset page of a shop's orders, newest first; {@link OrderPageQuery#ownerId()} is the shop id. */
    List<OrderRow> pageByShop(@Param("q") OrderPageQuery query);
}
