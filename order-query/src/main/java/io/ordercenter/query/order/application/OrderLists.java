package io.ordercenter.query.order.application;

import io.ordercenter.contracts.OrderSnapshot;
import io.ordercenter.query.platform.paging.Position;
import java.util.List;

/**
 * The copies of the orders by owner: the user copy (sharded by user id) and the shop copy (sharded
 * by shop id). Each call reads one shard, newest first ({@code createdAt DESC, orderId DESC}),
 * continuing strictly after {@code after} (null for the first page), with no OFFSET.
 */
public interface OrderLists {

    List<OrderSnapshot> ofUser(long userId, ListFilter filter, Position after, int limit);

    List<OrderSnapshot> ofShop(long shopId, ListFilter filter, Position after, int limit);
}
