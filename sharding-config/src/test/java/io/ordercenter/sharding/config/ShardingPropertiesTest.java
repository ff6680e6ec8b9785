package io.ordercenter.sharding.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardingPropertiesTest {

    @Test
    void unset_fields_take_their_defaults() {
        ShardingProperties properties = ShardingProperties.of(List.of("a", "b", "c", "d"), "oc", null);
        assertThat(properties.enabled()).isTrue();
        assertThat(properties.migrateSchema()).isTrue();
        assertThat(properties.warmUp()).isTrue();
        assertThat(properties.password()).isEmpty();
        assertThat(properties.pool().maxSize()).isEqualTo(20);
        assertThat(properties.pool().minIdle()).isEqualTo(20);
        assertThat(properties.pool().connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.workerLease().toSettings().leaseDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.resolvedJdbcUrls()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void urls_are_built_from_shards_each_on_its_own_server() {
        ShardingProperties properties = new ShardingProperties(
                null,
                null,
                List.of("db0.local:3307/oc_0", "db1.local:3306/oc_1", " db2.local:3306/oc_2", "db3.local:3308/oc_3"),
                "u",
                "p",
                null,
                null,
                null,
                null,
                null);
        assertThat(properties.resolvedJdbcUrls())
                .containsExactly(
                        "jdbc:mariadb://db0.local:3307/oc_0",
                        "jdbc:mariadb://db1.local:3306/oc_1",
                        "jdbc:mariadb://db2.local:3306/oc_2",
                        "jdbc:mariadb://db3.local:3308/oc_3");
    }

    @Test
    void a_shard_that_is_not_host_port_database_is_refused_with_the_variable_named() {
        ShardingProperties properties = new ShardingProperties(
                null,
                null,
                List.of("db0:3306/oc_0", "db1/oc_1", "db2:3306/oc_2", "db3:3306/oc_3"),
                "u",
                "p",
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(properties::resolvedJdbcUrls)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("db1/oc_1")
                .hasMessageContaining("OC_MYSQL_SHARDS");
    }

    @Test
    void exactly_four_databases_are_required() {
        assertThatThrownBy(() ->
                        ShardingProperties.of(List.of("a", "b", "c"), "u", "p").resolvedJdbcUrls())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly 4");
        assertThatThrownBy(() -> ShardingProperties.of(List.of(), "u", "p").resolvedJdbcUrls())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pool_sizes_must_make_sense() {
        assertThatThrownBy(() -> ShardingProperties.Pool.sized(5, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ShardingProperties.Pool.sized(5, 1).minIdle()).isEqualTo(1);
    }
}
