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
            assertThat(SchemaDdl.version2(db)).allMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS "));
        }
    }

    @Test
    void version_2_adds_each_databases_25_timeline_tables_and_one_delay_task_table() {
        List<String> db2 = SchemaDdl.version2(2);
        assertThat(db2).hasSize(25 + 1);
        assertThat(db2).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS t_order_timeline_50 ("));
        assertThat(db2).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS t_order_timeline_74 ("));
        assertThat(db2).noneMatch(sql -> sql.contains("t_order_timeline_49 ") || sql.contains("t_order_timeline_75 "));
        assertThat(db2).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS t_delay_task ("));
        assertThat(SchemaMigrator.latestVersion()).isEqualTo(2);
    }

    @Test
    void a_redelivered_timeline_entry_and_a_repeated_task_hit_a_unique_key() {
        assertThat(SchemaDdl.orderTimeline("t_order_timeline_3"))
                .contains("UNIQUE KEY uk_order_kind_version_service (order_id, kind, version, service)")
                .contains("KEY idx_order_at (order_id, `at`)");
        assertThat(SchemaDdl.delayTask())
                .contains("ref_key VARCHAR(64) GENERATED ALWAYS AS (COALESCE(ref, '')) STORED")
                .contains("UNIQUE KEY uk_kind_order_ref (kind, order_id, ref_key)")
                .contains("KEY idx_status_due (status, due_at)");
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
