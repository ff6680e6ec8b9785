package io.ordercenter.sharding.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.id.WorkerIdSource;
import io.ordercenter.sharding.routing.ShardRouting;
import java.math.BigInteger;
import java.util.List;
import java.util.Properties;
import org.apache.shardingsphere.infra.datanode.DataNodeInfo;
import org.apache.shardingsphere.infra.spi.type.typed.TypedSPILoader;
import org.apache.shardingsphere.sharding.api.sharding.standard.PreciseShardingValue;
import org.apache.shardingsphere.sharding.api.sharding.standard.RangeShardingValue;
import org.apache.shardingsphere.sharding.spi.ShardingAlgorithm;
import org.junit.jupiter.api.Test;

class ShardKeyAlgorithmTest {

    private static final List<String> DATA_SOURCES = List.of("ds_0", "ds_1", "ds_2", "ds_3");

    @Test
    void shardingsphere_finds_our_algorithms_by_type() {
        assertThat(load(OrderGeneShardingAlgorithm.TYPE, "table")).isInstanceOf(OrderGeneShardingAlgorithm.class);
        assertThat(load(UserHashShardingAlgorithm.TYPE, "database")).isInstanceOf(UserHashShardingAlgorithm.class);
        assertThat(load(ShopHashShardingAlgorithm.TYPE, "table")).isInstanceOf(ShopHashShardingAlgorithm.class);
        assertThat(load(OutboxDatabaseShardingAlgorithm.TYPE, "database"))
                .isInstanceOf(OutboxDatabaseShardingAlgorithm.class);
    }

    @Test
    void an_order_routes_to_the_table_and_database_of_its_gene() {
        long orderId = new OrderIdGenerator(WorkerIdSource.fixed(1)).next(4242);
        int index = ShardRouting.shardOfUser(4242);

        ShardKeyAlgorithm tables = algorithm(new OrderGeneShardingAlgorithm(), "table");
        ShardKeyAlgorithm databases = algorithm(new OrderGeneShardingAlgorithm(), "database");

        assertThat(tables.doSharding(
                        tablesOf("t_order", ShardRouting.databaseOf(index)), precise("t_order", "order_id", orderId)))
                .isEqualTo("t_order_" + index);
        assertThat(databases.doSharding(DATA_SOURCES, precise("t_order", "order_id", orderId)))
                .isEqualTo("ds_" + index / 25);
    }

    @Test
    void users_and_shops_route_by_their_hash() {
        long userId = 987_654_321L;
        int userIndex = ShardRouting.shardOfUser(userId);
        ShardKeyAlgorithm userTables = algorithm(new UserHashShardingAlgorithm(), "table");
        assertThat(userTables.doSharding(
                        tablesOf("t_order_user", ShardRouting.databaseOf(userIndex)),
                        precise("t_order_user", "user_id", userId)))
                .isEqualTo("t_order_user_" + userIndex);

        long shopId = 5_555L;
        int shopIndex = ShardRouting.shardOfShop(shopId);
        ShardKeyAlgorithm shopDatabases = algorithm(new ShopHashShardingAlgorithm(), "database");
        assertThat(shopDatabases.doSharding(DATA_SOURCES, precise("t_order_shop", "shop_id", shopId)))
                .isEqualTo("ds_" + ShardRouting.databaseOf(shopIndex));
    }

    @Test
    void key_values_of_any_integer_type_route_alike() {
        ShardKeyAlgorithm databases = algorithm(new UserHashShardingAlgorithm(), "database");
        String expected = databases.doSharding(DATA_SOURCES, precise("t_order_user", "user_id", 77L));
        assertThat(databases.doSharding(DATA_SOURCES, precise("t_order_user", "user_id", 77)))
                .isEqualTo(expected);
        assertThat(databases.doSharding(DATA_SOURCES, precise("t_order_user", "user_id", BigInteger.valueOf(77))))
                .isEqualTo(expected);
        assertThat(databases.doSharding(DATA_SOURCES, precise("t_order_user", "user_id", "77")))
                .isEqualTo(expected);
        assertThatThrownBy(() -> databases.doSharding(DATA_SOURCES, precise("t_order_user", "user_id", "abc")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_range_on_a_sharding_key_is_refused_instead_of_fanning_out() {
        for (ShardKeyAlgorithm algorithm : List.of(
                algorithm(new OrderGeneShardingAlgorithm(), "table"),
                algorithm(new UserHashShardingAlgorithm(), "database"),
                algorithm(new ShopHashShardingAlgorithm(), "table"),
                algorithm(new OutboxDatabaseShardingAlgorithm(), "database"))) {
            RangeShardingValue<Comparable<?>> range =
                    new RangeShardingValue<>("t_x", "k", new DataNodeInfo("t_x_", 1, '0'), Range.closed(1L, 5L));
            assertThatThrownBy(() -> algorithm.doSharding(DATA_SOURCES, range))
                    .isInstanceOf(RangeShardingNotSupportedException.class)
                    .hasMessageContaining("t_x.k");
        }
    }

    @Test
    void a_target_missing_from_the_configuration_is_an_error_not_a_silent_reroute() {
        ShardKeyAlgorithm tables = algorithm(new UserHashShardingAlgorithm(), "table");
        int index = ShardRouting.shardOfUser(1);
        int otherDatabase = (ShardRouting.databaseOf(index) + 1) % 4;
        assertThatThrownBy(() -> tables.doSharding(
                        tablesOf("t_order_user", otherDatabase), precise("t_order_user", "user_id", 1L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t_order_user_" + index);
    }

    @Test
    void the_target_property_is_required_and_the_outbox_shards_databases_only() {
        assertThatThrownBy(() -> new UserHashShardingAlgorithm().init(new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target");
        assertThatThrownBy(() -> algorithm(new UserHashShardingAlgorithm(), "schema"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> algorithm(new OutboxDatabaseShardingAlgorithm(), "table"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ShardingAlgorithm load(String type, String target) {
        Properties props = new Properties();
        props.setProperty("target", target);
        return TypedSPILoader.getService(ShardingAlgorithm.class, type, props);
    }

    private static ShardKeyAlgorithm algorithm(ShardKeyAlgorithm algorithm, String target) {
        Properties props = new Properties();
        props.setProperty(ShardTarget.PROPERTY, target);
        algorithm.init(props);
        return algorithm;
    }

    private static List<String> tablesOf(String logical, int database) {
        return ShardRouting.tablesOf(database).stream()
                .map(i -> ShardRouting.physicalTable(logical, i))
                .toList();
    }

    private static PreciseShardingValue<Comparable<?>> precise(String table, String column, Comparable<?> value) {
        return new PreciseShardingValue<>(table, column, new DataNodeInfo(table + "_", 1, '0'), value);
    }
}
