package io.ordercenter.sharding.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import io.ordercenter.sharding.mybatis.OutboxRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows written through ShardingSphere land exactly where {@link ShardRouting} says, checked on the physical databases. */
class PhysicalPlacementIT {

    private final ItStack stack = ItStack.get();

    @Test
    void each_row_lands_in_the_physical_table_and_database_the_routing_predicts() throws SQLException {
        Set<Integer> databasesUsed = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            long userId = Orders.randomId();
            long shopId = Orders.randomId();
            OrderWithItems order = place(userId, shopId);
            long orderId = order.order().orderId();

            int index = ShardRouting.shardOfUser(userId);
            int db = ShardRouting.databaseOf(index);
            databasesUsed.add(db);
            assertThat(ShardRouting.shardOfOrder(orderId)).isEqualTo(index);
            assertThat(stack.count(db, "t_order_" + index, "order_id", orderId)).isEqualTo(1);
            assertThat(stack.count(db, "t_order_item_" + index, "order_id", orderId))
                    .isEqualTo(2);
            assertThat(stack.count(db, "t_order_user_" + index, "order_id", orderId))
                    .isEqualTo(1);
            assertThat(stack.count(db, "t_outbox", "order_id", orderId)).isEqualTo(1);

            int shopIndex = ShardRouting.shardOfShop(shopId);
            assertThat(stack.count(
                            ShardRouting.databaseOf(shopIndex), "t_order_shop_" + shopIndex, "order_id", orderId))
                    .isEqualTo(1);
        }
        assertThat(databasesUsed).as("24 random users reach several databases").hasSizeGreaterThan(1);
    }

    @Test
    void an_order_exists_in_no_other_physical_table() throws SQLException {
        long userId = Orders.randomId();
        long shopId = Orders.randomId();
        long orderId = place(userId, shopId).order().orderId();
        int index = ShardRouting.shardOfUser(userId);
        int shopIndex = ShardRouting.shardOfShop(shopId);

        for (int i = 0; i < ShardRouting.TABLES; i++) {
            int db = ShardRouting.databaseOf(i);
            assertThat(stack.count(db, "t_order_" + i, "order_id", orderId)).isEqualTo(i == index ? 1 : 0);
            assertThat(stack.count(db, "t_order_user_" + i, "order_id", orderId))
                    .isEqualTo(i == index ? 1 : 0);
            assertThat(stack.count(db, "t_order_shop_" + i, "order_id", orderId))
                    .isEqualTo(i == shopIndex ? 1 : 0);
        }
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            assertThat(stack.count(db, "t_outbox", "order_id", orderId))
                    .isEqualTo(db == ShardRouting.databaseOf(index) ? 1 : 0);
        }
    }

    @Test
    void data_source_ds_n_is_the_nth_database_of_the_stack() throws SQLException {
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            try (Connection connection = stack.physical(db)) {
                assertThat(connection.getCatalog())
                        .isEqualTo(stack.endpoints.databases().get(db));
            }
        }
    }

    private OrderWithItems place(long userId, long shopId) {
        OrderWithItems order = Orders.placed(stack.ids.next(userId), userId, shopId, Instant.now());
        OutboxRow event = Orders.placedEvent(order.order());
        stack.transactions.executeWithoutResult(status -> {
            stack.orders.insert(order);
            stack.userOrders.insert(order.order());
            stack.outbox.insert(event);
        });
        stack.shopOrders.upsert(order.order());
        return order;
    }
}
