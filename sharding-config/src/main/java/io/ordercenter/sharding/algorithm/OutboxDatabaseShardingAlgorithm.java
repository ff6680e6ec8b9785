package io.ordercenter.sharding.algorithm;

import io.ordercenter.sharding.routing.ShardRouting;

/**
 * {@code OC_OUTBOX_DB}: database-only sharding of {@code t_outbox} by {@code order_id}. Each database
 * has one outbox table, so an event lands in the database of its order (same local transaction as the
 * state change) and a relay polls four tables.
 */
public final class OutboxDatabaseShardingAlgorithm extends ShardKeyAlgorithm {

    public static final String TYPE = "OC_OUTBOX_DB";

    @Override
    protected int tableIndexOf(long orderId) {
        return ShardRouting.shardOfOrder(orderId);
    }

    @Override
    protected boolean supportsTables() {
        return false;
    }

    @Override
    public String getType() {
        return TYPE;
    }
}
