package io.ordercenter.sharding.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.sharding.algorithm.RangeShardingNotSupportedException;
import io.ordercenter.sharding.it.ItStack;
import io.ordercenter.sharding.it.Orders;
import io.ordercenter.sharding.mybatis.OrderWithItems;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.shardingsphere.driver.jdbc.core.connection.ShardingSphereConnection;
import org.apache.shardingsphere.infra.metadata.database.ShardingSphereDatabase;
import org.junit.jupiter.api.Test;

/**
 * Statements that would route to every physical table are refused: without a sharding condition by
 * ShardingSphere's {@code DML_SHARDING_CONDITIONS} audit, with a range on the key by our algorithms.
 */
class FullRouteGuardIT {

    private static final String NO_SHARDING_KEY = "without sharding conditions";
    private static final String RANGE = "Range condition on sharding key";

    private final ItStack stack = ItStack.get();

    @Test
    void the_copies_cannot_be_queried_without_their_sharding_key() {
        assertRefused("SELECT order_id FROM t_order_user WHERE order_id = ?", NO_SHARDING_KEY, 1L);
        assertRefused("SELECT order_id FROM t_order_user WHERE status = ?", NO_SHARDING_KEY, "PAID");
        assertRefused("SELECT COUNT(*) FROM t_order_shop", NO_SHARDING_KEY);
        assertRefused(
                "SELECT order_id FROM t_order_shop WHERE user_id = ? ORDER BY created_at DESC LIMIT 10",
                NO_SHARDING_KEY,
                1L);
        assertRefused("UPDATE t_order_user SET remark = 'x' WHERE order_id = ?", NO_SHARDING_KEY, 1L);
        assertRefused("DELETE FROM t_order_shop WHERE order_id = ?", NO_SHARDING_KEY, 1L);
    }

    @Test
    void the_other_sharded_tables_cannot_be_queried_without_their_sharding_key_either() {
        assertRefused("SELECT order_id FROM t_order WHERE user_id = ?", NO_SHARDING_KEY, 1L);
        assertRefused("SELECT sku_id FROM t_order_item WHERE sku_id = ?", NO_SHARDING_KEY, "SKU-1");
        assertRefused("SELECT idem_key FROM t_idempotency WHERE idem_key = ?", NO_SHARDING_KEY, "k");
        assertRefused("SELECT id FROM t_outbox WHERE published_at IS NULL LIMIT 10", NO_SHARDING_KEY);
    }

    @Test
    void a_range_on_a_sharding_key_is_refused() {
        assertThatThrownBy(() -> query("SELECT order_id FROM t_order_user WHERE user_id > ?", 1L))
                .isInstanceOf(SQLException.class)
                .hasRootCauseInstanceOf(RangeShardingNotSupportedException.class);
        assertRefused("SELECT order_id FROM t_order_user WHERE user_id > ?", RANGE, 1L);
        assertRefused("SELECT order_id FROM t_order_shop WHERE shop_id BETWEEN ? AND ?", RANGE, 1L, 100L);
        assertRefused("SELECT order_id FROM t_order WHERE order_id < ?", RANGE, 1_000L);
    }

    @Test
    void the_same_queries_with_their_key_work() throws SQLException {
        long userId = Orders.randomId();
        long shopId = Orders.randomId();
        OrderWithItems order = Orders.placed(stack.ids.next(userId), userId, shopId, Instant.now());
        stack.transactions.executeWithoutResult(status -> {
            stack.orders.insert(order);
            stack.userOrders.insert(order.order());
        });
        stack.shopOrders.upsert(order.order());
        long orderId = order.order().orderId();

        assertThat(query("SELECT order_id FROM t_order_user WHERE user_id = ? AND order_id = ?", userId, orderId))
                .containsExactly(orderId);
        assertThat(query("SELECT order_id FROM t_order_shop WHERE shop_id = ? AND status = ?", shopId, "CREATED"))
                .containsExactly(orderId);
        assertThat(query("SELECT order_id FROM t_order WHERE order_id = ? AND user_id = ?", orderId, userId))
                .containsExactly(orderId);
        assertThat(query(
                        "SELECT i.order_id FROM t_order o JOIN t_order_item i ON o.order_id = i.order_id"
                                + " WHERE o.order_id = ? ORDER BY i.line_no",
                        orderId))
                .containsExactly(orderId, orderId);
    }

    @Test
    void mariadb_connector_urls_are_detected_as_mariadb_storage_parsed_as_mysql() throws SQLException {
        try (Connection connection = stack.storage.dataSource().getConnection()) {
            ShardingSphereDatabase database = connection
                    .unwrap(ShardingSphereConnection.class)
                    .getContextManager()
                    .getMetaDataContexts()
                    .getMetaData()
                    .getDatabase(ShardingDataSourceFactory.DATABASE_NAME);
            assertThat(database.getResourceMetaData().getStorageUnits()).hasSize(4);
            database.getResourceMetaData().getStorageUnits().values().forEach(unit -> {
                assertThat(unit.getStorageType().getType()).isEqualTo("MariaDB");
                assertThat(unit.getStorageType().getTrunkDatabaseType())
                        .hasValueSatisfying(trunk -> assertThat(trunk.getType()).isEqualTo("MySQL"));
            });
            assertThat(database.getProtocolType().getType()).isIn("MariaDB", "MySQL");
        }
    }

    private void assertRefused(String sql, String reason, Object... params) {
        assertThatThrownBy(() -> query(sql, params))
                .as(sql)
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(messages(e)).contains(reason));
    }

    private List<Long> query(String sql, Object... params) throws SQLException {
        try (Connection connection = stack.storage.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Long> result = new ArrayList<>();
            if (statement.execute()) {
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        result.add(rows.getLong(1));
                    }
                }
            }
            return result;
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
