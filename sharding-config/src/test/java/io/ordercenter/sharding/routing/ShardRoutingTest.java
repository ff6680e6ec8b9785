package io.ordercenter.sharding.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShardRoutingTest {

    @Test
    void sequential_user_ids_spread_evenly_over_the_100_tables() {
        int n = 1_000_000;
        int[] counts = new int[ShardRouting.TABLES];
        for (long id = 1; id <= n; id++) {
            counts[ShardRouting.shardOfUser(id)]++;
        }
        double expected = (double) n / ShardRouting.TABLES;
        double chiSquare = 0;
        for (int count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 99 degrees of freedom: mean 99, standard deviation ~14; 160 is beyond p = 0.0001
        assertThat(chiSquare).isLessThan(160);
    }

    @Test
    void sequential_shop_ids_spread_evenly_and_a_small_id_range_reaches_every_database() {
        int[] counts = new int[ShardRouting.TABLES];
        Set<Integer> databases = new HashSet<>();
        for (long id = 1; id <= 100_000; id++) {
            int shard = ShardRouting.shardOfShop(id);
            counts[shard]++;
            if (id <= 40) {
                databases.add(ShardRouting.databaseOf(shard));
            }
        }
        for (int count : counts) {
            assertThat(count).isBetween(850, 1150);
        }
        assertThat(databases).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void shards_stay_in_range_for_extreme_and_negative_ids() {
        for (long id : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE}) {
            assertThat(ShardRouting.shardOfUser(id)).isBetween(0, 99);
            assertThat(ShardRouting.shardOfShop(id)).isBetween(0, 99);
        }
    }

    /** The routing is a storage contract: these values must never change. */
    @Test
    void routing_of_known_ids_never_changes() {
        List<long[]> pinned = List.of(
                new long[] {1L, PINNED_1}, new long[] {42L, PINNED_42}, new long[] {123_456_789L, PINNED_123456789});
        for (long[] pin : pinned) {
            assertThat(ShardRouting.shardOfUser(pin[0])).as("user %d", pin[0]).isEqualTo((int) pin[1]);
            assertThat(ShardRouting.shardOfShop(pin[0])).as("shop %d", pin[0]).isEqualTo((int) pin[1]);
        }
        assertThat(ShardRouting.mix64(1L)).isEqualTo(MIX_1);
    }

    private static final long PINNED_1 = 88;
    private static final long PINNED_42 = 24;
    private static final long PINNED_123456789 = 22;
    private static final long MIX_1 = -5451962507482445012L;

    @Test
    void the_order_shard_is_the_gene_in_the_low_seven_bits() {
        long id = (123_456L << 22) | (5L << 14) | (3L << 7) | 77;
        assertThat(ShardRouting.shardOfOrder(id)).isEqualTo(77);
        assertThat(ShardRouting.shardOfOrder(0x80L)).isZero();
        assertThat(ShardRouting.shardOfOrder(99)).isEqualTo(99);
    }

    @Test
    void ids_without_a_valid_gene_are_refused() {
        assertThatThrownBy(() -> ShardRouting.shardOfOrder((1L << 22) | 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gene");
        assertThatThrownBy(() -> ShardRouting.shardOfOrder(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShardRouting.shardOfOrder(-5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_positive_ids_with_a_valid_gene_can_be_order_ids() {
        assertThat(ShardRouting.isOrderId((1L << 22) | 99)).isTrue();
        assertThat(ShardRouting.isOrderId((1L << 22) | 100)).isFalse();
        assertThat(ShardRouting.isOrderId(123_456_789_012_345L)).isFalse(); // gene 121
        assertThat(ShardRouting.isOrderId(0)).isFalse();
        assertThat(ShardRouting.isOrderId(-5)).isFalse();
    }

    @Test
    void twenty_five_consecutive_tables_share_a_database() {
        assertThat(ShardRouting.databaseOf(0)).isZero();
        assertThat(ShardRouting.databaseOf(24)).isZero();
        assertThat(ShardRouting.databaseOf(25)).isEqualTo(1);
        assertThat(ShardRouting.databaseOf(50)).isEqualTo(2);
        assertThat(ShardRouting.databaseOf(74)).isEqualTo(2);
        assertThat(ShardRouting.databaseOf(75)).isEqualTo(3);
        assertThat(ShardRouting.databaseOf(99)).isEqualTo(3);
        assertThatThrownBy(() -> ShardRouting.databaseOf(100)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ShardRouting.databaseOf(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(ShardRouting.tablesOf(1)).hasSize(25).startsWith(25).endsWith(49);
    }

    @Test
    void physical_names_have_no_padding() {
        assertThat(ShardRouting.physicalTable("t_order", 7)).isEqualTo("t_order_7");
        assertThat(ShardRouting.physicalTable("t_order_item", 99)).isEqualTo("t_order_item_99");
        assertThat(ShardRouting.dataSourceName(3)).isEqualTo("ds_3");
        assertThatThrownBy(() -> ShardRouting.physicalTable("t_order", 100))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void data_nodes_list_every_table_in_its_database_in_index_order() {
        List<String> nodes = ShardRouting.dataNodes("t_order_user");
        assertThat(nodes).hasSize(100).doesNotHaveDuplicates();
        assertThat(nodes.get(0)).isEqualTo("ds_0.t_order_user_0");
        assertThat(nodes.get(24)).isEqualTo("ds_0.t_order_user_24");
        assertThat(nodes.get(25)).isEqualTo("ds_1.t_order_user_25");
        assertThat(nodes.get(99)).isEqualTo("ds_3.t_order_user_99");
    }
}
