package io.ordercenter.sharding.schema;

import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.routing.ShardRouting;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of every physical table (versions 1 and 2 of the schema). All statements are idempotent ({@code
 * CREATE TABLE IF NOT EXISTS}, {@code INSERT IGNORE}), because DDL in MySQL is not transactional and
 * a migration interrupted half-way must be able to run again. Valid for MariaDB 10.8+ and MySQL 8.
 */
public final class SchemaDdl {

    private static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

    /**
     * The columns of an order row, shared by {@code t_order}, {@code t_order_user} and {@code
     * t_order_shop} (the copies hold the whole row so that list pages need no second lookup).
     */
    static final String ORDER_COLUMNS =
            """
              order_id BIGINT NOT NULL,
              user_id BIGINT NOT NULL,
              shop_id BIGINT NOT NULL,
              rider_id BIGINT NULL,
              status VARCHAR(16) NOT NULL,
              goods_cents BIGINT NOT NULL,
              delivery_fee_cents BIGINT NOT NULL,
              delivery_fee_waived_cents BIGINT NOT NULL,
              discount_cents BIGINT NOT NULL,
              payable_cents BIGINT NOT NULL,
              coupon_id VARCHAR(64) NULL,
              contact_name VARCHAR(64) NOT NULL,
              phone VARCHAR(32) NOT NULL,
              address_line1 VARCHAR(255) NOT NULL,
              city VARCHAR(64) NOT NULL,
              lat DECIMAL(10,7) NULL,
              lng DECIMAL(10,7) NULL,
              remark VARCHAR(500) NULL,
              cancel_reason VARCHAR(255) NULL,
              payment_id VARCHAR(64) NULL,
              refund_id VARCHAR(64) NULL,
              refund_status VARCHAR(16) NULL,
              refund_amount_cents BIGINT NULL,
              refund_reason VARCHAR(255) NULL,
              refund_requested_at DATETIME(3) NULL,
              refund_succeeded_at DATETIME(3) NULL,
              created_at DATETIME(3) NOT NULL,
              paid_at DATETIME(3) NULL,
              accepted_at DATETIME(3) NULL,
              ready_at DATETIME(3) NULL,
              picked_up_at DATETIME(3) NULL,
              delivered_at DATETIME(3) NULL,
              completed_at DATETIME(3) NULL,
              cancelled_at DATETIME(3) NULL,
              version BIGINT NOT NULL,
              updated_at DATETIME(3) NOT NULL,
              PRIMARY KEY (order_id)""";

    private SchemaDdl() {}

    /** Every statement of schema version 1 for database {@code database} (0..3), in order. */
    public static List<String> version1(int database) {
        List<String> statements = new ArrayList<>();
        for (int index : ShardRouting.tablesOf(database)) {
            statements.add(order(ShardRouting.physicalTable(Tables.ORDER, index)));
            statements.add(orderItem(ShardRouting.physicalTable(Tables.ORDER_ITEM, index)));
            statements.add(orderUser(ShardRouting.physicalTable(Tables.ORDER_USER, index)));
            statements.add(orderShop(ShardRouting.physicalTable(Tables.ORDER_SHOP, index)));
            statements.add(idempotency(ShardRouting.physicalTable(Tables.IDEMPOTENCY, index)));
        }
        statements.add(outbox());
        if (database == 0) {
            statements.add(workerLease());
            statements.add(workerLeaseRows());
        }
        return statements;
    }

    /**
     * Every statement of schema version 2 for database {@code database} (0..3): the 25 order-timeline
     * tables of the database and its delay-task table.
     */
    public static List<String> version2(int database) {
        List<String> statements = new ArrayList<>();
        for (int index : ShardRouting.tablesOf(database)) {
            statements.add(orderTimeline(ShardRouting.physicalTable(Tables.ORDER_TIMELINE, index)));
        }
        statements.add(delayTask());
        return statements;
    }

    static String order(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n" + ORDER_COLUMNS + ",\n"
                + "  KEY idx_status_created (status, created_at)\n)" + TABLE_OPTIONS;
    }

    static String orderItem(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n"
                + """
                  order_id BIGINT NOT NULL,
                  line_no INT NOT NULL,
                  sku_id VARCHAR(64) NOT NULL,
                  name VARCHAR(255) NOT NULL,
                  quantity INT NOT NULL,
                  unit_price_cents BIGINT NOT NULL,
                  PRIMARY KEY (order_id, line_no)
                )"""
                + TABLE_OPTIONS;
    }

    static String orderUser(String table) {
        return orderCopy(table, "user_id");
    }

    static String orderShop(String table) {
        return orderCopy(table, "shop_id");
    }

    /** A copy keyed for keyset pages of one owner, newest first, with and without a status filter. */
    private static String orderCopy(String table, String owner) {
        String prefix = owner.substring(0, owner.indexOf('_'));
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n" + ORDER_COLUMNS + ",\n"
                + "  KEY idx_" + prefix + "_created (" + owner + ", created_at DESC, order_id DESC),\n"
                + "  KEY idx_" + prefix + "_status_created (" + owner + ", status, created_at, order_id)\n)"
                + TABLE_OPTIONS;
    }

    static String idempotency(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n"
                + """
                  user_id BIGINT NOT NULL,
                  idem_key VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
                  request_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
                  order_id BIGINT NULL,
                  status VARCHAR(16) NOT NULL,
                  created_at DATETIME(3) NOT NULL,
                  updated_at DATETIME(3) NOT NULL,
                  PRIMARY KEY (user_id, idem_key),
                  KEY idx_created (created_at)
                )"""
                + TABLE_OPTIONS;
    }

    static String outbox() {
        return "CREATE TABLE IF NOT EXISTS " + Tables.OUTBOX + " (\n"
                + """
                  id BIGINT NOT NULL AUTO_INCREMENT,
                  event_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
                  order_id BIGINT NOT NULL,
                  version BIGINT NOT NULL,
                  topic VARCHAR(128) NOT NULL,
                  payload JSON NOT NULL,
                  created_at DATETIME(3) NOT NULL,
                  published_at DATETIME(3) NULL,
                  PRIMARY KEY (id),
                  UNIQUE KEY uk_event_id (event_id),
                  KEY idx_unpublished (published_at, id)
                )"""
                + TABLE_OPTIONS;
    }

    /**
     * One order's history: a state change or a side effect per row. The unique key makes a redelivered
     * event's entry a no-op ({@code INSERT IGNORE}); entries without a version are never merged.
     */
    static String orderTimeline(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n"
                + """
                  id BIGINT NOT NULL AUTO_INCREMENT,
                  order_id BIGINT NOT NULL,
                  `at` DATETIME(3) NOT NULL,
                  service VARCHAR(32) NOT NULL,
                  kind VARCHAR(48) NOT NULL,
                  detail VARCHAR(500) NULL,
                  trace_id VARCHAR(64) NULL,
                  version BIGINT NULL,
                  PRIMARY KEY (id),
                  UNIQUE KEY uk_order_kind_version_service (order_id, kind, version, service),
                  KEY idx_order_at (order_id, `at`)
                )"""
                + TABLE_OPTIONS;
    }

    /**
     * Durable delayed work, one table per database, placed by {@code order_id} like the outbox. {@code
     * ref_key} makes a task without a {@code ref} unique per (kind, order) too (NULLs never collide in a
     * unique key). Due tasks are claimed through {@code idx_status_due}, never by scanning.
     */
    static String delayTask() {
        return "CREATE TABLE IF NOT EXISTS " + Tables.DELAY_TASK + " (\n"
                + """
                  id BIGINT NOT NULL AUTO_INCREMENT,
                  kind VARCHAR(32) NOT NULL,
                  order_id BIGINT NOT NULL,
                  ref VARCHAR(64) NULL,
                  ref_key VARCHAR(64) GENERATED ALWAYS AS (COALESCE(ref, '')) STORED,
                  due_at DATETIME(3) NOT NULL,
                  status VARCHAR(16) NOT NULL,
                  attempts INT NOT NULL DEFAULT 0,
                  last_error VARCHAR(500) NULL,
                  created_at DATETIME(3) NOT NULL,
                  updated_at DATETIME(3) NOT NULL,
                  PRIMARY KEY (id),
                  UNIQUE KEY uk_kind_order_ref (kind, order_id, ref_key),
                  KEY idx_status_due (status, due_at)
                )"""
                + TABLE_OPTIONS;
    }

    static String workerLease() {
        return "CREATE TABLE IF NOT EXISTS " + Tables.WORKER_LEASE + " (\n"
                + """
                  worker_id SMALLINT NOT NULL,
                  owner VARCHAR(128) NULL,
                  lease_until DATETIME(3) NULL,
                  issued_until_ms BIGINT NOT NULL DEFAULT 0,
                  acquired_at DATETIME(3) NULL,
                  renewed_at DATETIME(3) NULL,
                  PRIMARY KEY (worker_id)
                )"""
                + TABLE_OPTIONS;
    }

    static String workerLeaseRows() {
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO " + Tables.WORKER_LEASE + " (worker_id) VALUES ");
        for (int id = 0; id <= OrderIdGenerator.MAX_WORKER_ID; id++) {
            sql.append(id == 0 ? "" : ",").append('(').append(id).append(')');
        }
        return sql.toString();
    }

    static String schemaVersion() {
        return "CREATE TABLE IF NOT EXISTS " + Tables.SCHEMA_VERSION + " (\n"
                + """
                  version INT NOT NULL,
                  description VARCHAR(200) NOT NULL,
                  applied_at DATETIME(3) NOT NULL,
                  PRIMARY KEY (version)
                )"""
                + TABLE_OPTIONS;
    }
}
