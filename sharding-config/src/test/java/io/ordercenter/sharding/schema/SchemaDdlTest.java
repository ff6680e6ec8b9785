package io.ordercenter.sharding.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDdlTest {

    @Test
    void each_database_gets_its_25_tables_of_each_sharded_table_and_one_outbox() {
        List<String> db1 = SchemaDdl.version1(1);
        assertThat(db1).hasSize(25 * 5 + 1);
        assertThat(db1).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS t_order_25 ("));
        assertThat(db1).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS t_order_item_49 ("));
        assertThat(db1).noneMatch(sql -> sql.contains("t_order_24 ") || sql.contains("t_order_50 "));
        assertThat(db1).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS t_outbox ("));
        assertThat(db1).noneMatch(sql -> sql.contains("t_worker_lease"));
    }

    @Test
    void the_worker_lease_table_and_its_256_rows_live_in_ds_0_only() {
        List<String> db0 = SchemaDdl.version1(0);
        assertThat(db0).hasSize(25 * 5 + 3);
        assertThat(db0).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS t_worker_lease ("));
        assertThat(SchemaDdl.workerLeaseRows())
                .startsWith("INSERT IGNORE")
                .contains("(0),(1),")
                .endsWith("(255)");
    }

    @Test
    void every_statement_can_run_again() {
        for (int db = 0; db < 4; db++) {
            assertThat(SchemaDdl.version1(db))
                    .allMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS ") || sql.startsWith("INSERT IGNORE "));
        }
    }

    @Test
    void the_copies_have_keyset_indexes_led_by_their_owner() {
        assertThat(SchemaDdl.orderUser("t_order_user_3"))
                .contains("KEY idx_user_created (user_id, created_at DESC, order_id DESC)")
                .contains("KEY idx_user_status_created (user_id, status, created_at, order_id)")
                .contains("PRIMARY KEY (order_id)");
        assertThat(SchemaDdl.orderShop("t_order_shop_3"))
                .contains("KEY idx_shop_created (shop_id, created_at DESC, order_id DESC)")
                .contains("KEY idx_shop_status_created (shop_id, status, created_at, order_id)");
    }
}
