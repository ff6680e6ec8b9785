package io.ordercenter.sharding.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a row lives: the one place that maps ids to physical tables and databases.
 *
 * <p>Every sharded logical table has {@value #TABLES} physical tables ({@code t_order_0} ..
 * {@code t_order_99}, no zero-padding) spread over {@value #DATABASES} databases; physical table
 * {@code i} lives in database {@code ds_(i / 25)}. Users and shops are placed by a 64-bit mix of
 * their id (so sequential ids spread evenly); an order is placed by the shard "gene" its id carries
 * (the low {@value #GENE_BITS} bits, equal to {@link #shardOfUser} of the user who placed it), so an
 * order, its items, its user copy and its outbox rows always share one database.
 *
 * <p><b>These functions are a storage contract</b>: changing any of them strands existing rows in
 * the wrong tables. {@code ShardRoutingTest} pins known values so that a change cannot go unnoticed.
 */
public final class ShardRouting {

    /** Physical tables per sharded logical table. */
    public static final int TABLES = 100;

    /** Physical databases. */
    public static final int DATABASES = 4;

    /** Physical tables of one logical table in each database. */
    public static final int TABLES_PER_DATABASE = TABLES / DATABASES;

    /** Bits of an order id that carry the shard gene (0..99 fits in 7 bits). */
    public static final int GENE_BITS = 7;

    /** Mask of the gene bits of an order id. */
    public static final long GENE_MASK = (1L << GENE_BITS) - 1;

    /** Prefix of the ShardingSphere data source names: {@code ds_0} .. {@code ds_3}. */
    public static final String DATA_SOURCE_PREFIX = "ds_";

    private ShardRouting() {}

    /** The table index (0..99) of a user's rows: their user copies, idempotency records, and orders. */
    public static int shardOfUser(long userId) {
        return Math.floorMod(mix64(userId), TABLES);
    }

    /** The table index (0..99) of a shop's copies of its orders. */
    public static int shardOfShop(long shopId) {
        return Math.floorMod(mix64(shopId), TABLES);
    }

    /**
     * Whether {@code id} can be an order id at all: positive and carrying a valid gene. An id from
     * outside that is not one names no order (look-ups answer "not found" without asking a database).
     */
    public static boolean isOrderId(long id) {
        return id > 0 && (id & GENE_MASK) < TABLES;
    }

    /**
     * The table index (0..99) of an order: the gene embedded in its id.
     *
     * @throws IllegalArgumentException if the id is not positive or carries no valid gene, which
     *     means it was not made by {@code OrderIdGenerator}
     */
    public static int shardOfOrder(long orderId) {
        if (orderId <= 0) {
            throw new IllegalArgumentException("Order id must be positive: " + orderId);
        }
        int gene = (int) (orderId & GENE_MASK);
        if (gene >= TABLES) {
            throw new IllegalArgumentException("Order id " + orderId + " carries no valid shard gene (" + gene + ")");
        }
        return gene;
    }

    /** The database (0..3) that holds physical table {@code tableIndex}. */
    public static int databaseOf(int tableIndex) {
        return Objects.checkIndex(tableIndex, TABLES) / TABLES_PER_DATABASE;
    }

    /** The physical name of table {@code index} of a logical table: {@code t_order} + 7 = {@code t_order_7}. */
    public static String physicalTable(String logical, int index) {
        Objects.requireNonNull(logical, "logical");
        return logical + "_" + Objects.checkIndex(index, TABLES);
    }

    /** The ShardingSphere data source name of database {@code database}: {@code ds_2}. */
    public static String dataSourceName(int database) {
        return DATA_SOURCE_PREFIX + Objects.checkIndex(database, DATABASES);
    }

    /** The table indexes that live in {@code database}, ascending. */
    public static List<Integer> tablesOf(int database) {
        Objects.checkIndex(database, DATABASES);
        List<Integer> result = new ArrayList<>(TABLES_PER_DATABASE);
        for (int i = database * TABLES_PER_DATABASE; i < (database + 1) * TABLES_PER_DATABASE; i++) {
            result.add(i);
        }
        return result;
    }

    /**
     * Every data node of a logical table sharded over all {@value #TABLES} tables, in table-index
     * order: {@code ds_0.t_order_0, ds_0.t_order_1, .., ds_3.t_order_99}.
     */
    public static List<String> dataNodes(String logical) {
        List<String> nodes = new ArrayList<>(TABLES);
        for (int i = 0; i < TABLES; i++) {
            nodes.add(dataSourceName(databaseOf(i)) + "." + physicalTable(logical, i));
        }
        return nodes;
    }

    /**
     * The 64-bit finaliser of MurmurHash3 ({@code fmix64}): every input bit affects every output
     * bit, so consecutive ids land on unrelated shards.
     */
    static long mix64(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
